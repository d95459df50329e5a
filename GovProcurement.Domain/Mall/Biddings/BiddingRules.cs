using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>The numbers of online bidding in force for a region on a day, each with its source; a bidding keeps the ones it was posted under.</summary>
public sealed record BiddingTerms(int MinimumQuotes, string MinimumQuotesCitation, TimeSpan Confirmation, string ConfirmationCitation, TimeSpan MinimumWindow, string MinimumWindowCitation);

/// <summary>
/// The rules of 网上竞价 as data (<see cref="RuleKind.BiddingMinimumQuotes"/> and its neighbours). No
/// Guangdong text has been found: the figures come from one published e-mall rule sheet (platform not
/// named) and are marked 待核实 until checked against the province's e-mall trading rules.
/// </summary>
public static class BiddingRules
{
    private const string RuleSheet = "电子卖场网上竞价规则（一份已公布的规则表，平台未具名；广东电子卖场交易规则原文待核实）";

    /// <summary>How a tie is broken; the rule sheet says only "lowest price wins", so this is the platform's choice until confirmed.</summary>
    public static readonly Bilingual TieRule = new(
        "报价相同时，先提交报价者排名在前（平台规则，待核实）。",
        "Equal prices rank by who quoted first (the platform's rule, to be confirmed).");

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var live = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        yield return new(RuleKind.BiddingMinimumQuotes, 3, RuleUnit.Count, province, live, null, RuleSheet + "：有效报价不足3家的，竞价失败（废标）（待核实）");
        yield return new(RuleKind.BiddingConfirmationHours, 72, RuleUnit.Hours, province, live, null, RuleSheet + "：成交供应商72小时内未确认订单的视为放弃，由排名第二的供应商递补（待核实）");
        yield return new(RuleKind.BiddingMinimumWindowHours, 48, RuleUnit.Hours, province, live, null,
            "未见广东电子卖场竞价报价期限的规定（待核实）；参照 ProZorro 询价（priceQuotation）至少2个工作日，暂按48小时");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static BiddingTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        ProcurementRule Find(RuleKind kind) => rules.Find(kind, regionCode, day)
            ?? throw new DomainException($"未配置网上竞价规则“{kind}”，请联系平台管理员。", $"The online bidding rule {kind} is not configured; contact the platform administrator.");
        var minimum = Find(RuleKind.BiddingMinimumQuotes);
        var confirmation = Find(RuleKind.BiddingConfirmationHours);
        var window = Find(RuleKind.BiddingMinimumWindowHours);
        return new BiddingTerms((int)minimum.Value, minimum.Citation, TimeSpan.FromHours(confirmation.Value), confirmation.Citation,
            TimeSpan.FromHours(window.Value), window.Citation);
    }
}
