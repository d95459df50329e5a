using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Seeding;

/// <summary>One store with the demo story told up to 2026-11-27 09:00 Beijing time, shared by the tests below.</summary>
public sealed class DemoStoryStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public TestStore Store { get; private set; } = default!;

    public async Task InitializeAsync() => Store = await TestStore.CreateAsync(demoData: true, time: Time, story: true);

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

public sealed partial class DemoStoryTests(DemoStoryStore fixture) : IClassFixture<DemoStoryStore>
{
    private TestStore Store => fixture.Store;

    [Fact]
    public async Task The_story_leaves_plans_in_every_status_and_projects_at_every_stage()
    {
        await using var db = Store.Db();
        var plans = await db.Plans.GroupBy(p => p.Status).ToDictionaryAsync(g => g.Key, g => g.Count());
        var projects = await db.Projects.GroupBy(p => p.Status).ToDictionaryAsync(g => g.Key, g => g.Count());

        Assert.Equal(1, plans[PlanStatus.Draft]);
        Assert.Equal(1, plans[PlanStatus.PendingReview]);
        Assert.Equal(1, plans[PlanStatus.PendingFiling]);
        Assert.Equal(2, plans[PlanStatus.Returned]);
        Assert.Equal(1, plans[PlanStatus.Cancelled]);
        Assert.Equal(4 + 14 + 4 + 3, plans[PlanStatus.Filed]);
        Assert.Equal(1, projects[ProjectStatus.Entrusted]);
        Assert.Equal(1, projects[ProjectStatus.Preparing]);
        Assert.Equal(1, projects[ProjectStatus.Active]);
        Assert.Equal(1, projects[ProjectStatus.Opened]);
        Assert.Equal(1, projects[ProjectStatus.Evaluated]);
        Assert.Equal(5 + 4, projects[ProjectStatus.Awarded]);
        Assert.Equal(1, projects[ProjectStatus.Cancelled]);

        var returns = await db.Plans.Include(p => p.Events).Where(p => p.Status == PlanStatus.Returned).ToListAsync();
        Assert.All(returns, p => Assert.False(string.IsNullOrWhiteSpace(p.Events.OrderBy(e => e.AtUtc).Last().Reason)));
        // The projects' eight, and the e-mall's seven: three confirmed direct orders, the bidding's award, the auction's and the two call-offs.
        Assert.Equal(8 + 4 + 3, await db.Notices.CountAsync(n => n.Type == NoticeType.Result));
        Assert.Equal(5, await db.Notices.CountAsync(n => n.Type == NoticeType.Contract));
        Assert.Equal(1, await db.Notices.CountAsync(n => n.Type == NoticeType.AcceptanceResult));
        Assert.Equal(1, await db.Notices.CountAsync(n => n.Type == NoticeType.Termination));
        Assert.Contains(await db.Projects.ToListAsync(), p => p.Round == 2 && p.Method == ProcurementMethod.SingleSource && p.Status == ProjectStatus.Awarded);
        Assert.True(await db.Intentions.CountAsync() >= 20);
    }

