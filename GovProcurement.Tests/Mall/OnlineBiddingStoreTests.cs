using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>Online bidding and the plan line's balance through the use cases, over the store, on a fake clock.</summary>
public sealed class OnlineBiddingStoreTests : ProjectScenarioTest
{
    private MallScenario mall = default!;

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        return Task.CompletedTask;
    }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    private OnlineBiddings Biddings => mall.Biddings;

    private async Task<OnlineBidding> ReloadAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.OnlineBiddings.Include(b => b.Quotes).Include(b => b.Items).AsSplitQuery().SingleAsync(b => b.Id == id);
    }

    private async Task<Money> RemainingAsync(ProcurementPlan plan)
    {
        await using var db = Store.Db();
        return (await PlanLineLedger.RemainingAsync(db, plan))[plan.Items[0].Id];
    }

    [Fact]
    public async Task A_filed_e_mall_plan_offers_bidding_and_the_old_platform_and_a_plan_routed_to_the_agency_refuses_both_with_the_reason()
    {
        var emall = await mall.FiledPlanAsync();
        var agency = await Scenario.FiledPlanAsync();
        var op = await mall.OperatorAsync();

        var offered = (await Store.Get<PlanExecution>().ViewAsync(op, emall.Id))!.Steps;
        var refused = (await Store.Get<PlanExecution>().ViewAsync(op, agency))!.Steps;

        Assert.Equal([EMallStep.PostBidding, EMallStep.RecordOldPlatform, EMallStep.DirectPurchase, EMallStep.PostAuction], offered.Available);
        Assert.Empty(refused.Available);
        Assert.Contains("不是电子卖场简易采购", refused.WhyNot(EMallStep.PostBidding)!.Why.Zh);
        Assert.Empty((await Store.Get<PlanExecution>().ViewAsync(await mall.SupplierAsync(0), emall.Id))!.Steps.Available);
    }

    [Fact]
    public async Task A_ceiling_above_the_remaining_amount_is_refused_at_the_field_and_nothing_is_posted()
    {
        var plan = await mall.FiledPlanAsync(50_000m);
        var op = await mall.OperatorAsync();

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            Biddings.PostAsync(MallScenario.Requirement(plan, 50_000.01m, Now), op));

        Assert.Equal([nameof(BiddingRequirement.CeilingYuan)], error.Errors.Select(e => e.PropertyName));
        await using var db = Store.Db();
        Assert.False(await db.OnlineBiddings.AnyAsync());
    }

    [Fact]
    public async Task A_confirmed_win_consumes_the_line_and_a_cancelled_order_gives_it_back()
    {
        var plan = await mall.FiledPlanAsync(50_000m);
        var bidding = await mall.QuotedAsync(plan, Now, 40_000m, 39_000m, 36_500m, 38_000m);
        Time.Advance(TimeSpan.FromHours(48));
        Assert.Equal(1, await Biddings.DecideDueAsync());

        await Biddings.ConfirmAsync(bidding.Id, await mall.SupplierAsync(1));

        Assert.Equal(BiddingStatus.Awarded, (await ReloadAsync(bidding.Id)).Status);
        Assert.Equal(Money.FromYuan(13_500m), await RemainingAsync(plan));

        await Biddings.CancelOrderAsync(bidding.Id, "供应商无法按期交货", await mall.OperatorAsync());

        Assert.Equal(BiddingStatus.OrderCancelled, (await ReloadAsync(bidding.Id)).Status);
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
        await using var db = Store.Db();
        var entry = await db.PlanLineBalances.SelectMany(b => b.Entries).SingleAsync();
        Assert.Equal((PlanLineUse.OnlineBidding, bidding.Number, Money.FromYuan(36_500m)), (entry.Use, entry.Reference, entry.Amount));
        Assert.NotNull(entry.GivenBackUtc);
    }

    [Fact]
    public async Task The_old_platform_record_consumes_the_line_and_an_amount_above_what_is_left_is_refused_with_the_figures()
    {
        var plan = await mall.FiledPlanAsync(50_000m);
        var execution = Store.Get<PlanExecution>();
        var op = await mall.OperatorAsync();
        var today = Time.TodayInChina();

        await execution.RecordOldPlatformAsync(plan.Id, new OldPlatformForm(plan.Items[0].Id, "GDZC-2026-0188", 30_000m, today), op);
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            execution.RecordOldPlatformAsync(plan.Id, new OldPlatformForm(plan.Items[0].Id, "GDZC-2026-0189", 20_000.01m, today), op));

        Assert.Contains("计划 ¥50,000.00，已使用 ¥30,000.00，剩余 ¥20,000.00", refused.Text.Zh);
        Assert.Equal(Money.FromYuan(20_000m), await RemainingAsync(plan));
        var view = await execution.ViewAsync(op, plan.Id);
        Assert.Equal("GDZC-2026-0188", Assert.Single(view!.OldPlatformRecords).Reference);

        await execution.RecordOldPlatformAsync(plan.Id, new OldPlatformForm(plan.Items[0].Id, "GDZC-2026-0189", 20_000m, today), op);
        var spent = (await execution.ViewAsync(op, plan.Id))!.Steps;
        Assert.Equal("计划额度已全部使用。", spent.WhyNot(EMallStep.PostBidding)!.Why.Zh);
    }

    [Fact]
    public async Task Two_writers_consuming_the_same_line_at_once_cannot_both_save()
    {
        var plan = await mall.FiledPlanAsync(50_000m);
        await using (var seed = Store.Db())
        {
            await PlanLineLedger.OpenAsync(seed, plan, plan.Items[0], Now);
            await seed.SaveChangesAsync();
        }

        await using var first = Store.Db();
        await using var second = Store.Db();
        var a = await PlanLineLedger.OpenAsync(first, plan, plan.Items[0], Now);
        var b = await PlanLineLedger.OpenAsync(second, plan, plan.Items[0], Now);
        a.Consume(PlanLineUse.OldPlatform, Guid.NewGuid(), "A", Money.FromYuan(40_000m), "op", Now);
        b.Consume(PlanLineUse.OldPlatform, Guid.NewGuid(), "B", Money.FromYuan(40_000m), "op", Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());
        Assert.Equal(Money.FromYuan(10_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task The_close_decides_once_a_second_run_and_a_restarted_service_decide_nothing_more()
    {
        var plan = await mall.FiledPlanAsync();
        var bidding = await mall.QuotedAsync(plan, Now, 40_000m, 39_000m, 36_500m, 38_000m);
        Time.Advance(TimeSpan.FromHours(48) - TimeSpan.FromTicks(1));
        Assert.Equal(0, await Biddings.DecideDueAsync());

        Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(1, await Biddings.DecideDueAsync());
        var decided = await ReloadAsync(bidding.Id);
        Assert.Equal(0, await Biddings.DecideDueAsync());
        // A restart: a new instance over the same store, with nothing but the stored state to go by.
        var afresh = new OnlineBiddings(Store.Get<IDbContextFactory<GovProcurementDbContext>>(), Store.Get<ProcurementRuleBook>(), Store.Get<BiddingEligibility>(), Store.Get<GovProcurement.Domain.Audit.AuditLog>(), Time);
        Assert.Equal(0, await afresh.DecideDueAsync());

        var again = await ReloadAsync(bidding.Id);
        Assert.Equal((BiddingStatus.Offered, decided.Version, decided.OfferedQuoteId, decided.DecidedUtc), (again.Status, again.Version, again.OfferedQuoteId, again.DecidedUtc));
        Assert.Equal([1, 2, 3], again.Ranking.Select(q => q.Rank!.Value));
    }

    [Fact]
    public async Task A_win_not_confirmed_in_72_hours_is_offered_to_the_next_and_the_last_one_ends_the_bidding_unsuccessful()
    {
        var plan = await mall.FiledPlanAsync();
        var bidding = await mall.QuotedAsync(plan, Now, 40_000m, 39_000m, 36_500m, 38_000m);
        Time.Advance(TimeSpan.FromHours(48));
        await Biddings.DecideDueAsync();
        var supplier = await Store.Get<Worklist>().ForAsync(await mall.SupplierAsync(1));
        Assert.Contains(supplier, i => i.Kind == WorkKind.ConfirmBiddingWin && i.Href == $"/mall/biddings/{bidding.Id}");

        Time.Advance(TimeSpan.FromHours(72));
        Assert.Equal(1, await Biddings.DecideDueAsync());
        var second = await ReloadAsync(bidding.Id);
        Assert.Equal(second.Ranking.ElementAt(1).Id, second.OfferedQuoteId);
        Assert.Equal(QuoteOutcome.TimedOut, second.Ranking.First().Outcome);
        Assert.DoesNotContain(await Store.Get<Worklist>().ForAsync(await mall.SupplierAsync(1)), i => i.Kind == WorkKind.ConfirmBiddingWin);

        await Biddings.DeclineAsync(bidding.Id, await mall.SupplierAsync(2));
        Time.Advance(TimeSpan.FromHours(72));
        await Biddings.DecideDueAsync();

        var ended = await ReloadAsync(bidding.Id);
        Assert.Equal(BiddingStatus.Unsuccessful, ended.Status);
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
        var purchaser = await Store.Get<Worklist>().ForAsync(await mall.OperatorAsync());
        Assert.Contains(purchaser, i => i.Kind == WorkKind.ReadBiddingResult);
        await Biddings.NoteResultAsync(bidding.Id, await mall.OperatorAsync());
        Assert.DoesNotContain(await Store.Get<Worklist>().ForAsync(await mall.OperatorAsync()), i => i.Kind == WorkKind.ReadBiddingResult);
    }

    [Fact]
    public async Task A_debarred_supplier_is_refused_a_quote_with_the_reason()
    {
        var plan = await mall.FiledPlanAsync();
        var bidding = await Biddings.PostAsync(MallScenario.Requirement(plan, 40_000m, Now), await mall.OperatorAsync());
        var supplier = await mall.SupplierAsync(0);
        await using (var db = Store.Db())
        {
            db.SupplierDebarments.Add(new SupplierDebarment(supplier.OrganizationId!.Value, Time.TodayInChina().AddDays(-1), Time.TodayInChina().AddYears(1), "提供虚假材料", "440700cz", Now));
            await db.SaveChangesAsync();
        }

        var view = await Store.Get<BiddingQueries>().GetAsync(supplier, bidding.Id);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Biddings.QuoteAsync(bidding.Id, new QuoteForm(30_000m), supplier));

        Assert.False(view!.Steps.Allows(BiddingAction.Quote));
        Assert.Equal(view.Steps.WhyNot(BiddingAction.Quote)!.ToException().Message, refused.Message);
        Assert.Contains("禁止参加政府采购活动", refused.Text.Zh);
    }

    [Fact]
    public async Task A_supplier_whose_listing_is_withdrawn_is_refused_a_quote_naming_the_item_and_another_still_quotes()
    {
        var plan = await mall.FiledPlanAsync();
        var bidding = await Biddings.PostAsync(MallScenario.Requirement(plan, 40_000m, Now), await mall.OperatorAsync());
        var withdrawn = await mall.SupplierAsync(0);
        var desk = Store.Get<ListingDesk>();
        var mine = await desk.MineAsync(withdrawn);
        await desk.WithdrawAsync(mine.Rows.Single().Id, withdrawn);

        var view = await Store.Get<BiddingQueries>().GetAsync(withdrawn, bidding.Id);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Biddings.QuoteAsync(bidding.Id, new QuoteForm(30_000m), withdrawn));
        await Biddings.QuoteAsync(bidding.Id, new QuoteForm(31_000m), await mall.SupplierAsync(1));

        Assert.False(view!.Steps.Allows(BiddingAction.Quote));
        Assert.StartsWith("没有以下品目的在售商品：A02010104。", refused.Text.Zh);
        Assert.Single((await ReloadAsync(bidding.Id)).Quotes);
    }
}
