using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>Reverse auctions through the use cases over the store, on a fake clock: the plan line reserved, consumed and released; the order; the platform's steps.</summary>
public sealed class ReverseAuctionStoreTests : ProjectScenarioTest
{
    private AuctionScenario scenario = default!;

    protected override Task ArrangeAsync()
    {
        scenario = new AuctionScenario(Store.Services, Scenario, Time);
        return Task.CompletedTask;
    }

    private ReverseAuctions Auctions => scenario.Auctions;

    private async Task<ReverseAuction> ReloadAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.ReverseAuctions.Include(a => a.Bids).Include(a => a.Items).AsSplitQuery().SingleAsync(a => a.Id == id);
    }

    private async Task<Money> RemainingAsync(ProcurementPlan plan)
    {
        await using var db = Store.Db();
        return (await PlanLineLedger.RemainingAsync(db, plan))[plan.Items[0].Id];
    }

    private async Task<ReverseAuction> OpenedAsync(ProcurementPlan plan, decimal ceiling = 40_000m)
    {
        var auction = await scenario.PostedAsync(plan, ceiling);
        Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await Auctions.TakeDueAsync());
        return auction;
    }

    [Fact]
    public async Task A_filed_e_mall_plan_offers_the_auction_and_a_ceiling_above_the_remaining_amount_is_refused_at_the_field()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var op = await scenario.OperatorAsync();
        Assert.True((await Store.Get<PlanExecution>().ViewAsync(op, plan.Id))!.Steps.Allows(EMallStep.PostAuction));

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            Auctions.PostAsync(AuctionScenario.Requirement(plan, 50_000.01m, scenario.Now.AddHours(24)), op));

        Assert.Equal([nameof(AuctionRequirement.CeilingYuan)], error.Errors.Select(e => e.PropertyName));
        await using var db = Store.Db();
        Assert.False(await db.ReverseAuctions.AnyAsync());
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task Posting_reserves_the_ceiling_and_the_award_consumes_only_the_winning_bid_with_its_order_and_notice()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await OpenedAsync(plan, 40_000m);
        Assert.Equal(Money.FromYuan(10_000m), await RemainingAsync(plan));

        await scenario.BidAsync(auction, (0, 39_000m), (1, 38_000m), (2, 37_500m), (1, 36_000m));
        Time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(1, await Auctions.TakeDueAsync());

        var closed = await ReloadAsync(auction.Id);
        Assert.Equal((AuctionStatus.Awarded, 3, 4), (closed.Status, closed.BidderCount, closed.BidCount));
        Assert.Equal(Money.FromYuan(14_000m), await RemainingAsync(plan));
        await using var db = Store.Db();
        var order = await db.MallOrders.SingleAsync(o => o.SourceId == auction.Id);
        Assert.Equal((OrderMethod.ReverseAuction, closed.WinningBid!.SupplierId, Money.FromYuan(36_000m)), (order.Method, order.SupplierId, order.Total));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.AuctionClosed));
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.AuctionBidAccepted));
        Assert.Contains(await Store.Get<Worklist>().ForAsync(await scenario.OperatorAsync()), i => i.Kind == WorkKind.ReadAuctionResult && i.Href == $"/mall/auctions/{auction.Id}");
    }

    [Fact]
    public async Task Too_few_bidders_fail_the_auction_and_release_the_line_and_so_does_a_withdrawal()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await OpenedAsync(plan, 40_000m);
        await scenario.BidAsync(auction, (0, 39_000m), (1, 38_000m), (0, 37_000m));
        Time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(1, await Auctions.TakeDueAsync());

        Assert.Equal(AuctionStatus.Failed, (await ReloadAsync(auction.Id)).Status);
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
        await using (var db = Store.Db())
        {
            Assert.False(await db.MallOrders.AnyAsync(o => o.SourceId == auction.Id));
        }

        var withdrawn = await scenario.PostedAsync(plan, 30_000m);
        Assert.Equal(Money.FromYuan(20_000m), await RemainingAsync(plan));
        await Auctions.WithdrawAsync(withdrawn.Id, "需求变更，重新发布", await scenario.OperatorAsync());
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task The_live_view_shows_everyone_the_lowest_price_a_bidder_its_own_place_and_no_one_a_name_before_the_close()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await OpenedAsync(plan);
        await scenario.BidAsync(auction, (0, 39_000m), (1, 38_000m));

        var purchaserView = (await Store.Get<AuctionQueries>().GetAsync(await scenario.OperatorAsync(), auction.Id))!;
        var loser = (await Store.Get<AuctionQueries>().GetAsync(await scenario.SupplierAsync(0), auction.Id))!;
        Assert.Equal((Money.FromYuan(38_000m), 2), (purchaserView.LowestPrice!.Value, purchaserView.BidderCount));
        Assert.Empty(purchaserView.Bidders);
        Assert.Equal((2, Money.FromYuan(39_000m)), (loser.OwnRank!.Value, loser.OwnBest!.Value));
        Assert.Empty(loser.Bidders);
        Assert.True(loser.Steps.Allows(AuctionAction.Bid));

        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        Assert.Null(await Store.Get<AuctionQueries>().GetAsync(agency, auction.Id));
    }

    [Fact]
    public async Task A_stale_copy_of_the_auction_cannot_save_a_bid_after_another_was_accepted()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await OpenedAsync(plan);
        await using var stale = Store.Db();
        var copy = await stale.ReverseAuctions.Include(a => a.Bids).Include(a => a.Items).SingleAsync(a => a.Id == auction.Id);

        await scenario.BidAsync(auction, (0, 39_000m));
        copy.Bid((await scenario.SupplierAsync(1)).OrganizationId!.Value, "乙", Money.FromYuan(39_000m), scenario.Now);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.SaveChangesAsync());
        var saved = await ReloadAsync(auction.Id);
        Assert.Equal((1, Money.FromYuan(39_000m)), (saved.BidCount, saved.LowestPrice!.Value));
    }
}