    [Fact]
    public async Task The_story_ends_now_with_what_is_in_progress_still_ahead()
    {
        var now = DemoStoryStore.Now.UtcDateTime;
        await using var db = Store.Db();
        var bidding = await db.Projects.SingleAsync(p => p.Status == ProjectStatus.Active);
        Assert.True(bidding.CurrentRound.DeadlineUtc > now);
        Assert.Equal(2, await db.Bids.CountAsync(b => b.ProjectId == bidding.Id));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.OccurredUtc > now));
        Assert.False(await db.Notices.AnyAsync(n => n.PublishedUtc > now));
        var first = await db.Plans.MinAsync(p => p.CreatedUtc);
        Assert.InRange((now - first).TotalDays, 300, 366);
    }

    [Fact]
    public async Task The_detectors_find_a_splitting_case_a_late_result_and_a_single_bidder_award()
    {
        var found = await Store.Get<SupervisionExceptions>().ListAsync(await ActorAsync("440700cz"));

        var split = Assert.Single(found, e => e.Kind == ExceptionKind.PossibleSplitting);
        Assert.Equal(Money.FromYuan(2_150_000m), split.Amount);
        var late = Assert.Single(found, e => e.Kind == ExceptionKind.PastDeadline);
        Assert.Contains("未在法定期限内发布结果公告", late.Detail.Zh);
        var single = Assert.Single(found, e => e.Kind == ExceptionKind.SingleBidder);
        Assert.Contains("单一来源", single.Detail.Zh);
    }

    [Fact]
    public async Task Every_panel_draw_replays_and_the_audit_chain_is_intact()
    {
        await using var db = Store.Db();
        var draws = await db.PanelDraws.ToListAsync();
        Assert.Equal(7 + 4, draws.Count);
        Assert.All(draws, d => Assert.Equal(DrawProof.Replays, d.Verify()));

        var opened = await db.Projects.SingleAsync(p => p.Status == ProjectStatus.Opened);
        var panel = await Store.Get<PanelDrawing>().CurrentAsync(opened.Id, await ActorAsync("jmggzy"));
        Assert.True(panel!.Replays);
        Assert.True((await Store.Get<AuditLog>().VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task The_e_mall_holds_reviewed_listings_a_price_flag_orders_in_every_state_and_two_decided_biddings()
    {
        await using var db = Store.Db();
        var orders = await db.MallOrders.GroupBy(o => o.Status).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.Equal(1, orders[OrderStatus.Placed]);
        Assert.Equal(2 + 3, orders[OrderStatus.Confirmed]);
        Assert.Equal(1, orders[OrderStatus.Delivered]);
        Assert.Equal(1, orders[OrderStatus.Received]);
        Assert.Equal(1, orders[OrderStatus.Declined]);
        Assert.Equal(1, orders[OrderStatus.Cancelled]);
        Assert.False(orders.ContainsKey(OrderStatus.Lapsed));
        Assert.Equal([OrderMethod.OnlineBidding, OrderMethod.ReverseAuction, OrderMethod.FrameworkCallOff, OrderMethod.FrameworkCallOff],
            (await db.MallOrders.Where(o => o.SourceId != null).Select(o => o.Method).ToListAsync()).Order());
        Assert.Equal([BiddingStatus.Failed, BiddingStatus.Awarded], (await db.OnlineBiddings.Select(b => b.Status).ToListAsync()).Order());

        var queue = await Store.Get<ListingDesk>().QueueAsync(new Actor("admin", null, new HashSet<string> { Roles.PlatformAdmin }));
        Assert.Equal(["奔图黑白激光打印机", "网布办公椅"], queue.Rows.Select(r => r.Proposed.Name).Order());
        var flags = await Store.Get<PriceMonitor>().FlagsAsync(await ActorAsync("440700cz"));
        Assert.Equal("联想ThinkStation图形工作站", Assert.Single(flags).Name);

        var supplier = await Store.Get<Worklist>().CountsAsync(await ActorAsync("91440703MA51K2Q8XY"));
        Assert.Equal(1, supplier.ByKind[WorkKind.ConfirmDirectOrder]);
        var purchaser = await Store.Get<Worklist>().CountsAsync(await ActorAsync("440700101001002"));
        Assert.Equal(1, purchaser.ByKind[WorkKind.ReceiveOrder]);
    }

    [Fact]
    public async Task The_e_mall_holds_a_won_a_failed_and_a_waiting_auction_and_an_agreement_in_force_with_two_call_offs()
    {
        await using var db = Store.Db();
        var auctions = await db.ReverseAuctions.Include(a => a.Bids).ToListAsync();
        Assert.Equal([AuctionStatus.Scheduled, AuctionStatus.Awarded, AuctionStatus.Failed], auctions.Select(a => a.Status).Order());
        var won = auctions.Single(a => a.Status == AuctionStatus.Awarded);
        Assert.True(won.Bids.Count >= 5);
        Assert.Equal(won.Id, (await db.MallOrders.SingleAsync(o => o.Method == OrderMethod.ReverseAuction)).SourceId);
        Assert.Equal(2, auctions.Single(a => a.Status == AuctionStatus.Failed).Bids.Count);
        Assert.True(auctions.Single(a => a.Status == AuctionStatus.Scheduled).OpensUtc > DemoStoryStore.Now.UtcDateTime);

        var agreement = await db.FrameworkAgreements.Include(a => a.Suppliers).SingleAsync();
        Assert.Equal(FrameworkStatus.InForce, agreement.Status);
        Assert.Equal("江门市公共资源交易中心", agreement.OwnerName);
        Assert.Equal(3, agreement.Suppliers.Count);
        var callOffs = await db.FrameworkCallOffs.ToListAsync();
        Assert.Equal([CallOffMethod.DirectSelection, CallOffMethod.Rotation], callOffs.Select(c => c.Method).Order());
        Assert.All(callOffs, c => Assert.Equal(CallOffStatus.Awarded, c.Status));
        var yuelian = (await ActorAsync("91440101MA5CTY6L0C")).OrganizationId;
        var huaxin = (await ActorAsync("91440703MA51K2Q8XY")).OrganizationId;
        Assert.Equal(yuelian, callOffs.Single(c => c.Method == CallOffMethod.DirectSelection).SupplierId);
        Assert.Equal(huaxin, callOffs.Single(c => c.Method == CallOffMethod.Rotation).SupplierId);
        Assert.Equal(yuelian, (await db.MallOrders.SingleAsync(o => o.Method == OrderMethod.ReverseAuction)).SupplierId);
        Assert.Equal(2, await db.MallOrders.CountAsync(o => o.Method == OrderMethod.FrameworkCallOff && o.Status == OrderStatus.Confirmed));
    }

    [Fact]
    public async Task The_story_leaves_contracts_in_every_state_each_inside_its_periods_but_the_returned_one()
    {
        await using var db = Store.Db();
        var contracts = await db.Contracts.AsNoTracking().ToListAsync();
        var today = fixture.Time.TodayInChina();

        Assert.Equal(8, contracts.Count);
        Assert.All(contracts, c => Assert.Equal(ContractSource.Award, c.Source));
        var draft = Assert.Single(contracts, c => c.Status == ContractStatus.Draft && c.ReturnReason is null);
        Assert.Null(draft.ConfirmationOf(ContractParty.Supplier));
        var half = Assert.Single(contracts, c => c.Status == ContractStatus.SentToSupplier);
        Assert.NotNull(half.ConfirmationOf(ContractParty.Supplier));
        Assert.Null(half.ConfirmationOf(ContractParty.Purchaser));
        var signed = Assert.Single(contracts, c => c.Status == ContractStatus.Signed);
        Assert.Null(signed.PublishedUtc);
        var announced = Assert.Single(contracts, c => c.Status == ContractStatus.Published);
        Assert.NotNull(announced.NoticeId);
        var filed = contracts.Where(c => c.Status == ContractStatus.Filed).ToList();
        Assert.Equal(3, filed.Count);
        Assert.All(filed, c => Assert.NotNull(c.FiledUtc));
        var returned = Assert.Single(contracts, c => c.Status == ContractStatus.Draft && c.ReturnReason is not null);
        Assert.Null(returned.SignedOn);

        // Every deadline met in time or still ahead, but the returned contract's signing (deliberately overdue).
        var rules = await Store.Get<ProcurementRuleBook>().CurrentAsync();
        foreach (var contract in contracts)
        {
            var late = ContractDeadlines.For(contract, ContractRules.On(rules, contract.RegionCode, contract.AwardedOn), WorkingDayCalendar.China).Where(d => d.IsOverdue(today)).ToList();
            Assert.Equal(contract == returned ? 1 : 0, late.Count);
        }

        // The announced, filed and returned ones were announced through the contract: the projects' contract announcements.
        Assert.Equal(5, await db.Notices.CountAsync(n => n.Type == NoticeType.Contract));
        Assert.All(contracts.Where(c => c.Status is ContractStatus.Published or ContractStatus.Filed), c => Assert.NotNull(c.NoticeId));
    }

    [Fact]
    public async Task The_story_pays_two_prepayments_in_time_leaves_another_overdue_and_pays_the_accepted_contracts_instalments_in_time()
    {
        await using var db = Store.Db();
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.SignedOn != null).ToListAsync();
        var payments = await db.ContractPayments.AsNoTracking().ToListAsync();
        var rules = await Store.Get<ProcurementRuleBook>().CurrentAsync();
        var today = fixture.Time.TodayInChina();
        var milestones = await Store.Get<IContractMilestones>().ForAsync(contracts.Select(c => c.Id).ToList());
        var schedules = contracts.Select(c => (Contract: c, Schedule: PaymentSchedule.Of(c, milestones[c.Id], payments, PaymentRules.On(rules, c.RegionCode, c.SignedOn!.Value), today))).ToList();

        // The two accepted contracts: each prepayment and each instalment due on acceptance paid in full inside its term.
        Assert.Equal(4, payments.Count);
        var accepted = schedules.Where(s => s.Schedule.Instalments[0].State == InstalmentState.Paid).ToList();
        Assert.Equal(["江门市第一中学体育场馆向社会开放管理服务项目", "江门市第一中学校园物业管理服务项目"], accepted.Select(s => s.Contract.Title).Order(StringComparer.Ordinal));
        foreach (var (contract, schedule) in accepted)
        {
            Assert.Equal(PaymentCondition.Prepayment, schedule.Instalments[0].Terms.Condition);
            Assert.Equal(schedule.Instalments[0].Amount, payments.Single(p => p.ContractId == contract.Id && p.Instalment == 1).Amount);
            var onAcceptance = schedule.Instalments[1];
            Assert.Equal(PaymentCondition.OnAcceptance, onAcceptance.Terms.Condition);
            Assert.Equal(InstalmentState.Paid, onAcceptance.State);
            var payment = payments.Single(p => p.ContractId == contract.Id && p.Instalment == 2);
            Assert.Equal(onAcceptance.Amount, payment.Amount);
            Assert.InRange(payment.PaidOn, onAcceptance.StartsOn!.Value, onAcceptance.DueOn!.Value);
            Assert.True(payment.PaidOn <= today);
            Assert.All(schedule.Instalments, i => Assert.Equal(0, i.DaysOverdue));
            Assert.Equal(Money.Zero, schedule.Outstanding);
        }

        var overdue = Assert.Single(schedules, s => s.Schedule.Instalments[0].State == InstalmentState.Overdue).Schedule;
        Assert.Equal(PaymentCondition.Prepayment, overdue.Instalments[0].Terms.Condition);
        Assert.True(overdue.Instalments[0].Interest > Money.Zero);
        // Every other contract's instalment due on acceptance waits for an acceptance not reached.
        Assert.All(schedules.Except(accepted), s => Assert.Equal(InstalmentState.AwaitingMilestone, s.Schedule.Instalments[1].State));
    }

    [Fact]
    public async Task One_filed_contract_is_delivered_accepted_by_both_parties_its_bond_refunded_in_time_and_nothing_of_it_left_to_do()
    {
        await using var db = Store.Db();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Title == "江门市第一中学校园物业管理服务项目");
        var acceptance = await db.Acceptances.AsNoTracking().SingleAsync(a => a.ContractId == contract.Id);
        var today = fixture.Time.TodayInChina();

        Assert.Equal(ContractStatus.Filed, contract.Status);
        Assert.Equal(AcceptanceStatus.Passed, acceptance.Status);
        Assert.Equal(contract.Digest, acceptance.ContractDigest);
        // Every item delivered in full on the performance period's last day, before the acceptance's day.
        Assert.All(acceptance.Progress(), p => Assert.Equal(0, p.Outstanding));
        Assert.Equal(contract.Items.Count, acceptance.Progress().Count);
        Assert.Equal(contract.PerformanceTo, acceptance.DeliveredOn);
        Assert.True(acceptance.PlannedOn > acceptance.DeliveredOn);
        Assert.True(acceptance.Members.Count >= (await Store.Get<ContractAcceptances>().TermsAsync(contract.RegionCode, acceptance.PlannedOn!.Value)).MinimumMembers.Value);
        Assert.Equal(Enumerable.Range(1, contract.Items.Count), acceptance.Checks.Select(c => c.Item));
        Assert.All(acceptance.Checks, c => Assert.True(c.Passed));
        Assert.True(acceptance.ResultPassed);
        // Both parties confirmed the record as it stands: the purchaser first, the supplier after.
        var purchaser = acceptance.ConfirmationOf(ContractParty.Purchaser);
        var supplier = acceptance.ConfirmationOf(ContractParty.Supplier);
        Assert.NotNull(purchaser);
        Assert.NotNull(supplier);
        Assert.Equal(acceptance.Digest, purchaser.Digest);
        Assert.Equal(acceptance.Digest, supplier.Digest);
        Assert.True(purchaser.AtUtc < supplier.AtUtc);
        Assert.Equal(BeijingTime.Day(supplier.AtUtc), acceptance.AcceptedOn);
        Assert.True(acceptance.AcceptedOn < today);
        // The purchaser's acceptance day and the supplier's confirmation fall on working days.
        Assert.True(WorkingDayCalendar.China.IsWorkingDay(acceptance.PlannedOn!.Value));
        Assert.True(WorkingDayCalendar.China.IsWorkingDay(acceptance.AcceptedOn!.Value));
        Assert.False(acceptance.PublicService);
        Assert.Null(acceptance.NoticeId);
        Assert.Equal([AuditEventType.AcceptanceDeliveryRecorded, AuditEventType.AcceptanceDeliveryCompleted, AuditEventType.AcceptancePlanned,
            AuditEventType.AcceptanceResultRecorded, AuditEventType.AcceptanceConfirmed, AuditEventType.AcceptanceConfirmed, AuditEventType.AcceptancePassed],
            (await db.AuditEntries.Where(e => e.Subject == contract.Number).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync())
                .Where(t => t is >= AuditEventType.AcceptanceDeliveryRecorded and <= AuditEventType.AcceptanceFailed));

        // The performance bond: received, then refunded after acceptance within its working days of the period's end.
        var bond = await db.Bonds.AsNoTracking().SingleAsync();
        Assert.Equal(contract.Id, bond.ContractId);
        Assert.Equal(BondStatus.Refunded, bond.Status);
        Assert.True(bond.ReceivedUtc < bond.RefundedUtc);
        Assert.True(bond.RefundedOn >= acceptance.AcceptedOn);
        var rules = await Store.Get<ProcurementRuleBook>().CurrentAsync();
        var due = BondDeadlines.RefundDue(bond, BondFacts.None with { PerformanceTo = contract.PerformanceTo }, BondRules.On(rules, bond.RegionCode, BeijingTime.Day(bond.RequiredUtc)),
            WorkingDayCalendar.China);
        Assert.False(due!.IsOverdue(bond, today));

        // Nothing of the accepted contract is left on either party's to-do list.
        var supplierName = await db.Organizations.OfType<GovProcurement.Domain.Organizations.Supplier>().Where(o => o.Id == contract.SupplierId).Select(o => o.CreditCode).SingleAsync();
        var operatorItems = await Store.Get<Worklist>().ForAsync(await ActorAsync("440700101002002"));
        var supplierItems = await Store.Get<Worklist>().ForAsync(await ActorAsync(supplierName));
        Assert.DoesNotContain(operatorItems.Concat(supplierItems), i => i.Href.Contains(contract.Id.ToString(), StringComparison.Ordinal) || i.Title.Contains(contract.Number, StringComparison.Ordinal));
        // The school's other signed contract (the air conditioners) waits for its first delivery.
        var counts = await Store.Get<Worklist>().CountsAsync(await ActorAsync("440700101002002"));
        Assert.Equal(1, counts.ByKind.GetValueOrDefault(WorkKind.RecordDelivery));
        Assert.Equal(0, counts.ByKind.GetValueOrDefault(WorkKind.RunAcceptance));
        Assert.Equal(0, counts.ByKind.GetValueOrDefault(WorkKind.ConfirmAcceptance));
        Assert.Equal(0, (await Store.Get<Worklist>().CountsAsync(await ActorAsync(supplierName))).ByKind.GetValueOrDefault(WorkKind.ConfirmAcceptance));
    }

    private async Task<Actor> ActorAsync(string userName) => await new ProjectScenario(Store.Services).ActorAsync(userName);
}

