using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>An auction in a list.</summary>
public sealed record AuctionRow(Guid Id, string Number, string Title, AuctionStatus Status, Money Ceiling, Money? LowestPrice, DateTime OpensUtc, DateTime ClosesUtc, DateTime PostedUtc);

/// <summary>One bidder's standing after the close, for those who may see names: its place, name, best price and how often it bid.</summary>
public sealed record AuctionBidderLine(int Rank, string SupplierName, Money BestPrice, int Bids, bool IsWinner);

/// <summary>
/// An auction as the actor sees it: its terms and items, the live figures everyone may see (the lowest
/// price, how many bid, the end as it now stands), a bidder's own best price and place, the names only
/// for those allowed after the close, and what the actor may do now. Never the aggregate itself.
/// </summary>
public sealed record AuctionView(
    Guid Id, string Number, string Title, string UnitName, AuctionStatus Status, Money Ceiling, Money Step, Money HighestAcceptable,
    DateTime OpensUtc, DateTime ScheduledClosesUtc, DateTime ClosesUtc, int Extensions, int MaximumExtensions, int ExtensionTriggerMinutes, int ExtensionMinutes,
    string ExtensionCitation, int MinimumBidders, string MinimumBiddersCitation, string? EndReason, Guid PlanId, IReadOnlyList<AuctionItem> Items,
    Money? LowestPrice, int BidderCount, int BidCount, Money? OwnBest, int? OwnRank, bool? OwnWin, IReadOnlyList<AuctionBidderLine> Bidders,
    Bilingual? Outcome, ActionSet<AuctionAction> Steps)
{
    public bool IsClosed => Status is AuctionStatus.Awarded or AuctionStatus.Failed or AuctionStatus.Withdrawn;

    /// <summary>The time left on the server's clock; zero once the end has passed.</summary>
    public TimeSpan Left(DateTime nowUtc) => IsClosed || nowUtc >= ClosesUtc ? TimeSpan.Zero : ClosesUtc - (nowUtc < OpensUtc ? OpensUtc : nowUtc);
}

/// <summary>
/// Reads auctions for those allowed to see them: the unit its own, any supplier those scheduled or open
/// and those it bid on, a finance department those of its region and the regions below, the administrator all. Anonymity: a bidder sees the lowest
/// price and its own place, never another bidder's name; names appear only after the close and only
/// for the purchaser, the regulator and the administrator (<see cref="AuctionAction.SeeBidders"/>).
/// </summary>
public sealed class AuctionQueries(IDbContextFactory<GovProcurementDbContext> store, AuctionEligibility eligibility, TimeProvider time)
{
    public const int MaxRows = 200;

    /// <summary>The unit's auctions, newest first, optionally of one plan.</summary>
    public async Task<IReadOnlyList<AuctionRow>> ForUnitAsync(Actor actor, Guid? planId = null, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var unitId = actor.OrganizationId;
        var auctions = db.ReverseAuctions.AsNoTracking().Where(a => a.UnitId == unitId);
        if (planId is { } plan)
        {
            auctions = auctions.Where(a => a.PlanId == plan);
        }

        return await Rows(auctions.OrderByDescending(a => a.PostedUtc)).ToListAsync(ct);
    }

    /// <summary>For a supplier: the auctions scheduled or open it may join (eligible for every item), soonest first, and those it has bid on.</summary>
    public async Task<IReadOnlyList<AuctionRow>> ForSupplierAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var supplierId = actor.RequireOrganization();
        var today = time.TodayInChina();
        var live = await db.ReverseAuctions.AsNoTracking().Include(a => a.Items)
            .Where(a => a.Status == AuctionStatus.Scheduled || a.Status == AuctionStatus.Open)
            .Where(a => !a.Bids.Any(b => b.SupplierId == supplierId))
            .OrderBy(a => a.OpensUtc).Take(MaxRows).ToListAsync(ct);
        var facts = await eligibility.FactsAsync(db, await ActorStanding.LoadAsync(db, actor, ct), live, today, ct);
        var joinable = live.Where(a => facts[a.Id].Ineligible is null).Select(a => a.Id).ToList();

