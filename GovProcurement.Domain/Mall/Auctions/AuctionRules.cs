using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>The numbers of a reverse auction in force for a region on a day, each with its source; an auction keeps the ones it was posted under.</summary>
public sealed record AuctionTerms(
    int MinimumBidders, string MinimumBiddersCitation,
    TimeSpan ExtensionTrigger, TimeSpan Extension, int MaximumExtensions, string ExtensionCitation,
    int MinimumStepBasisPoints, string MinimumStepCitation,
    TimeSpan MinimumLead, string MinimumLeadCitation,
    TimeSpan MinimumDuration, string MinimumDurationCitation)
{
    /// <summary>The smallest step the purchaser may set for the ceiling: its share in basis points, rounded up to the fen, at least one fen.</summary>
    public Money MinimumStep(Money ceiling) => new(Math.Max(1, (ceiling.Fen * MinimumStepBasisPoints + 9_999) / 10_000));
}

/// <summary>
/// The rules of 电子反拍 as data (<see cref="RuleKind.AuctionMinimumBidders"/> and its neighbours). No
/// Guangdong text has been found: the parameters are those seen in e-mall vendors' auction engines
/// (DOMAIN.md, e-mall section) and every figure is marked 待核实 until checked against the province's
/// e-mall trading rules.
/// </summary>
public static class AuctionRules
{
    private const string Engines = "电子卖场电子反拍规则（参照电子卖场厂商反拍引擎的参数；广东电子卖场交易规则原文待核实）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var live = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        yield return new(RuleKind.AuctionMinimumBidders, 3, RuleUnit.Count, province, live, null, Engines + "：参与报价的供应商不足3家的，反拍失败（待核实）");
        yield return new(RuleKind.AuctionExtensionTriggerMinutes, 5, RuleUnit.Minutes, province, live, null, Engines + "：结束前5分钟内有有效报价的，自动延时（待核实）");
        yield return new(RuleKind.AuctionExtensionMinutes, 5, RuleUnit.Minutes, province, live, null, Engines + "：每次延时5分钟（待核实）");
        yield return new(RuleKind.AuctionMaximumExtensions, 6, RuleUnit.Count, province, live, null, Engines + "：最多延时6次（待核实）");
        yield return new(RuleKind.AuctionMinimumStepBasisPoints, 10, RuleUnit.BasisPoints, province, live, null, Engines + "：报价幅度不低于最高限价的0.1%（待核实）");
        yield return new(RuleKind.AuctionMinimumLeadHours, 24, RuleUnit.Hours, province, live, null, Engines + "：反拍公告发布至开始不少于24小时（待核实）");
        yield return new(RuleKind.AuctionMinimumDurationMinutes, 30, RuleUnit.Minutes, province, live, null, Engines + "：反拍时长不少于30分钟（待核实）");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static AuctionTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        ProcurementRule Find(RuleKind kind) => rules.Find(kind, regionCode, day)
            ?? throw new DomainException($"未配置电子反拍规则“{kind}”，请联系平台管理员。", $"The reverse auction rule {kind} is not configured; contact the platform administrator.");
        var minimum = Find(RuleKind.AuctionMinimumBidders);
        var trigger = Find(RuleKind.AuctionExtensionTriggerMinutes);
        var extension = Find(RuleKind.AuctionExtensionMinutes);
        var cap = Find(RuleKind.AuctionMaximumExtensions);
        var step = Find(RuleKind.AuctionMinimumStepBasisPoints);
        var lead = Find(RuleKind.AuctionMinimumLeadHours);
        var duration = Find(RuleKind.AuctionMinimumDurationMinutes);
        return new AuctionTerms((int)minimum.Value, minimum.Citation,
            TimeSpan.FromMinutes(trigger.Value), TimeSpan.FromMinutes(extension.Value), (int)cap.Value, Cite(trigger, extension, cap),
            (int)step.Value, step.Citation, TimeSpan.FromHours(lead.Value), lead.Citation, TimeSpan.FromMinutes(duration.Value), duration.Citation);
    }

    private static string Cite(params ProcurementRule[] rules)
    {
        var text = string.Join("；", rules.Select(r => r.Citation).Distinct());
        return text.Length <= ProcurementRule.CitationMaxLength ? text : text[..ProcurementRule.CitationMaxLength];
    }
}