/// <summary>The story is told relative to now: it holds across a fiscal-year boundary and around long holidays.</summary>
public sealed class DemoStoryCalendarTests
{
    [Theory]
    [InlineData("2027-01-08T01:00:00Z")] // a week into a new fiscal year: the story reaches back into the last one
    [InlineData("2026-10-09T01:00:00Z")] // the day after the National Day holiday
    public async Task The_story_builds_on_any_day_and_ends_now(string now)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        await using var store = await TestStore.CreateAsync(demoData: true, time: time, story: true);

        await using var db = store.Db();
        var bidding = await db.Projects.SingleAsync(p => p.Status == ProjectStatus.Active);
        Assert.True(bidding.CurrentRound.DeadlineUtc > time.GetUtcNow().UtcDateTime);
        Assert.Equal(5 + 4, await db.Projects.CountAsync(p => p.Status == ProjectStatus.Awarded));
        var regulator = await new ProjectScenario(store.Services).ActorAsync("440700cz");
        var kinds = (await store.Get<SupervisionExceptions>().ListAsync(regulator)).Select(e => e.Kind).Order().ToArray();
        var contracts = await db.Contracts.AsNoTracking().ToListAsync();
        Assert.Equal([ContractStatus.Draft, ContractStatus.Draft, ContractStatus.SentToSupplier, ContractStatus.Signed, ContractStatus.Published, ContractStatus.Filed, ContractStatus.Filed, ContractStatus.Filed],
            contracts.Select(c => c.Status).Order());
        var rules = await store.Get<ProcurementRuleBook>().CurrentAsync();
        var late = contracts.Where(c => ContractDeadlines.For(c, ContractRules.On(rules, c.RegionCode, c.AwardedOn), WorkingDayCalendar.China).Any(d => d.IsOverdue(time.TodayInChina())));
        Assert.Equal(contracts.Where(c => c.ReturnReason is not null).Select(c => c.Id), late.Select(c => c.Id));
        // The contract the finance department returned has not been signed again, long after its award's notice: a signing overdue.
        // The SME's prepayment the purchaser never paid is overdue.
        Assert.Equal([ExceptionKind.PossibleSplitting, ExceptionKind.PastDeadline, ExceptionKind.SingleBidder, ExceptionKind.ContractSigningOverdue,
            ExceptionKind.PaymentOverdueToSme], kinds);
    }
}
