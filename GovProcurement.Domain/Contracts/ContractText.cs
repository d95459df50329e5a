using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// The exact text both parties confirm, one term per line in a fixed order, and its SHA-256 digest.
/// Every term that binds a party is in it, so any change to a term changes the digest and voids the
/// confirmations given on the earlier text.
/// </summary>
public static class ContractText
{
    public static string Of(GovContract c)
    {
        var text = new StringBuilder();
        if (c.IsAddOn)
        {
            text.AppendLine($"政府采购补充合同 {c.Number}");
            text.AppendLine($"原合同：{c.ParentNumber}；补充理由：{c.AddOnReason}");
        }
        else
        {
            text.AppendLine($"{c.Template?.Title.Zh ?? "政府采购合同"} {c.Number}");
        }

        text.AppendLine($"项目/订单：{c.Reference} {c.Title}");
        text.AppendLine($"采购计划编号：{c.PlanNumber}");
        if (c.LotNumbers.Length > 0)
        {
            text.AppendLine($"包组：{c.LotNumbers}");
        }

        text.AppendLine($"采购人（甲方）：{c.PurchaserName}；开户银行：{c.PurchaserBankName}；账号：{c.PurchaserAccount}");
        text.AppendLine($"供应商（乙方）：{c.SupplierName}；开户银行：{c.SupplierBankName}；账号：{c.SupplierAccount}");
        foreach (var (item, i) in c.Items.Select((item, i) => (item, i + 1)))
        {
            text.AppendLine($"标的{i}：{item.Name}，{item.Quantity}{item.Unit}，单价 {Fen(item.UnitPrice)}，金额 {Fen(item.Amount)}");
        }

        text.AppendLine($"合同金额：{Fen(c.Amount)}（人民币{c.AmountInCapitals}）");
        text.AppendLine($"履约期限：{c.PerformanceFrom:yyyy-MM-dd} 至 {c.PerformanceTo:yyyy-MM-dd}；履约地点：{c.PerformancePlace}");
        foreach (var (instalment, i) in c.Instalments.Select((x, i) => (x, i + 1)))
        {
            text.AppendLine($"第{i}期付款：{instalment.ShareBasisPoints / 100m:0.##}%，{ContractTexts.Condition(instalment.Condition).Zh}");
        }

        text.AppendLine($"付款期限：{c.PaymentTermDays}日{(c.LongerTermAgreed ? "（双方约定）" : "")}");
        // Only a contract that states a bond has the line, so the texts (and digests) confirmed before the term existed stay the same.
        if (c.PerformanceBondShare > 0)
        {
            text.AppendLine($"履约保证金：合同金额的{c.PerformanceBondShare / 100m:0.##}%，即 {Fen(c.PerformanceBond)}");
        }

        // Likewise only a contract that names its own late-payment interest has that line.
        if (c.LatePaymentInterestDailyBasisPoints is { } interest)
        {
            text.AppendLine($"逾期付款利息：按每日万分之{interest}（{interest / 100m:0.##}%）计");
        }

        // The kind's term and standing clauses: only contracts written on a template have them, so earlier texts keep their digests.
        if (c.Template is { } template)
        {
            text.AppendLine($"{template.TermLabel.Zh}：{template.Term(c.KindTerm)}");
            foreach (var clause in template.NumberedClauses)
            {
                text.AppendLine(clause);
            }
        }

        text.AppendLine($"中小企业：{(c.Sme ? "是" : "否")}；政府采购融资：{(c.Financing ? "是" : "否")}");
        return text.ToString();
    }

    public static string Digest(GovContract contract) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(contract))));

    private static string Fen(Money amount) => amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture) + "元";
}
