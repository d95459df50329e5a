using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// The to-do items of reverse auctions, from the same answer the auction page renders: the unit's
/// operator reads a closed auction's result; a supplier may join an auction open now that it is
/// eligible for and has not bid on yet.
/// </summary>
public static class AuctionWorkItems
{
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, AuctionEligibility eligibility, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (standing.IsIn(Roles.PurchaserOperator))
        {
            var closed = await Load(db.ReverseAuctions.Where(a => a.UnitId == org && a.ClosedUtc != null && a.ResultNotedUtc == null), take, ct);
            items.AddRange(closed.Where(a => AuctionSteps.For(a, standing, AuctionSupplierFacts.None, nowUtc).Allows(AuctionAction.NoteResult))
                .Select(a => new WorkItem(WorkKind.ReadAuctionResult, a.Title, Href(a), a.ClosedUtc!.Value)));
        }

        if (standing.IsIn(Roles.Supplier) && standing.Kind == OrganizationKind.Supplier)
        {
            var open = await Load(db.ReverseAuctions.Where(a => a.Status == AuctionStatus.Open && a.ClosesUtc > nowUtc && !a.Bids.Any(b => b.SupplierId == org)), take, ct);
            var facts = await eligibility.FactsAsync(db, standing, open, BeijingTime.Day(nowUtc), ct);
            items.AddRange(open.Where(a => AuctionSteps.For(a, standing, facts[a.Id], nowUtc).Allows(AuctionAction.Bid))
                .Select(a => new WorkItem(WorkKind.JoinAuction, a.Title, Href(a), a.OpenedUtc ?? a.OpensUtc)));
        }

        return items;
    }

    private static string Href(ReverseAuction auction) => $"/mall/auctions/{auction.Id}";

    private static async Task<List<ReverseAuction>> Load(IQueryable<ReverseAuction> candidates, int take, CancellationToken ct) =>
        await candidates.AsNoTracking().Include(a => a.Items).Include(a => a.Bids).AsSplitQuery().OrderBy(a => a.ClosesUtc).Take(take).ToListAsync(ct);
}
