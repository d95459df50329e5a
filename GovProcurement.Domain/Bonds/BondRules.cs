using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Bonds;

/// <summary>One number of the bond rules as it applied, with its source.</summary>
public sealed record BondRule(int Value, string Citation);

/// <summary>The bond rules in force for a region on a day.</summary>
public sealed record BondTerms(BondRule BidBondMaxShare, BondRule PerformanceBondMaxShare, BondRule BidBondLoserRefundWorkingDays,
    BondRule BidBondWinnerRefundWorkingDays, BondRule PerformanceBondRefundWorkingDays);

/// <summary>
/// The rules of bid and performance bonds as data (block 220–229): the caps of 实施条例第三十三、四十八条 and the
/// refund periods of 实施条例第三十三条. The performance bond's refund period is not set by the regulation; the
/// default (5 working days after the end of the contract's performance period) is marked 待核实.
/// </summary>
public static class BondRules
{
    private const string Regulation = "《中华人民共和国政府采购法实施条例》";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var from = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        ProcurementRule Row(RuleKind kind, int value, RuleUnit unit, string citation) => new(kind, value, unit, province, from, null, citation);

        yield return Row(RuleKind.BidBondMaxShare, 200, RuleUnit.BasisPoints,
            Regulation + "第三十三条：投标保证金不得超过采购项目预算金额的2%");
        yield return Row(RuleKind.PerformanceBondMaxShare, 1000, RuleUnit.BasisPoints,
            Regulation + "第四十八条：履约保证金的数额不得超过政府采购合同金额的10%");
        yield return Row(RuleKind.BidBondLoserRefundWorkingDays, 5, RuleUnit.WorkingDays,
            Regulation + "第三十三条：自中标通知书发出之日起5个工作日内退还未中标供应商的投标保证金");
        yield return Row(RuleKind.BidBondWinnerRefundWorkingDays, 5, RuleUnit.WorkingDays,
            Regulation + "第三十三条：自政府采购合同签订之日起5个工作日内退还中标供应商的投标保证金");
        yield return Row(RuleKind.PerformanceBondRefundWorkingDays, 5, RuleUnit.WorkingDays,
            "履约保证金按合同约定退还；平台默认自合同履行期限届满之日起5个工作日内退还（待核实：实施条例第四十八条未规定退还期限，参照第三十三条的5个工作日）");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static BondTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        BondRule Find(RuleKind kind)
        {
            var rule = rules.Find(kind, regionCode, day)
                ?? throw new DomainException($"未配置保证金规则“{kind}”，请联系平台管理员。", $"The bond rule {kind} is not configured; contact the platform administrator.");
            return new BondRule((int)rule.Value, rule.Citation);
        }

        return new BondTerms(Find(RuleKind.BidBondMaxShare), Find(RuleKind.PerformanceBondMaxShare), Find(RuleKind.BidBondLoserRefundWorkingDays),
            Find(RuleKind.BidBondWinnerRefundWorkingDays), Find(RuleKind.PerformanceBondRefundWorkingDays));
    }

    /// <summary>The largest bond the share allows of the basis, rounded down to the fen.</summary>
    public static Money Cap(Money basis, BondRule share) => new(basis.Fen * share.Value / 10_000);

    /// <summary>
    /// Why a bid bond of <paramref name="amount"/> on a budget of <paramref name="budget"/> is refused, or null when it is
    /// above zero and within the cap (exactly at it is allowed).
    /// </summary>
    public static Refusal? BidBondRefusal(Money budget, Money amount, BondTerms terms) =>
        Refusal(amount, budget, terms.BidBondMaxShare, "投标保证金", "bid bond", "预算金额", "budget");

    /// <summary>Why a performance bond of <paramref name="amount"/> on a contract of <paramref name="contractAmount"/> is refused, or null.</summary>
    public static Refusal? PerformanceBondRefusal(Money contractAmount, Money amount, BondTerms terms) =>
        Refusal(amount, contractAmount, terms.PerformanceBondMaxShare, "履约保证金", "performance bond", "合同金额", "contract amount");

    private static Refusal? Refusal(Money amount, Money basis, BondRule share, string whatZh, string whatEn, string basisZh, string basisEn)
    {
        if (amount.Fen <= 0)
        {
            return new Refusal($"{whatZh}金额须大于零。", $"The {whatEn} must be above zero.");
        }

        var cap = Cap(basis, share);
        var percent = share.Value / 100m;
        return amount <= cap ? null : new Refusal(
            $"{whatZh} {amount} 超过{basisZh} {basis} 的 {percent:0.##}%（上限 {cap}）。",
            $"A {whatEn} of {amount} exceeds {percent:0.##}% of the {basisEn} {basis} (cap {cap}).",
            share.Citation);
    }
}
