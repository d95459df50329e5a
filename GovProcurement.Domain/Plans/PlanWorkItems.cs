using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Plans;

/// <summary>The to-do items of procurement plans, from the same answer the plan page renders: the unit's reviewer reviews, its operator revises a returned plan, the same-level finance department files.</summary>
public static class PlanWorkItems
{
    /// <summary>
    /// The plans waiting for the actor, by kind, as store queries. Each is the plan answer's own condition
    /// (the role, the unit or the same-level finance department, the status the step leaves from), so the
    /// list shows the oldest of each and the navigation counts each whole.
    /// </summary>
    public static IEnumerable<WorkQuery<ProcurementPlan>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        if (standing.IsIn(Roles.PurchaserReviewer))
        {
            yield return new(WorkKind.ReviewPlan, db.Plans.Where(p => p.UnitId == org && p.Status == PlanStatus.PendingReview));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.RevisePlan, db.Plans.Where(p => p.UnitId == org && p.Status == PlanStatus.Returned));
        }

        if (standing.IsIn(Roles.Regulator) && standing.Kind == OrganizationKind.Regulator && standing.RegionCode is { } region)
        {
            yield return new(WorkKind.FilePlan, db.Plans.Where(p => p.RegionCode == region && p.Status == PlanStatus.PendingFiling));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the plan's answer offers the step; a filing counts its working days.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org))
        {
            var step = kind switch
            {
                WorkKind.ReviewPlan => PlanStep.ApproveAndSubmit,
                WorkKind.RevisePlan => PlanStep.Edit,
                _ => PlanStep.File,
            };
            var plans = await waiting.AsNoTracking().Include(p => p.Events).AsSplitQuery().OrderBy(p => p.UpdatedUtc).Take(take).ToListAsync(ct);
            items.AddRange(plans.Where(p => PlanSteps.For(p, standing).Allows(step)).Select(p =>
            {
                var since = p.Events.Where(e => e.ToStatus == p.Status).Select(e => (DateTime?)e.AtUtc).Max() ?? p.UpdatedUtc;
                since = DateTime.SpecifyKind(since, DateTimeKind.Utc);
                return new WorkItem(kind, p.Title, $"/plans/{p.Id}", since, kind == WorkKind.FilePlan ? WorkingDaysSince(since, today) : null);
            }));
        }

        return items;
    }

    /// <summary>Working days from the Beijing day of <paramref name="sinceUtc"/> to today; null outside the published calendar.</summary>
    private static int? WorkingDaysSince(DateTime sinceUtc, DateOnly today)
    {
        var calendar = WorkingDayCalendar.China;
        var from = BeijingTime.Day(sinceUtc);
        return calendar.Year(from.Year) is null || calendar.Year(today.Year) is null || from > today ? null : calendar.WorkingDaysBetween(from, today);
    }
}
