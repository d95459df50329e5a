using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Projects;

/// <summary>A statutory date of a project, with the reason and the rule it comes from.</summary>
public sealed record StatutoryDate(PeriodKind Kind, DateOnly Date, Bilingual Reason, string Citation);

public enum PeriodKind
{
    AnnouncementEnds = 1,
    DocumentsAvailableUntil = 2,
    EarliestDeadline = 3,
    EarliestSingleSourceAward = 4,
    LatestClarification = 5,
    EvaluationReportDue = 6,
    PurchaserDecisionDue = 7,
    ResultPublicationDue = 8,
    ResultAnnouncementEnds = 9,
}

/// <summary>
/// Computes every statutory period of a project from the rule table (values and citations) and
/// the working-day calendar (holidays and make-up working weekends). A period whose last day is
/// not a working day ends on the next working day (民法典第二百零三条).
/// </summary>
public sealed class ProjectPeriods(RuleSet rules, WorkingDayCalendar calendar)
{
    private const string LastDayRule = "《中华人民共和国民法典》第二百零三条：期限的最后一日是法定休假日的，以法定休假日结束的次日为期限的最后一日";

    /// <summary>The dates that follow from publishing the procurement announcement on <paramref name="published"/>.</summary>
    public IReadOnlyList<StatutoryDate> AfterAnnouncement(ProcurementMethod method, string regionCode, DateOnly published, bool singleSourceNoticeRequired)
    {
        var dates = new List<StatutoryDate>();
        if (method is ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender)
        {
            dates.Add(WorkingDays(PeriodKind.AnnouncementEnds, RuleKind.TenderAnnouncementWorkingDays, regionCode, published, "公告期", "announcement period"));
            dates.Add(WorkingDays(PeriodKind.DocumentsAvailableUntil, RuleKind.TenderDocumentsWorkingDays, regionCode, published, "招标文件提供期限", "documents available"));
            dates.Add(CalendarDays(PeriodKind.EarliestDeadline, RuleKind.TenderMinDaysToDeadline, regionCode, published, "投标截止时间", "bid deadline"));
        }
        else if (method == ProcurementMethod.SingleSource)
        {
            if (singleSourceNoticeRequired)
            {
                dates.Add(WorkingDays(PeriodKind.EarliestSingleSourceAward, RuleKind.SingleSourceNoticeWorkingDays, regionCode, published, "单一来源公示期", "single-source notice period"));
            }
        }
        else
        {
            dates.Add(WorkingDays(PeriodKind.AnnouncementEnds, RuleKind.NonTenderAnnouncementWorkingDays, regionCode, published, "公告期", "announcement period"));
            dates.Add(method == ProcurementMethod.CompetitiveConsultation
                ? CalendarDays(PeriodKind.EarliestDeadline, RuleKind.ConsultationMinDaysToDeadline, regionCode, published, "首次响应文件截止时间", "first response deadline")
                : WorkingDays(PeriodKind.EarliestDeadline, RuleKind.NegotiationMinWorkingDaysToDeadline, regionCode, published, "响应文件截止时间", "response deadline"));
        }

        return dates;
    }

    /// <summary>The last day a clarification or change can be issued without moving the deadline.</summary>
    public StatutoryDate LatestClarification(ProcurementMethod method, string regionCode, DateOnly deadline)
    {
        var (kind, working) = ClarificationRule(method);
        var rule = Require(kind, regionCode, deadline);
        var day = working ? SubtractWorkingDays(deadline, (int)rule.Value) : deadline.AddDays(-(int)rule.Value);
        var unit = working ? ("个工作日", "working days") : ("日", "days");
        return new StatutoryDate(PeriodKind.LatestClarification, day,
            new($"澄清或修改应在截止时间至少 {rule.Value} {unit.Item1}前发出", $"Clarifications go out at least {rule.Value} {unit.Item2} before the deadline"), rule.Citation);
    }

    /// <summary>
    /// The deadline after a clarification issued on <paramref name="issued"/>: unchanged when early
    /// enough, otherwise pushed out to the statutory lead after the clarification.
    /// </summary>
    public DateOnly DeadlineAfterClarification(ProcurementMethod method, string regionCode, DateOnly issued, DateOnly deadline)
    {
        var (kind, working) = ClarificationRule(method);
        var rule = Require(kind, regionCode, issued);
        var earliest = working ? calendar.AddWorkingDays(issued, (int)rule.Value) : NextWorkingDayFrom(issued.AddDays((int)rule.Value));
        return earliest > deadline ? earliest : deadline;
    }

