using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
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
    /// <summary>
    /// What waits for the actor, by kind, as store queries: each is the auction answer's own condition. A
    /// supplier's eligibility is part of it: not debarred today, and a listing on sale today
    /// (<see cref="ListingQueries.Visible"/>, the commodity library's own rule) for every item, so the list
    /// reads the oldest of each and the navigation counts each whole.
    /// </summary>
    public static IEnumerable<WorkQuery<ReverseAuction>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc)
    {
        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.ReadAuctionResult, db.ReverseAuctions.Where(a => a.UnitId == org && a.ClosedUtc != null && a.ResultNotedUtc == null
                && (a.Status == AuctionStatus.Awarded || a.Status == AuctionStatus.Failed)));
        }

        if (standing.IsIn(Roles.Supplier) && standing.Kind == OrganizationKind.Supplier)
        {
            var today = BeijingTime.Day(nowUtc);
            var debarred = ListingQueries.DebarredOn(db, today);
            var listed = ListingQueries.Visible(db, today).Where(l => l.SupplierId == org);
            yield return new(WorkKind.JoinAuction, db.ReverseAuctions.Where(a => a.Status == AuctionStatus.Open && a.OpensUtc <= nowUtc && a.ClosesUtc > nowUtc
                && !a.Bids.Any(b => b.SupplierId == org) && !debarred.Contains(org)
                && a.Items.All(i => listed.Any(l => l.CatalogueCode == i.CatalogueCode))));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the auction's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, AuctionEligibility eligibility, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org, nowUtc))
        {
            var auctions = await waiting.AsNoTracking().Include(a => a.Items).Include(a => a.Bids).AsSplitQuery().OrderBy(a => a.ClosesUtc).Take(take).ToListAsync(ct);
            if (kind == WorkKind.ReadAuctionResult)
            {
                items.AddRange(auctions.Where(a => AuctionSteps.For(a, standing, AuctionSupplierFacts.None, nowUtc).Allows(AuctionAction.NoteResult))
                    .Select(a => new WorkItem(WorkKind.ReadAuctionResult, a.Title, Href(a), a.ClosedUtc!.Value)));
                continue;
            }

            var facts = await eligibility.FactsAsync(db, standing, auctions, BeijingTime.Day(nowUtc), ct);
            items.AddRange(auctions.Where(a => AuctionSteps.For(a, standing, facts[a.Id], nowUtc).Allows(AuctionAction.Bid))
                .Select(a => new WorkItem(WorkKind.JoinAuction, a.Title, Href(a), a.OpenedUtc ?? a.OpensUtc)));
        }

        return items;
    }

    private static string Href(ReverseAuction auction) => $"/mall/auctions/{auction.Id}";
}
