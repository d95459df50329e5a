using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Acceptance;
using GovProcurement.Tests.Bonds;
using GovProcurement.Tests.Contracts;
using GovProcurement.Tests.Payments;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// The counts of payments, bonds and acceptance are exact however many wait, and equal what their lists find when
/// the list is not capped: more than a page of overdue instalments, sixty bonds to confirm and to refund, sixty
/// acceptances delivering; and across the states (waiting, not yet due, done) the count and the list agree item
/// for item. The clock's day is 2026-11-27; delivery and acceptance days come from a fake of the acceptance area.
/// A received performance bond waits to be refunded only once its contract's performance period has come to its last
/// day; the contracts are performed to 2026-12-31 unless a test says otherwise.
/// </summary>
public sealed class WorklistComputedCountTests : WorklistSourceCounts
{
    /// <summary>More than one page of the payment walk (<see cref="PaymentWorkItems.ContractsPerPage"/>).</summary>
    private const int MoreThanAPage = PaymentWorkItems.ContractsPerPage + 60;

    private static readonly DateOnly Awarded = new(2026, 9, 1);

    /// <summary>Signed long ago: the prepayment (30 days) fell due on 2026-10-10 and is overdue.</summary>
    private static readonly DateOnly LongAgo = new(2026, 9, 10);

    /// <summary>The last day of performance of a contract performed already: its performance bond's refund period runs.</summary>
    private static readonly DateOnly PerformedBy = new(2026, 10, 31);