    /// <summary>The dates after the evaluation ends on <paramref name="evaluated"/>.</summary>
    public IReadOnlyList<StatutoryDate> AfterEvaluation(string regionCode, DateOnly evaluated) =>
    [
        WorkingDays(PeriodKind.EvaluationReportDue, RuleKind.EvaluationReportWorkingDays, regionCode, evaluated, "评审报告送交采购人", "report to the purchaser"),
        WorkingDays(PeriodKind.PurchaserDecisionDue, RuleKind.PurchaserDecisionWorkingDays, regionCode, evaluated, "采购人确定中标（成交）供应商", "purchaser confirms the winner"),
    ];

    /// <summary>The dates after the purchaser confirms the winner on <paramref name="decided"/>.</summary>
    public IReadOnlyList<StatutoryDate> AfterDecision(string regionCode, DateOnly decided)
    {
        var publication = WorkingDays(PeriodKind.ResultPublicationDue, RuleKind.ResultPublicationWorkingDays, regionCode, decided, "发布结果公告并发出通知书", "publish the result and the award notice");
        return [publication];
    }

    /// <summary>The last day of the result announcement published on <paramref name="published"/>.</summary>
    public StatutoryDate ResultAnnouncementEnds(string regionCode, DateOnly published) =>
        WorkingDays(PeriodKind.ResultAnnouncementEnds, RuleKind.ResultAnnouncementWorkingDays, regionCode, published, "结果公告期", "result announcement period");

    public DateOnly NextWorkingDayFrom(DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static (RuleKind Kind, bool Working) ClarificationRule(ProcurementMethod method) => method switch
    {
        ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender => (RuleKind.TenderClarificationLeadDays, false),
        ProcurementMethod.CompetitiveConsultation => (RuleKind.ConsultationClarificationLeadDays, false),
        _ => (RuleKind.NegotiationClarificationLeadWorkingDays, true),
    };

    private StatutoryDate WorkingDays(PeriodKind kind, RuleKind ruleKind, string regionCode, DateOnly from, string zh, string en)
    {
        var rule = Require(ruleKind, regionCode, from);
        var day = calendar.AddWorkingDays(from, (int)rule.Value);
        return new StatutoryDate(kind, day, new($"{zh}：{from:yyyy-MM-dd} 起 {rule.Value} 个工作日，至 {day:yyyy-MM-dd}", $"{en}: {rule.Value} working days from {from:yyyy-MM-dd}, to {day:yyyy-MM-dd}"), rule.Citation);
    }

    private StatutoryDate CalendarDays(PeriodKind kind, RuleKind ruleKind, string regionCode, DateOnly from, string zh, string en)
    {
        var rule = Require(ruleKind, regionCode, from);
        var plain = from.AddDays((int)rule.Value);
        var day = NextWorkingDayFrom(plain);
        var (note, noteEn, citation) = day == plain ? ("", "", rule.Citation) : ($"（{plain:yyyy-MM-dd} 为休息日，顺延）", $" ({plain:yyyy-MM-dd} is a rest day, moved on)", $"{rule.Citation}；{LastDayRule}");
        return new StatutoryDate(kind, day, new($"{zh}：{from:yyyy-MM-dd} 起不少于 {rule.Value} 日，最早 {day:yyyy-MM-dd}{note}", $"{en}: at least {rule.Value} days from {from:yyyy-MM-dd}, earliest {day:yyyy-MM-dd}{noteEn}"), citation);
    }

    private DateOnly SubtractWorkingDays(DateOnly from, int count)
    {
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                count--;
            }
        }

        return day;
    }

    private ProcurementRule Require(RuleKind kind, string regionCode, DateOnly day) =>
        rules.Find(kind, regionCode, day) ?? throw new DomainException($"规则表缺少“{kind}”在 {day:yyyy-MM-dd} 有效的规则，请联系管理员。", $"The rule table has no {kind} rule in force on {day:yyyy-MM-dd}.");
}
