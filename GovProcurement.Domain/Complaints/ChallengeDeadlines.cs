using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Complaints;

/// <summary>One deadline of an inquiry, challenge or complaint: what, by when, when it was met (if it was), and the rule it comes from.</summary>
public sealed record ChallengeDeadline(Bilingual What, DateOnly Due, DateOnly? MetOn, string Citation)
{
    /// <summary>Late when met after the due day, or still open after it; on the due day itself it is in time.</summary>
    public bool IsOverdue(DateOnly today) => (MetOn ?? today) > Due;
}

/// <summary>
/// The periods of 询问、质疑、投诉 on the working-day calendar: each counts working days after its start day
/// (the start day itself not counted), so a last day never falls on a rest day (94号令第四十二条).
/// </summary>
public static class ChallengeDeadlines
{
    /// <summary>The last day to file a challenge whose period runs from <paramref name="start"/>.</summary>
    public static DateOnly FilingDue(DateOnly start, ChallengeTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(start, terms.ChallengeFiling.Value);

    public static DateOnly AnswerDue(Challenge c, ChallengeTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(c.FiledOn, terms.ChallengeAnswer.Value);

    /// <summary>The last day to complain: the rule's working days after the answer period ends, answered or not (94号令第十七条).</summary>
    public static DateOnly ComplaintDue(Challenge c, ChallengeTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(AnswerDue(c, terms, calendar), terms.ComplaintFiling.Value);

    public static DateOnly InquiryAnswerDue(Inquiry i, ChallengeTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(i.AskedOn, terms.InquiryAnswer.Value);

    public static DateOnly CheckDue(Complaint c, ChallengeTerms terms, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(c.FiledOn, terms.ComplaintCheck.Value);

    /// <summary>The decision's last day: the rule's working days from receipt, plus the working days paused so far (an open pause up to today).</summary>
    public static DateOnly DecisionDue(Complaint c, ChallengeTerms terms, WorkingDayCalendar calendar, DateOnly today)
    {
        var open = c.Pauses.LastOrDefault(p => p.To is null);
        var paused = c.PausedWorkingDays + (open is null ? 0 : calendar.WorkingDaysBetween(open.From, today));
        return calendar.AddWorkingDays(c.FiledOn, terms.ComplaintDecision.Value + paused);
    }

    public static IReadOnlyList<ChallengeDeadline> For(Inquiry i, ChallengeTerms terms, WorkingDayCalendar calendar) =>
    [
        new(new("答复询问", "Answer the inquiry"), InquiryAnswerDue(i, terms, calendar), Day(i.AnsweredUtc), terms.InquiryAnswer.Citation),
    ];

    public static IReadOnlyList<ChallengeDeadline> For(Challenge c, ChallengeTerms terms, WorkingDayCalendar calendar, DateOnly? complainedOn) =>
    [
        new(new("提出质疑", "File the challenge"), FilingDue(c.WindowStart, terms, calendar), c.FiledOn, terms.ChallengeFiling.Citation),
        new(new("书面答复质疑", "Answer in writing"), AnswerDue(c, terms, calendar), Day(c.AnsweredUtc), terms.ChallengeAnswer.Citation),
        new(new("提起投诉（如不满意或未获答复）", "Complain (if unsatisfied or unanswered)"), ComplaintDue(c, terms, calendar), complainedOn, terms.ComplaintFiling.Citation),
    ];

    public static IReadOnlyList<ChallengeDeadline> For(Complaint c, ChallengeTerms terms, WorkingDayCalendar calendar, DateOnly today)
    {
        var list = new List<ChallengeDeadline>
        {
            new(new("审查投诉（受理或不予受理）", "Check the complaint (accept or reject)"), CheckDue(c, terms, calendar), c.CheckedOn, terms.ComplaintCheck.Citation),
        };
        if (c.Status != ComplaintStatus.Rejected)
        {
            list.Add(new(new("作出处理决定（检验、鉴定、专家评审时间不计）", "Decide (testing and expert review excluded)"), DecisionDue(c, terms, calendar, today),
                Day(c.DecidedUtc), terms.ComplaintDecision.Citation));
        }

        return list;
    }

    private static DateOnly? Day(DateTime? utc) => utc is { } value ? BeijingTime.Day(value) : null;
}
