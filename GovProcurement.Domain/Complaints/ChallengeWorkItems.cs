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
    /// <summary>The inquiries waiting for an answer from the actor: the respondent's own condition (<see cref="Respondent"/>) and the status the answer leaves from.</summary>
    public static IEnumerable<WorkQuery<Inquiry>> WaitingInquiries(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        var (asPurchaser, asAgency) = RespondsAs(standing);
        if (asPurchaser || asAgency)
        {
            yield return new(WorkKind.AnswerInquiry, db.Inquiries.Where(i => ((asPurchaser && i.PurchaserId == org) || (asAgency && i.AgencyId == org))
                && i.Status == InquiryStatus.Asked));
        }
    }

    /// <summary>The challenges waiting for the actor's written answer, on the same condition.</summary>
    public static IEnumerable<WorkQuery<Challenge>> WaitingChallenges(GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        var (asPurchaser, asAgency) = RespondsAs(standing);
        if (asPurchaser || asAgency)
        {
            yield return new(WorkKind.AnswerChallenge, db.Challenges.Where(c => ((asPurchaser && c.PurchaserId == org) || (asAgency && c.AgencyId == org))
                && c.Status == ChallengeStatus.Filed));
        }
    }

    /// <summary>The complaints the finance department of their region checks (received) and decides (accepted), the complaint answer's own condition.</summary>
    public static IEnumerable<WorkQuery<Complaint>> WaitingComplaints(GovProcurementDbContext db, ActorStanding standing)
    {
        if (standing.IsIn(Roles.Regulator) && standing.Kind == OrganizationKind.Regulator && standing.RegionCode is { } region)
        {
            yield return new(WorkKind.CheckComplaint, db.Complaints.Where(c => c.RegionCode == region && c.Status == ComplaintStatus.Filed));
            yield return new(WorkKind.DecideComplaint, db.Complaints.Where(c => c.RegionCode == region && c.Status == ComplaintStatus.Accepted));
        }
    }

    /// <summary>Counts every kind above into the tally, in the store.</summary>
    public static void Tally(WorkTally tally, GovProcurementDbContext db, ActorStanding standing, Guid org)
    {
        tally.Add(WaitingInquiries(db, standing, org));
        tally.Add(WaitingChallenges(db, standing, org));
        tally.Add(WaitingComplaints(db, standing));
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateOnly today, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (_, waiting) in WaitingInquiries(db, standing, org))
        {
            var inquiries = await waiting.AsNoTracking().OrderBy(i => i.AskedUtc).Take(take).ToListAsync(ct);
            items.AddRange(inquiries.Where(i => InquirySteps.For(i, standing).Allows(InquiryAction.Answer))
                .Select(i => new WorkItem(WorkKind.AnswerInquiry, $"{i.ProjectNumber} {i.SupplierName}", $"/projects/{i.ProjectId}/challenges", i.AskedUtc,
                    Calendar.WorkingDayCalendar.China.WorkingDaysBetween(i.AskedOn, today))));
        }

        foreach (var (_, waiting) in WaitingChallenges(db, standing, org))
        {
            var challenges = await waiting.AsNoTracking().OrderBy(c => c.FiledUtc).Take(take).ToListAsync(ct);
            items.AddRange(challenges.Where(c => c.Allows(ChallengeAction.Answer) && Respondent.WhyNot(c.PurchaserId, c.AgencyId, standing) is null)
                .Select(c => new WorkItem(WorkKind.AnswerChallenge, $"{c.Number} {c.ProjectTitle} · {c.SupplierName}", $"/challenges/{c.Id}", c.FiledUtc,
                    Calendar.WorkingDayCalendar.China.WorkingDaysBetween(c.FiledOn, today))));
        }

        foreach (var (kind, waiting) in WaitingComplaints(db, standing))
        {
            var step = kind == WorkKind.CheckComplaint ? ComplaintAction.Accept : ComplaintAction.Decide;
            var complaints = await waiting.AsNoTracking().OrderBy(c => c.FiledUtc).Take(take).ToListAsync(ct);
            items.AddRange(complaints.Where(c => ComplaintSteps.For(c, standing).Allows(step))
                .Select(c => new WorkItem(kind, $"{c.Number} {c.ProjectTitle} · {c.SupplierName}", $"/complaints/{c.Id}", c.FiledUtc,
                    Calendar.WorkingDayCalendar.China.WorkingDaysBetween(c.FiledOn, today))));
        }

        return items;
    }

    /// <summary>In which capacity the actor answers (<see cref="Respondent"/>): the purchaser's operator for its unit, the agency for itself.</summary>
    private static (bool AsPurchaser, bool AsAgency) RespondsAs(ActorStanding standing) => (standing.IsIn(Roles.PurchaserOperator), standing.IsIn(Roles.Agency));
}
