using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Payments;

/// <summary>The payment rules in force for a contract: the statutory term, the longest agreed term, the late-payment interest and the reminder lead.</summary>
public sealed record PaymentTerms(ContractRule PaymentTermDays, ContractRule AgreedPaymentTermDays, ContractRule InterestBasisPointsDaily, ContractRule ReminderDays)
{
    /// <summary>
    /// The term the contract's instalments are paid within: its own term, never beyond the statutory
    /// 30 days, or the agreed longest (60) where a longer term is agreed; with the rule that bounds it.
    /// </summary>
    public ContractRule TermOf(GovContract contract) => TermOf(contract.PaymentTermDays, contract.LongerTermAgreed);

    /// <summary>The term of a contract whose own term is <paramref name="termDays"/>, a longer term agreed or not, as <see cref="TermOf(GovContract)"/>.</summary>
    public ContractRule TermOf(int termDays, bool longerTermAgreed)
    {
        var cap = longerTermAgreed ? AgreedPaymentTermDays : PaymentTermDays;
        return new ContractRule(Math.Clamp(termDays, 1, cap.Value), cap.Citation);
    }
}

/// <summary>
/// The payment rules as data (block 215–219; the terms themselves are the contract rules 205 and 206).
/// The late-payment interest of 0.05 % a day follows the 2025 revision of 保障中小企业款项支付条例 and is
/// marked 待核实 until checked against the text; the reminder lead is the platform's own setting.
/// </summary>
public static class PaymentRules
{
    private const string SmePayment = "《保障中小企业款项支付条例》（国务院令第802号修订，2025年6月1日起施行）";

    public static IEnumerable<ProcurementRule> Defaults()
    {
        var revision = new DateOnly(2025, 6, 1);
        var province = RegionDirectory.ProvinceCode;
        // Contracts signed before the revision count on the first version (国务院令第728号, 2020-09-01), whose article 15 gives the same rate.
        yield return new(RuleKind.LatePaymentInterestDaily, 5, RuleUnit.BasisPoints, province, new DateOnly(2021, 1, 1), null,
            "《保障中小企业款项支付条例》（国务院令第728号，2020年9月1日起施行）第十五条：合同未约定逾期利息的，按照每日利率万分之五支付逾期利息（待核实）");
        yield return new(RuleKind.LatePaymentInterestDaily, 5, RuleUnit.BasisPoints, province, revision, null,
            SmePayment + "：迟延支付的，合同未约定逾期利息的，按照每日利率万分之五支付逾期利息（待核实）");
        yield return new(RuleKind.PaymentReminderDays, 7, RuleUnit.Days, province, new DateOnly(2021, 1, 1), null,
            "平台提醒设置：付款到期前7日起列入采购人待办（非法定期限）");
    }

    /// <summary>The payment terms in force in the region on the day (the day of signing); a missing row is a configuration error.</summary>
    public static PaymentTerms On(RuleSet rules, string regionCode, DateOnly day)
    {
        ContractRule Find(RuleKind kind)
        {
            var rule = rules.Find(kind, regionCode, day)
                ?? throw new DomainException($"未配置付款规则“{kind}”，请联系平台管理员。", $"The payment rule {kind} is not configured; contact the platform administrator.");
            return new ContractRule((int)rule.Value, rule.Citation);
        }

        return new PaymentTerms(Find(RuleKind.ContractPaymentTermDays), Find(RuleKind.ContractAgreedPaymentTermDays),
            Find(RuleKind.LatePaymentInterestDaily), Find(RuleKind.PaymentReminderDays));
    }
}
