using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Plans;

/// <summary>What the intention check found: the reason to show and, for a late intention, its figures.</summary>
public sealed record IntentionLeadFinding(RuleReason Reason, DateOnly? PublishedOn, int Days, int RequiredDays)
{
    public bool IsLate => PublishedOn is not null;
}

/// <summary>
/// 财库〔2020〕10号: intentions are public in principle at least N days (a rule row) before the
/// procurement starts. The start is the plan's expected start, the row is the one in force on that
/// day, and days are calendar days in China: published on the start day is 0 days. Small purchases
/// in the e-mall and from framework winners (协议供货、定点采购) and anything that is not government
/// procurement are exempt. The plan form, the submission and the supervision dashboard all ask here.
/// </summary>
public static class IntentionLeadCheck
{
    public static IntentionLeadFinding? Check(ProcurementIntention? intention, DateOnly expectedStart, ProcurementRoute? route, bool isGovernmentProcurement, RuleSet rules, string regionCode) =>
        CheckPublishedAt(intention is { Status: IntentionStatus.Published, PublishedUtc: { } publishedUtc } ? publishedUtc : null, expectedStart, route, isGovernmentProcurement, rules, regionCode);

    /// <param name="publishedUtc">When the linked intention was published; null when none is linked or it is not public.</param>
    public static IntentionLeadFinding? CheckPublishedAt(DateTime? publishedUtc, DateOnly expectedStart, ProcurementRoute? route, bool isGovernmentProcurement, RuleSet rules, string regionCode)
    {
        if (!isGovernmentProcurement || route is ProcurementRoute.EMallSimpleProcurement or ProcurementRoute.FrameworkWinners or ProcurementRoute.NotGovernmentProcurement
            || rules.Find(RuleKind.IntentionLeadDays, regionCode, expectedStart) is not { } rule)
        {
            return null;
        }

        var source = new Common.Bilingual(rule.Citation, rule.Citation);
        var required = (int)rule.Value;
        if (publishedUtc is not { } published)
        {
            return new IntentionLeadFinding(new RuleReason(new("本计划未关联已公开的采购意向；政府采购项目应先公开采购意向。",
                "No published intention is linked; government procurement discloses its intention first."), source), null, 0, required);
        }

        var publishedOn = DateOnly.FromDateTime(published.Add(Common.Clock.ChinaOffset));
        var days = expectedStart.DayNumber - publishedOn.DayNumber;
        return days >= required
            ? null
            : new IntentionLeadFinding(new RuleReason(new(
                $"采购意向于 {publishedOn:yyyy-MM-dd} 公开，距预计开始日期 {expectedStart:yyyy-MM-dd} 仅 {days} 天，少于 {required} 天。",
                $"The intention was published on {publishedOn:yyyy-MM-dd}, only {days} days before the expected start {expectedStart:yyyy-MM-dd} (fewer than {required})."), source),
                publishedOn, days, required);
    }
}
