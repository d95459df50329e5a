using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>
/// The auction's answer and its use cases agree over the whole transition table: in each status and
/// for every party, a step offered succeeds, a step refused throws the answer's reason, and the
/// bidders' names are shown exactly to those the answer lets see them.
/// </summary>
public sealed class AuctionStepsAgreementTests : ProjectScenarioTest
{
    private AuctionScenario auctions = default!;
    private MallParties parties = default!;

    protected override Task ArrangeAsync()
    {
        auctions = new AuctionScenario(Store.Services, Scenario, Time);
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        Scheduled,

        /// <summary>Open, the first supplier has bid.</summary>
        Open,

        /// <summary>Closed with the three demo suppliers' bids.</summary>
        Awarded,

        /// <summary>Closed with one bidder, below the minimum of three.</summary>
        Failed,
        Withdrawn,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static AuctionStatus StatusOf(Stage stage) => stage switch
    {
        Stage.Scheduled => AuctionStatus.Scheduled,
        Stage.Open => AuctionStatus.Open,
        Stage.Awarded => AuctionStatus.Awarded,
        Stage.Failed => AuctionStatus.Failed,
        _ => AuctionStatus.Withdrawn,
    };

    /// <summary>The clock's rows: it opens an auction at its start and closes it at its end, with or without a winner.</summary>
    private static readonly AuctionChange[] ClockChanges = [AuctionChange.Opened, AuctionChange.ClosedWithWinner, AuctionChange.ClosedTooFewBidders];

    /// <summary>Names after the close: the unit, a finance department over the region (its own, the province), the administrator.</summary>
    private static readonly MallParty[] SeeNames = [MallParty.OwnOperator, MallParty.OwnReviewer, MallParty.OwnRegionRegulator, MallParty.ProvinceRegulator, MallParty.Admin];

    private static List<(MallParty, AuctionAction)> Expected(Stage stage) => stage switch
    {
        Stage.Scheduled => [(MallParty.OwnOperator, AuctionAction.Withdraw)],
        Stage.Open => [(MallParty.FirstSupplier, AuctionAction.Bid), (MallParty.SecondSupplier, AuctionAction.Bid), (MallParty.ThirdSupplier, AuctionAction.Bid)],
        Stage.Awarded or Stage.Failed => [(MallParty.OwnOperator, AuctionAction.NoteResult), .. SeeNames.Select(p => (p, AuctionAction.SeeBidders))],
        _ => [.. SeeNames.Select(p => (p, AuctionAction.SeeBidders))],
    };

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_the_table_is_the_purchasers_or_the_clocks()
    {
        Assert.Equal(Enum.GetValues<AuctionStatus>(), Enum.GetValues<Stage>().Select(StatusOf).Order());
        foreach (var row in ReverseAuction.Table)
        {
            var withdrawn = row == (AuctionStatus.Scheduled, AuctionChange.Withdrawn);
            Assert.True(withdrawn ^ ClockChanges.Contains(row.Change), $"{row} has no doer");
        }

        Assert.Contains((MallParty.OwnOperator, AuctionAction.Withdraw), Expected(Stage.Scheduled));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var auctionId = await ArrangeAsync(stage);
        var offered = await parties.RefusalsAgreeAsync<AuctionAction>(
            async actor => (await View(actor, auctionId))?.Steps, (action, actor) => Take(action, auctionId, actor), [AuctionAction.SeeBidders]);
        Assert.Equal(MallParties.Sorted(Expected(stage)), MallParties.Sorted(offered));

        // Seeing the names is a read: the view carries them exactly when the answer offers it.
        foreach (var party in MallParties.All)
        {
            if (await View(await parties.ActorAsync(party), auctionId) is { } view)
            {
                Assert.Equal(view.Steps.Allows(AuctionAction.SeeBidders) ? view.BidderCount : 0, view.Bidders.Count);
            }
        }

        Assert.Equal(StatusOf(stage), await StatusAsync(auctionId));
        foreach (var (party, action) in offered.Where(o => o.Action != AuctionAction.SeeBidders))
        {
            var id = await ArrangeAsync(stage);
            await Take(action, id, await parties.ActorAsync(party));
        }
    }

    private Task<AuctionView?> View(Actor actor, Guid id) => Store.Get<AuctionQueries>().GetAsync(actor, id);

    private Task Take(AuctionAction action, Guid id, Actor actor) => action switch
    {
        AuctionAction.Bid => auctions.Auctions.BidAsync(id, new BidForm(35_000m), actor),
        AuctionAction.Withdraw => auctions.Auctions.WithdrawAsync(id, "需求变更", actor),
        AuctionAction.NoteResult => auctions.Auctions.NoteResultAsync(id, actor),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private async Task<AuctionStatus> StatusAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.ReverseAuctions.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    /// <summary>An auction posted from a new filed plan, starting in 24 hours for an hour, taken to the stage by the use cases and the clock.</summary>
    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var auction = await auctions.PostedAsync(await auctions.Mall.FiledPlanAsync());
        if (stage == Stage.Withdrawn)
        {
            await auctions.Auctions.WithdrawAsync(auction.Id, "需求变更", await auctions.OperatorAsync());
        }

        if (stage is Stage.Scheduled or Stage.Withdrawn)
        {
            return auction.Id;
        }

        Time.Advance(TimeSpan.FromHours(24));
        await auctions.Auctions.TakeDueAsync();
        await auctions.BidAsync(auction, stage == Stage.Awarded ? [(0, 39_000m), (1, 38_000m), (2, 37_500m)] : [(0, 39_000m)]);
        if (stage != Stage.Open)
        {
            Time.Advance(TimeSpan.FromMinutes(61));
            await auctions.Auctions.TakeDueAsync();
        }

        Assert.Equal(StatusOf(stage), await StatusAsync(auction.Id));
        return auction.Id;
    }
}
