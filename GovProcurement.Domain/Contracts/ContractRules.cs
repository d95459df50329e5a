using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Contracts;

/// <summary>One number of the contract rules as it applied, with its source.</summary>
public sealed record ContractRule(int Value, string Citation);

/// <summary>
/// The contract rules in force for a region on a day; the performance bond's cap is the bond rules' row
/// (<see cref="RuleKind.PerformanceBondMaxShare"/>), which the contract's bond term is held to.
/// </summary>
public sealed record ContractTerms(ContractRule SigningDays, ContractRule PublicationWorkingDays, ContractRule FilingWorkingDays,
    ContractRule AddOnShareBasisPoints, ContractRule PaymentTermDays, ContractRule AgreedPaymentTermDays, ContractRule PerformanceBondMaxShare);

/// <summary>
/// The rules of government procurement contracts as data (<see cref="RuleKind.ContractSigningDays"/> and its
/// neighbours, block 201–219). The payment figures follow the 2025 revision of 保障中小企业款项支付条例 and
/// are marked 待核实 until checked against the text.
/// </summary>
public static class ContractRules
{
    private const string Law = "《中华人民共和国政府采购法》";
    private const string Regulation = "《中华人民共和国政府采购法实施条例》";
    /// <summary>The add-on article, cited wherever an add-on is refused.</summary>
    public const string AddOnCitation = Law + "第四十九条";

    private const string SmePayment = "《保障中小企业款项支付条例》（国务院令第802号修订，2025年6月1日起施行）";

    /// <summary>The regulation's first version, in force when the platform went live, with the same periods.</summary>
    private const string FirstSmePayment = "《保障中小企业款项支付条例》（国务院令第728号，2020年9月1日起施行）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var live = new DateOnly(2021, 1, 1);
        var province = RegionDirectory.ProvinceCode;
        yield return new(RuleKind.ContractSigningDays, 30, RuleUnit.Days, province, live, null,
            Law + "第四十六条：自中标、成交通知书发出之日起三十日内签订政府采购合同");
        yield return new(RuleKind.ContractPublicationWorkingDays, 2, RuleUnit.WorkingDays, province, live, null,
            Regulation + "第五十条：自政府采购合同签订之日起2个工作日内公告");
        yield return new(RuleKind.ContractFilingWorkingDays, 7, RuleUnit.WorkingDays, province, live, null,
            Law + "第四十七条：自合同签订之日起七个工作日内，将合同副本报同级政府采购监督管理部门备案");
        yield return new(RuleKind.ContractAddOnShare, 1000, RuleUnit.BasisPoints, province, live, null,
            Law + "第四十九条：补充合同的采购金额不得超过原合同采购金额的百分之十");
        // Contracts awarded before the 2025 revision count on the first version (its article 8 gives the same 30 and 60 days).
        yield return new(RuleKind.ContractPaymentTermDays, 30, RuleUnit.Days, province, live, null,
            FirstSmePayment + "第八条：自货物、工程、服务交付之日起30日内支付款项（待核实）");
        yield return new(RuleKind.ContractAgreedPaymentTermDays, 60, RuleUnit.Days, province, live, null,
            FirstSmePayment + "第八条：合同另有约定的，付款期限最长不得超过60日（待核实）");
        yield return new(RuleKind.ContractPaymentTermDays, 30, RuleUnit.Days, province, new DateOnly(2025, 6, 1), null,
            SmePayment + "：自货物、工程、服务交付之日起30日内支付款项；合同约定以验收合格为支付条件的，自验收合格之日起30日内支付（待核实）");
        yield return new(RuleKind.ContractAgreedPaymentTermDays, 60, RuleUnit.Days, province, new DateOnly(2025, 6, 1), null,
            SmePayment + "：合同另有约定的，付款期限最长不得超过60日（待核实）");
    }

    /// <summary>The terms in force in the region on the day; a missing row is a configuration error the administrator must fix.</summary>
    public static ContractTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        ContractRule Find(RuleKind kind)
        {
            var rule = rules.Find(kind, regionCode, day)
                ?? throw new DomainException($"未配置合同规则“{kind}”，请联系平台管理员。", $"The contract rule {kind} is not configured; contact the platform administrator.");
            return new ContractRule((int)rule.Value, rule.Citation);
        }

        return new ContractTerms(Find(RuleKind.ContractSigningDays), Find(RuleKind.ContractPublicationWorkingDays), Find(RuleKind.ContractFilingWorkingDays),
            Find(RuleKind.ContractAddOnShare), Find(RuleKind.ContractPaymentTermDays), Find(RuleKind.ContractAgreedPaymentTermDays),
            Find(RuleKind.PerformanceBondMaxShare));
    }

    /// <summary>The most all add-ons of a contract may add up to: the rule's share of the original amount, rounded down to the fen.</summary>
    public static Money AddOnCap(Money original, ContractTerms terms) => new(original.Fen * terms.AddOnShareBasisPoints.Value / 10_000);

    /// <summary>
    /// Why an add-on (补充合同) of <paramref name="addOn"/> is refused when <paramref name="earlier"/> add-ons exist
    /// already, or null when together they stay within the rule's share of the original amount (exactly at it is allowed).
    /// </summary>
    public static Refusal? AddOnRefusal(Money original, Money earlier, Money addOn, ContractTerms terms)
    {
        var cap = AddOnCap(original, terms);
        var total = earlier + addOn;
        return total <= cap ? null : new Refusal(
            $"补充合同累计 {total} 超过原合同金额 {original} 的 {terms.AddOnShareBasisPoints.Value / 100m:0.##}%（{cap}）。",
            $"Add-ons of {total} in all exceed {terms.AddOnShareBasisPoints.Value / 100m:0.##}% of the original {original} ({cap}).",
            terms.AddOnShareBasisPoints.Citation);
    }
}
