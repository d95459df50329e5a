using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>Whether a supplier may challenge one subject of a project now: the period's start and last day, or why not.</summary>
public sealed record ChallengeOpening(ChallengeSubject Subject, DateOnly? Start, DateOnly? Due, Refusal? WhyNot)
{
    public bool IsAvailable => WhyNot is null;
}

/// <summary>
/// The filing period of a challenge per subject (94号令第十、十一条): who may challenge (a supplier that
/// obtained the documents for them; one that bid for the procedure and the result), where the period
/// starts (the end of the documents' period, or the day the supplier obtained them; the bid opening;
/// the end of the result announcement period), its last day on the working-day calendar, and one
/// challenge per subject and round.
/// </summary>
internal static class ChallengeWindows
{
    private const string Citation = "《政府采购质疑和投诉办法》（财政部令第94号）第十一条";

    public static async Task<ChallengeOpening> ForAsync(GovProcurementDbContext db, ProcurementProject project, Guid supplierId, ChallengeSubject subject,
        RuleSet rules, ChallengeTerms terms, DateOnly today, CancellationToken ct)
    {
        var round = project.CurrentRound;
        var registered = await db.SupplierRegistrations.AsNoTracking().OfCurrentRound(project)
            .Where(r => r.SupplierId == supplierId).Select(r => (DateTime?)r.RegisteredUtc).FirstOrDefaultAsync(ct);
        var bid = await db.Bids.OfCurrentRound(project).AnyAsync(b => b.SupplierId == supplierId && b.Status != BidStatus.Withdrawn, ct);
        if (await db.Challenges.OfCurrentRound(project).AnyAsync(c => c.SupplierId == supplierId && c.Subject == subject, ct))
        {
            return Refused(subject, "贵公司已就本环节提出质疑；同一环节的质疑事项应在一次质疑中提出。",
                "Your company has challenged this stage already; all points of a stage go in one challenge.", "《政府采购质疑和投诉办法》（财政部令第94号）第十条");
        }

        DateOnly? start;
        switch (subject)
        {
            case ChallengeSubject.Documents:
                if (registered is not { } obtained)
                {
                    return Refused(subject, "获取采购文件（报名）的供应商才能对采购文件提出质疑。", "Only a supplier that obtained the documents (registered) challenges them.", Citation);
                }

                start = round.DocumentsUntil ?? BeijingTime.Day(obtained);
                break;
            case ChallengeSubject.Procedure:
                if (!bid)
                {
                    return Refused(subject, "参与投标（响应）的供应商才能对采购过程提出质疑。", "Only a supplier that bid challenges the procedure.", Citation);
                }

                start = round.OpenedUtc is { } opened ? BeijingTime.Day(opened) : null;
                if (start is null)
                {
                    return Refused(subject, "开标后才能对采购过程提出质疑。", "The procedure can be challenged after the bid opening.", Citation);
                }

                break;
            default:
                if (!bid)
                {
                    return Refused(subject, "参与投标（响应）的供应商才能对采购结果提出质疑。", "Only a supplier that bid challenges the result.", Citation);
                }

                if (project.ResultPublishedUtc is not { } published)
                {
                    return Refused(subject, "结果公告发布后才能对采购结果提出质疑。", "The result can be challenged once it is announced.", Citation);
                }

                var period = (int)(rules.Find(RuleKind.ResultAnnouncementWorkingDays, project.RegionCode, BeijingTime.Day(published))?.Value ?? 1);
                start = WorkingDayCalendar.China.AddWorkingDays(BeijingTime.Day(published), period);
                break;
        }

        var due = ChallengeDeadlines.FilingDue(start.Value, terms, WorkingDayCalendar.China);
        return today <= due
            ? new ChallengeOpening(subject, start, due, null)
            : new ChallengeOpening(subject, start, due, new Refusal($"质疑期限已过：应在 {due:yyyy-MM-dd} 前提出（自 {start:yyyy-MM-dd} 起 {terms.ChallengeFiling.Value} 个工作日）。",
                $"The challenge period is over: the last day was {due:yyyy-MM-dd} ({terms.ChallengeFiling.Value} working days from {start:yyyy-MM-dd}).", terms.ChallengeFiling.Citation));
    }

    private static ChallengeOpening Refused(ChallengeSubject subject, string zh, string en, string citation) => new(subject, null, null, new Refusal(zh, en, citation));
}
