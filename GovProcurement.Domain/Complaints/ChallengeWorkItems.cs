using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// The to-do items of inquiries, challenges and complaints, from the same answers their pages render: the
/// purchaser or agency answers inquiries and challenges; the region's finance department checks received
/// complaints and decides accepted ones.
/// </summary>
public static class ChallengeWorkItems
{
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (standing.IsIn(Roles.PurchaserOperator) || standing.IsIn(Roles.Agency))
        {
            var inquiries = await db.Inquiries.AsNoTracking().Where(i => (i.PurchaserId == org || i.AgencyId == org) && i.Status == InquiryStatus.Asked)
                .OrderBy(i => i.AskedUtc).Take(take).ToListAsync(ct);
            items.AddRange(inquiries.Where(i => InquirySteps.For(i, standing).Allows(InquiryAction.Answer))
                .Select(i => new WorkItem(WorkKind.AnswerInquiry, $"{i.ProjectNumber} {i.SupplierName}", $"/projects/{i.ProjectId}/challenges", i.AskedUtc,
                    Calendar.WorkingDayCalendar.China.WorkingDaysBetween(i.AskedOn, today))));
            var challenges = await db.Challenges.AsNoTracking().Where(c => (c.PurchaserId == org || c.AgencyId == org) && c.Status == ChallengeStatus.Filed)
                .OrderBy(c => c.FiledUtc).Take(take).ToListAsync(ct);
            items.AddRange(challenges.Where(c => c.Allows(ChallengeAction.Answer) && Respondent.WhyNot(c.PurchaserId, c.AgencyId, standing) is null)
                .Select(c => new WorkItem(WorkKind.AnswerChallenge, $"{c.Number} {c.ProjectTitle} · {c.SupplierName}", $"/challenges/{c.Id}", c.FiledUtc,
                    Calendar.WorkingDayCalendar.China.WorkingDaysBetween(c.FiledOn, today))));
        }

        if (standing.IsIn(Roles.Regulator) && standing.Kind == OrganizationKind.Regulator && standing.RegionCode is { } region)
        {
            var complaints = await db.Complaints.AsNoTracking()
                .Where(c => c.RegionCode == region && (c.Status == ComplaintStatus.Filed || c.Status == ComplaintStatus.Accepted))
                .OrderBy(c => c.FiledUtc).Take(take).ToListAsync(ct);
            foreach (var c in complaints)
            {
                var steps = ComplaintSteps.For(c, standing);
                var kind = steps.Allows(ComplaintAction.Accept) ? WorkKind.CheckComplaint : steps.Allows(ComplaintAction.Decide) ? WorkKind.DecideComplaint : (WorkKind?)null;
                if (kind is { } k)
                {
                    items.Add(new WorkItem(k, $"{c.Number} {c.ProjectTitle} · {c.SupplierName}", $"/complaints/{c.Id}", c.FiledUtc,
                        Calendar.WorkingDayCalendar.China.WorkingDaysBetween(c.FiledOn, today)));
                }
            }
        }

        return items;
    }
}