    private FakeContractMilestones Milestones => (FakeContractMilestones)Store.Services.GetRequiredService<IContractMilestones>();

    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    [Fact]
    public async Task More_than_a_page_of_overdue_prepayments_count_exactly_and_equal_the_uncapped_list()
    {
        var (purchaser, supplier, project) = await PartiesAsync();
        var before = await CountAsync(purchaser, WorkKind.PayOverdueInstalment);
        await AddAsync(Enumerable.Range(0, MoreThanAPage).Select(_ => Signed(project, purchaser, supplier, LongAgo)).ToArray());

        var after = await CountAsync(purchaser, WorkKind.PayOverdueInstalment);
        Assert.Equal(before.Count + MoreThanAPage, after.Count);
        Assert.Equal(after.Count, await UncappedAsync(purchaser, WorkKind.PayOverdueInstalment));
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(purchaser)).Count(i => i.Kind == WorkKind.PayOverdueInstalment));
        Assert.Equal(0, (await CountAsync(supplier, WorkKind.PayOverdueInstalment)).Count);

        // The walk reads the few columns a schedule needs: no command of the counts reads a contract's items, text or accounts.
        Assert.Contains(after.Commands, c => c.Contains("\"InstalmentsJson\"", StringComparison.Ordinal));
        Assert.All(after.Commands, c => Assert.DoesNotContain("\"ItemsJson\"", c, StringComparison.Ordinal));
        Assert.All(after.Commands, c => Assert.DoesNotContain("\"SupplierAccount\"", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sixty_bonds_to_confirm_and_sixty_to_refund_count_in_the_store_and_equal_the_uncapped_list()
    {
        var (purchaser, supplier, project) = await PartiesAsync();
        await AddAsync(Signed(project, purchaser, supplier, LongAgo)); // the payment walk then sends the same commands before and after
        await AssertCountedWholeAsync(purchaser, WorkKind.ConfirmBondReceipt, "Bonds",
            () => AddBondsAsync(Enumerable.Range(0, Waiting).Select(_ => (Signed(project, purchaser, supplier, LongAgo), BondStatus.Paid)).ToArray()));
        Assert.Equal((await CountAsync(purchaser, WorkKind.ConfirmBondReceipt)).Count, await UncappedAsync(purchaser, WorkKind.ConfirmBondReceipt));

        // Sixty received bonds of contracts still being performed wait for no one yet; sixty of performed contracts do.
        var performing = await CountAsync(purchaser, WorkKind.RefundBond);
        await AddBondsAsync(Enumerable.Range(0, Waiting).Select(_ => (Signed(project, purchaser, supplier, LongAgo), BondStatus.Received)).ToArray());
        Assert.Equal(performing.Count, (await CountAsync(purchaser, WorkKind.RefundBond)).Count);
        await AssertCountedWholeAsync(purchaser, WorkKind.RefundBond, "Bonds",
            () => AddBondsAsync(Enumerable.Range(0, Waiting).Select(_ => (Signed(project, purchaser, supplier, LongAgo, PerformedBy), BondStatus.Received)).ToArray()));
        Assert.Equal(performing.Count + Waiting, (await CountAsync(purchaser, WorkKind.RefundBond)).Count);
        Assert.Equal((await CountAsync(purchaser, WorkKind.RefundBond)).Count, await UncappedAsync(purchaser, WorkKind.RefundBond));
        Assert.Equal(0, (await CountAsync(supplier, WorkKind.RefundBond)).Count);
    }

    [Fact]
    public async Task Sixty_acceptances_delivering_count_in_the_store_and_equal_the_uncapped_list()
    {
        var (purchaser, supplier, project) = await PartiesAsync();
        await AddAsync(Signed(project, purchaser, supplier, LongAgo)); // the payment walk then sends the same commands before and after
        var before = await CountAsync(purchaser, WorkKind.RecordDelivery);
        var opened = new HashSet<string>();
        await using (var db = Store.Db())
        {
            foreach (var _ in Enumerable.Range(0, Waiting))
            {
                var contract = Signed(project, purchaser, supplier, LongAgo);
                db.Contracts.Add(contract);
                db.Acceptances.Add(AcceptanceScenario.Opened(contract));
                opened.Add($"/contracts/{contract.Id}/acceptance");
            }

            await db.SaveChangesAsync();
        }

        var after = await CountAsync(purchaser, WorkKind.RecordDelivery);
        Assert.Equal(before.Count + Waiting, after.Count);
        AssertCountsDoNotLoadRows(after.Commands, "Acceptances");
        Assert.Equal(before.Commands.Count, after.Commands.Count);
        // The opened acceptances are one query of the kind (the signed contracts with none opened yet the other): the list shows its cap of them.
        Assert.Equal(Worklist.CandidatesPerSource, (await List.ForAsync(purchaser)).Count(i => i.Kind == WorkKind.RecordDelivery && opened.Contains(i.Href)));
        Assert.Equal((await CountAsync(purchaser, WorkKind.RecordDelivery)).Count, await UncappedAsync(purchaser, WorkKind.RecordDelivery));
    }

    [Fact]
    public async Task Across_waiting_not_yet_due_and_done_the_count_and_the_list_agree_item_for_item()
    {
        var (purchaser, supplier, project) = await PartiesAsync();
        var kinds = new[]
        {
            WorkKind.PayOverdueInstalment, WorkKind.PayInstalmentDueSoon, WorkKind.ConfirmBondReceipt, WorkKind.RefundBond, WorkKind.RecordDelivery,
            WorkKind.RunAcceptance, WorkKind.ConfirmAcceptance,
        };
        var before = await CountsByKindAsync(purchaser, kinds);

        var overdue = Signed(project, purchaser, supplier, LongAgo);
        var dueSoon = Signed(project, purchaser, supplier, new DateOnly(2026, 11, 1)); // due 2026-12-01: within the 7 reminder days
        var notYetDue = Signed(project, purchaser, supplier, new DateOnly(2026, 11, 20)); // due 2026-12-20
        var paid = Signed(project, purchaser, supplier, LongAgo, PerformedBy);
        var accepted = Signed(project, purchaser, supplier, LongAgo); // accepted 2026-10-01: the 70 % fell due on Monday 2026-11-02 (30 days is Saturday 10-31)
        await AddBondsAsync((overdue, BondStatus.Paid), (dueSoon, BondStatus.Received), (notYetDue, BondStatus.Refunded), (paid, BondStatus.Received), (accepted, BondStatus.Refunded));
        Milestones.Set(accepted.Id, new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 1));
        var concluded = Signed(project, purchaser, supplier, new DateOnly(2026, 11, 20));
        var confirmed = Signed(project, purchaser, supplier, new DateOnly(2026, 11, 20));
        await using (var db = Store.Db())
        {
            db.ContractPayments.Add(new ContractPayment(paid.Id, 1, PaymentSchedule.Split(paid.Amount, paid.Instalments)[0], LongAgo.AddDays(5), "凭证 001", "operator", Time.UtcNow()));
            db.Contracts.AddRange(concluded, confirmed);
            db.Acceptances.AddRange(AcceptanceScenario.Concluded(concluded), AcceptanceScenario.Concluded(confirmed));
            await db.SaveChangesAsync();
        }

        await Store.Get<ContractAcceptances>().ConfirmAsync(confirmed.Id, ContractParty.Purchaser, purchaser);
        await UnrelatedBidBondAsync(project, purchaser, supplier);

        var after = await CountsByKindAsync(purchaser, kinds);
        Assert.Equal(before[WorkKind.PayOverdueInstalment] + 3, after[WorkKind.PayOverdueInstalment]); // overdue (1), accepted (2); the paid one's 70 % awaits acceptance
        Assert.Equal(before[WorkKind.PayInstalmentDueSoon] + 1, after[WorkKind.PayInstalmentDueSoon]);
        Assert.Equal(before[WorkKind.ConfirmBondReceipt] + 1, after[WorkKind.ConfirmBondReceipt]);
        Assert.Equal(before[WorkKind.RefundBond] + 1, after[WorkKind.RefundBond]); // paid's (performed); dueSoon's waits for 2026-12-31
        Assert.Equal(before[WorkKind.ConfirmAcceptance] + 1, after[WorkKind.ConfirmAcceptance]);

        var list = await List.ForAsync(purchaser);
        Assert.All(kinds, kind => Assert.Equal(after[kind], list.Count(i => i.Kind == kind)));
        Assert.DoesNotContain(list, i => i.Kind is WorkKind.PayOverdueInstalment or WorkKind.PayInstalmentDueSoon && i.Href == $"/contracts/{notYetDue.Id}/payments");
        Assert.DoesNotContain(list, i => i.Kind is WorkKind.PayOverdueInstalment or WorkKind.PayInstalmentDueSoon && i.Href == $"/contracts/{paid.Id}/payments");
        Assert.Equal(2, list.Count(i => i.Kind == WorkKind.PayOverdueInstalment && i.Href == $"/contracts/{accepted.Id}/payments"));
        Assert.DoesNotContain(list, i => i.Kind is WorkKind.ConfirmBondReceipt or WorkKind.RefundBond && i.Href == $"/projects/{project}");
        Assert.Contains(list, i => i.Kind == WorkKind.RefundBond && i.Href == $"/contracts/{paid.Id}");
        Assert.DoesNotContain(list, i => i.Kind == WorkKind.RefundBond && i.Href == $"/contracts/{dueSoon.Id}");
        Assert.DoesNotContain(list, i => i.Kind == WorkKind.ConfirmAcceptance && i.Href == $"/contracts/{confirmed.Id}/acceptance");
    }

    private async Task<(Actor Purchaser, Actor Supplier, Guid Project)> PartiesAsync()
    {
        var stages = new ProjectStages(Store, Scenario, Time);
        return (await Scenario.ActorAsync(ProjectScenario.Operator), await stages.ActorAsync(Relation.RegisteredSupplier), await Scenario.PreparedProjectAsync());
    }

    /// <summary>
    /// Sent and confirmed by both on <paramref name="signedOn"/>: 30 % prepaid, 70 % on acceptance, each within 30 days; 48,000 yuan;
    /// performed to <paramref name="performedTo"/> (from the scenario's 2026-10-01, or earlier when it ends before).
    /// </summary>
    private static GovContract Signed(Guid projectId, Actor purchaser, Actor supplier, DateOnly signedOn, DateOnly? performedTo = null)
    {
        var origin = ContractScenario.Origin(Awarded) with { ProjectId = projectId, PurchaserId = purchaser.OrganizationId!.Value, SupplierId = supplier.OrganizationId!.Value };
        var draft = ContractScenario.Draft();
        if (performedTo is { } to)
        {
            draft = draft with { PerformanceFrom = to < draft.PerformanceFrom ? to : draft.PerformanceFrom, PerformanceTo = to };
        }

        var contract = GovContract.Draft(origin, draft, ContractScenario.Terms(Awarded), "operator", ContractScenario.At(Awarded));
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", ContractScenario.At(signedOn));
        contract.Confirm(ContractParty.Supplier, "supplier", ContractScenario.At(signedOn));
        return contract;
    }

    private async Task AddAsync(params GovContract[] contracts)
    {
        await using var db = Store.Db();
        db.Contracts.AddRange(contracts);
        await db.SaveChangesAsync();
    }

    /// <summary>The contracts, each with its performance bond of 4,800 yuan (10 %) brought to the status.</summary>
    private async Task AddBondsAsync(params (GovContract Contract, BondStatus Status)[] bonds)
    {
        await using var db = Store.Db();
        foreach (var (c, status) in bonds)
        {
            db.Contracts.Add(c);
            var parties = new BondParties(null, 0, null, c.Id, c.Number, c.Title, c.RegionCode, c.PurchaserId, null, c.SupplierId, c.SupplierName, c.Amount);
            db.Bonds.Add(BondScenario.In(status, Bond.ForPerformance(parties, Money.FromYuan(4_800m), BondScenario.Terms, "operator", ContractScenario.At(LongAgo))));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A received bid bond of the project whose result is not announced: its refund period has not begun, so it waits for no one.</summary>
    private async Task UnrelatedBidBondAsync(Guid project, Actor purchaser, Actor supplier)
    {
        await using var db = Store.Db();
        var requirement = new BidBondRequirement(project, 0, Money.FromYuan(1_600_000m), Money.FromYuan(32_000m), "agency", Time.UtcNow());
        db.Add(requirement);
        var parties = new BondParties(project, 0, requirement.Id, null, "JM-2026-001", ProjectScenario.Title, ContractScenario.Region, purchaser.OrganizationId!.Value, null,
            supplier.OrganizationId!.Value, "江门市小微供应商", Money.FromYuan(1_600_000m));
        db.Bonds.Add(BondScenario.In(BondStatus.Received, Bond.ForBid(requirement, parties, "agency", Time.UtcNow())));
        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<WorkKind, int>> CountsByKindAsync(Actor actor, IEnumerable<WorkKind> kinds)
    {
        var counts = await List.CountsAsync(actor);
        return kinds.ToDictionary(k => k, k => counts.ByKind.GetValueOrDefault(k));
    }

    /// <summary>How many of the kind the source's own list finds when it is not capped.</summary>
    private async Task<int> UncappedAsync(Actor actor, WorkKind kind)
    {
        await using var db = Store.Db();
        var standing = await ActorStanding.LoadAsync(db, actor, default);
        var org = actor.OrganizationId!.Value;
        var rules = await Store.Get<ProcurementRuleBook>().CurrentAsync();
        var today = Time.TodayInChina();
        IEnumerable<WorkItem> items = kind switch
        {
            WorkKind.PayOverdueInstalment or WorkKind.PayInstalmentDueSoon => await PaymentWorkItems.ForAsync(db, Milestones, rules, standing, org, today, int.MaxValue, default),
            WorkKind.ConfirmBondReceipt or WorkKind.RefundBond => await BondWorkItems.ForAsync(db, rules, standing, org, today, int.MaxValue, default),
            _ => await AcceptanceWorkItems.ForAsync(db, standing, org, int.MaxValue, default),
        };
        return items.Count(i => i.Kind == kind);
    }
}