        var mine = db.ReverseAuctions.AsNoTracking().Where(a => joinable.Contains(a.Id) || a.Bids.Any(b => b.SupplierId == supplierId));
        return await Rows(mine.OrderBy(a => a.Status).ThenBy(a => a.ClosesUtc)).ToListAsync(ct);
    }

    public async Task<AuctionView?> GetAsync(Actor actor, Guid auctionId, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var auction = await db.ReverseAuctions.AsNoTracking().Include(a => a.Items).Include(a => a.Bids).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == auctionId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (auction is null || !MaySee(auction, standing))
        {
            return null;
        }

        var now = time.UtcNow();
        var steps = AuctionSteps.For(auction, standing, await eligibility.FactsAsync(db, standing, auction, BeijingTime.Day(now), ct), now);
        var unitName = await db.Organizations.Where(o => o.Id == auction.UnitId).Select(o => o.Name).FirstAsync(ct);
        var standings = Standings(auction);
        var own = standing.Kind == OrganizationKind.Supplier ? standings.FirstOrDefault(s => standing.Belongs(s.SupplierId)) : null;
        var bidders = steps.Allows(AuctionAction.SeeBidders)
            ? standings.Select(s => new AuctionBidderLine(s.Rank, s.SupplierName, s.BestPrice, s.Bids, auction.WinningBid?.SupplierId == s.SupplierId)).ToList()
            : [];
        return new AuctionView(auction.Id, auction.Number, auction.Title, unitName, auction.Status, auction.Ceiling, auction.Step, auction.HighestAcceptable,
            auction.OpensUtc, auction.ScheduledClosesUtc, auction.ClosesUtc, auction.Extensions, auction.MaximumExtensions, auction.ExtensionTriggerMinutes, auction.ExtensionMinutes,
            auction.ExtensionCitation, auction.MinimumBidders, auction.MinimumBiddersCitation, auction.EndReason, auction.PlanId, auction.Items.OrderBy(i => i.LineNumber).ToList(),
            auction.LowestPrice, auction.BidderCount, auction.BidCount, own?.BestPrice, own?.Rank,
            own is null || !auction.IsClosed ? null : auction.WinningBid?.SupplierId == own.SupplierId, bidders, Outcome(auction), steps);
    }

    /// <summary>What the close decided, in words everyone may read: the final price, or why it ended without one.</summary>
    public static Bilingual? Outcome(ReverseAuction auction) => auction.Status switch
    {
        AuctionStatus.Awarded => new($"反拍已结束，成交价 {auction.WinningBid!.Price}（{auction.BidderCount} 家供应商参与）。",
            $"The auction has closed at {auction.WinningBid!.Price} ({auction.BidderCount} bidders)."),
        AuctionStatus.Failed or AuctionStatus.Withdrawn => new($"{AuctionTexts.Status(auction.Status).Zh}：{auction.EndReason}", $"{AuctionTexts.Status(auction.Status).En}: {auction.EndReason}"),
        _ => null,
    };

    /// <summary>Each bidder's best price and place: bids only ever go down, so the places follow the best prices.</summary>
    public static IReadOnlyList<BidderStanding> Standings(ReverseAuction auction) =>
        auction.Bids.GroupBy(b => b.SupplierId)
            .Select(g => (Best: g.OrderBy(b => b.Price).ThenBy(b => b.Sequence).First(), Count: g.Count()))
            .OrderBy(x => x.Best.Price).ThenBy(x => x.Best.Sequence)
            .Select((x, i) => new BidderStanding(x.Best.SupplierId, x.Best.SupplierName, i + 1, x.Best.Price, x.Count))
            .ToList();

    private static bool MaySee(ReverseAuction auction, ActorStanding who) =>
        who.Belongs(auction.UnitId) || AuctionSteps.Oversees(who, auction.RegionCode) || who.IsIn(Roles.PlatformAdmin)
        || (who.Kind == OrganizationKind.Supplier && (auction.Status is AuctionStatus.Scheduled or AuctionStatus.Open || auction.Bids.Any(b => who.Belongs(b.SupplierId))));

    private static IQueryable<AuctionRow> Rows(IQueryable<ReverseAuction> auctions) =>
        auctions.Take(MaxRows).Select(a => new AuctionRow(a.Id, a.Number, a.Title, a.Status, a.Ceiling, a.LowestPrice, a.OpensUtc, a.ClosesUtc, a.PostedUtc));
}

/// <summary>A bidder's best price and place in an auction.</summary>
public sealed record BidderStanding(Guid SupplierId, string SupplierName, int Rank, Money BestPrice, int Bids);
