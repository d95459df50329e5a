using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// 财库〔2020〕10号: intentions are public in principle at least N days (a rule row) before the
/// procurement starts. Small purchases in the e-mall and from framework winners (协议供货、定点采购)
/// and anything that is not government procurement are exempt.
/// </summary>
public static class IntentionLeadCheck
{
    public static RuleReason? Check(ProcurementIntention? intention, DateOnly expectedStart, ProcurementRoute? route, RoutingDecision decision, RuleSet rules, string regionCode, DateOnly today)
    {
        if (!decision.IsGovernmentProcurement || route is ProcurementRoute.EMallSimpleProcurement or ProcurementRoute.FrameworkWinners
            || rules.Find(RuleKind.IntentionLeadDays, regionCode, today) is not { } rule)
        {
            return null;
        }

        var source = new Common.Bilingual(rule.Citation, rule.Citation);
        if (intention is not { Status: IntentionStatus.Published, PublishedUtc: { } publishedUtc })
        {
            return new RuleReason(new("本计划未关联已公开的采购意向；政府采购项目应先公开采购意向。", "No published intention is linked; government procurement discloses its intention first."), source);
        }

        var published = DateOnly.FromDateTime(publishedUtc.Add(Common.Clock.ChinaOffset));
        var days = expectedStart.DayNumber - published.DayNumber;
        return days >= rule.Value
            ? null
            : new RuleReason(new(
                $"采购意向于 {published:yyyy-MM-dd} 公开，距预计开始日期仅 {days} 天，少于 {rule.Value} 天。",
                $"The intention was published on {published:yyyy-MM-dd}, only {days} days before the expected start (fewer than {rule.Value})."), source);
    }
}
