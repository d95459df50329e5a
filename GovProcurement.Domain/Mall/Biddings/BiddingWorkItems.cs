using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// The to-do items of online bidding, from the same answer the bidding page renders: the supplier
/// offered a win confirms it, the unit's operator reads a decided bidding's result.
/// </summary>
public static class BiddingWorkItems
{
    /// <summary>
    /// What waits for the actor, by kind, as store queries: each is the bidding answer's own condition (the
    /// supplier offered the win within its confirmation period; the unit's decided bidding whose result is
    /// unread), so the list reads the oldest of each and the navigation counts each whole.
    /// </summary>
    public static IEnumerable<WorkQuery<OnlineBidding>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc)
    {
        if (standing.IsIn(Roles.Supplier) && standing.Kind == OrganizationKind.Supplier)
        {
            yield return new(WorkKind.ConfirmBiddingWin, db.OnlineBiddings.Where(b => b.Status == BiddingStatus.Offered
                && b.Quotes.Any(q => q.Id == b.OfferedQuoteId && q.SupplierId == org && q.OfferedUtc != null && q.ConfirmDueUtc > nowUtc)));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.ReadBiddingResult, db.OnlineBiddings.Where(b => b.UnitId == org && b.DecidedUtc != null && b.ResultNotedUtc == null));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the bidding's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org, nowUtc))
        {
            var biddings = await waiting.AsNoTracking().Include(b => b.Quotes).OrderBy(b => b.ClosesUtc).Take(take).ToListAsync(ct);
            items.AddRange(biddings.SelectMany(b => ItemsOf(b, BiddingSteps.For(b, standing, BiddingSupplierFacts.None, nowUtc))).Where(i => i.Kind == kind));
        }

        return items;
    }

    private static IEnumerable<WorkItem> ItemsOf(OnlineBidding bidding, Common.ActionSet<BiddingAction> steps)
    {
        var href = $"/mall/biddings/{bidding.Id}";
        if (steps.Allows(BiddingAction.Confirm) && bidding.OfferedQuote?.OfferedUtc is { } offered)
        {
            yield return new WorkItem(WorkKind.ConfirmBiddingWin, bidding.Title, href, offered);
        }

        if (steps.Allows(BiddingAction.NoteResult) && bidding.DecidedUtc is { } decided)
        {
            yield return new WorkItem(WorkKind.ReadBiddingResult, bidding.Title, href, decided);
        }
    }
}
