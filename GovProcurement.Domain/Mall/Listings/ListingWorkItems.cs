using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>The to-do items of the commodity library, from the same answer the review page renders: the configured listing reviewer decides listings in review.</summary>
public static class ListingWorkItems
{
    /// <summary>The listings waiting for the reviewer, as a store query: the listing answer's own condition (the reviewer, the status the decision leaves from).</summary>
    public static IEnumerable<WorkQuery<Listing>> Waiting(GovProcurementDbContext db, ListingActor who)
    {
        if (who.NotReviewer is null)
        {
            yield return new(Worklist.WorkKind.ReviewListing, db.Listings.Where(l => l.Status == ListingStatus.InReview));
        }
    }

    /// <summary>The oldest <paramref name="take"/> waiting, kept where the listing's answer offers the approval.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ListingActor who, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, who))
        {
            var listings = await waiting.AsNoTracking().OrderBy(l => l.SubmittedUtc).Take(take).ToListAsync(ct);
            items.AddRange(listings.Where(l => ListingSteps.For(l, who).Allows(ListingStep.Approve))
                .Select(l => new WorkItem(kind, l.Proposed.Name, ListingDesk.ReviewPage, DateTime.SpecifyKind(l.SubmittedUtc ?? l.UpdatedUtc, DateTimeKind.Utc))));
        }

        return items;
    }
}
