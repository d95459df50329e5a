using System.Security.Cryptography;
using System.Text;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// The exact text of the acceptance record (验收书) both parties confirm, one fact per line in a fixed order, and its
/// SHA-256 digest: the contract and its text's digest, the round's deliveries, the plan and its group, each item's
/// check and the result. Any change to the record changes the digest and voids the confirmations given before.
/// </summary>
public static class AcceptanceText
{
    public static string Of(ContractAcceptance a)
    {
        var text = new StringBuilder();
        text.AppendLine($"政府采购履约验收书 {a.Number}（第{a.Round}次验收）");
        text.AppendLine($"合同：{a.ContractNumber} {a.Title}；合同文本校验码：{a.ContractDigest}");
        text.AppendLine($"采购人：{a.PurchaserName}；供应商：{a.SupplierName}");
        var items = a.Items;
        foreach (var (delivery, i) in a.Deliveries.Where(d => d.Round == a.Round).Select((d, i) => (d, i + 1)))
        {
            var lines = string.Join("，", delivery.Lines.Select(l => $"{Name(items, l.Item)} {l.Quantity}{Unit(items, l.Item)}"));
            text.AppendLine($"交付{i}：{delivery.On:yyyy-MM-dd}，{lines}{(delivery.Note.Length > 0 ? "；" + delivery.Note : "")}");
        }

        text.AppendLine($"交付完毕日期：{a.DeliveredOn:yyyy-MM-dd}");
        text.AppendLine($"验收日期：{a.PlannedOn:yyyy-MM-dd}；验收方式：{(a.Method is { } m ? AcceptanceTexts.Method(m).Zh : "")}；公共服务项目：{(a.PublicService ? "是" : "否")}");
        foreach (var (member, i) in a.Members.Select((m, i) => (m, i + 1)))
        {
            text.AppendLine($"验收小组成员{i}：{member.Name}（{AcceptanceTexts.Role(member.Role).Zh}）");
        }

        foreach (var check in a.Checks)
        {
            text.AppendLine($"标的{check.Item}：{Name(items, check.Item)}：技术{Mark(check.Technical)}；服务{Mark(check.Service)}；安全{Mark(check.Safety)}{(check.Note is { Length: > 0 } n ? "；" + n : "")}");
        }

        text.AppendLine($"验收结论：{(a.ResultPassed is { } passed ? Mark(passed) : "")}{(a.ResultNote is { Length: > 0 } note ? "；" + note : "")}");
        return text.ToString();
    }

    public static string Digest(ContractAcceptance acceptance) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(acceptance))));

    internal static string Mark(bool passed) => passed ? "合格" : "不合格";

    private static string Name(IReadOnlyList<Contracts.ContractItem> items, int item) => item >= 1 && item <= items.Count ? items[item - 1].Name : $"#{item}";

    private static string Unit(IReadOnlyList<Contracts.ContractItem> items, int item) => item >= 1 && item <= items.Count ? items[item - 1].Unit : "";
}
