using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>The numbers of direct purchase in force for a region on a day, each with its source; an order keeps the ones it was placed under.</summary>
public sealed record DirectOrderTerms(TimeSpan Confirmation, string ConfirmationCitation);

/// <summary>
/// The rules of 网上直购 as data (<see cref="RuleKind.DirectOrderConfirmationHours"/>). No Guangdong text
/// giving the supplier's confirmation period has been found: the figure follows the bidding rule
/// sheet's 72 hours and is marked 待核实 until checked against the province's e-mall trading rules.
/// </summary>
public static class OrderRules
{
    public static IEnumerable<ProcurementRule> Defaults()
    {
        yield return new(RuleKind.DirectOrderConfirmationHours, 72, RuleUnit.Hours, RegionDirectory.ProvinceCode, new DateOnly(2021, 1, 1), null,
            "未见广东电子卖场网上直购订单确认时限的规定（待核实）；参照电子卖场网上竞价规则表“成交供应商72小时内确认订单”，暂按72小时");
    }

    public static DirectOrderTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        var rule = rules.Find(RuleKind.DirectOrderConfirmationHours, regionCode, day)
            ?? throw new DomainException("未配置网上直购订单确认时限，请联系平台管理员。", "The direct purchase confirmation period is not configured; contact the platform administrator.");
        return new DirectOrderTerms(TimeSpan.FromHours(rule.Value), rule.Citation);
    }
}
