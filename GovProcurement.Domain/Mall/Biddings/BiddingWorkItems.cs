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
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var candidates = new List<OnlineBidding>();
        if (standing.IsIn(Roles.Supplier))
        {
            candidates.AddRange(await Load(db.OnlineBiddings.Where(b => b.Status == BiddingStatus.Offered && b.Quotes.Any(q => q.Id == b.OfferedQuoteId && q.SupplierId == org)), take, ct));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            candidates.AddRange(await Load(db.OnlineBiddings.Where(b => b.UnitId == org && b.DecidedUtc != null && b.ResultNotedUtc == null), take, ct));
        }

        return candidates.SelectMany(b => ItemsOf(b, BiddingSteps.For(b, standing, BiddingSupplierFacts.None, nowUtc)));
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

    private static async Task<List<OnlineBidding>> Load(IQueryable<OnlineBidding> candidates, int take, CancellationToken ct) =>
        await candidates.AsNoTracking().Include(b => b.Quotes).OrderBy(b => b.ClosesUtc).Take(take).ToListAsync(ct);
}
