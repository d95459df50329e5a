using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>The to-do items of supplier applications: the platform administrator reviews those that await a decision (the review's own rule, <see cref="SupplierApplication.AwaitsReview"/>).</summary>
public static class SupplierApplicationWorkItems
{
    public const string ReviewPage = "/admin/supplier-applications";

    /// <summary>The applications waiting for review, as a store query: the statuses that await a decision.</summary>
    public static IEnumerable<WorkQuery<SupplierApplication>> Waiting(GovProcurementDbContext db, ActorStanding standing)
    {
        if (standing.IsIn(Roles.PlatformAdmin))
        {
            yield return new(WorkKind.ReviewSupplierApplication, db.SupplierApplications
                .Where(a => a.Status == SupplierApplicationStatus.Submitted || a.Status == SupplierApplicationStatus.Resubmitted));
        }
    }

    /// <summary>The oldest <paramref name="take"/> waiting, kept where the application awaits review.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing))
        {
            var applications = await waiting.AsNoTracking().OrderBy(a => a.SubmittedUtc).Take(take).ToListAsync(ct);
            items.AddRange(applications.Where(a => a.AwaitsReview)
                .Select(a => new WorkItem(kind, a.Name, ReviewPage, DateTime.SpecifyKind(a.SubmittedUtc, DateTimeKind.Utc))));
        }

        return items;
    }
}
