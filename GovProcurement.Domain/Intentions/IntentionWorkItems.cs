using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Intentions;

/// <summary>The to-do items of procurement intentions, from the same answer the intentions page renders: the unit's reviewer publishes its drafts.</summary>
public static class IntentionWorkItems
{
    /// <summary>The drafts waiting for the actor, as a store query: the intention answer's own condition (the reviewer of the unit, the status publishing leaves from).</summary>
    public static IEnumerable<WorkQuery<ProcurementIntention>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        if (standing.IsIn(Roles.PurchaserReviewer))
        {
            yield return new(WorkKind.PublishIntention, db.Intentions.Where(i => i.UnitId == org && i.Status == IntentionStatus.Draft));
        }
    }

    /// <summary>The oldest <paramref name="take"/> waiting, kept where the intention's answer offers publishing.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org))
        {
            var drafts = await waiting.AsNoTracking().OrderBy(i => i.CreatedUtc).Take(take).ToListAsync(ct);
            items.AddRange(drafts.Where(i => IntentionSteps.For(i, standing).Allows(IntentionStep.Publish))
                .Select(i => new WorkItem(kind, i.ProjectName, "/intentions", DateTime.SpecifyKind(i.CreatedUtc, DateTimeKind.Utc))));
        }

        return items;
    }
}
