using System.Globalization;
using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Maps a contract's acceptance onto the PDF model as the acceptance record (验收书): the contract with its text's
/// digest, the current round's deliveries, the plan and the group, each item checked against the technical, service
/// and safety terms, the result and opinion, both confirmations with who, when and the digest, and the earlier failed
/// rounds; closed by the digest of the record's current text.
/// </summary>
public static class AcceptancePdfs
{
    public static byte[] Record(ContractAcceptance a)
    {
        var confirmed = a.ConfirmedOn is not null && a.ConfirmationOf(ContractParty.Purchaser) is not null && a.ConfirmationOf(ContractParty.Supplier) is not null;
        var title = "政府采购履约验收书" + (confirmed ? "" : "（未经双方确认）");
        var at = a.ConcludedUtc ?? a.CreatedUtc;
        return NoticePdfRenderer.Render(new NoticeDocument(title, a.Number, a.PurchaserName, new DateTimeOffset(at, TimeSpan.Zero), Blocks(a), a.Digest)
        {
            Labels = NoticeLabels.Chinese with { Number = "验收书编号", Issuer = "采购人", PublishedAt = "验收结果记录时间" },
        });
    }

    private static List<NoticeBlock> Blocks(ContractAcceptance a)
    {
        var items = a.Items;
        string Name(int item) => item >= 1 && item <= items.Count ? items[item - 1].Name : $"#{item}";
        var blocks = new List<NoticeBlock>
        {
            new NoticeBlock.KeyValues(
            [
                ("合同编号", a.ContractNumber), ("合同名称", a.Title), ("合同文本校验码", a.ContractDigest),
                ("采购人", a.PurchaserName), ("供应商", a.SupplierName), ("合同金额（元）", Yuan(a.Amount)), ("验收次数", $"第{a.Round}次"),
            ]),
            new NoticeBlock.Heading("一、交付情况"),
            new NoticeBlock.Table(["批次", "交付日期", "交付内容", "说明"],
                a.Deliveries.Where(d => d.Round == a.Round).Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), d.On.ToString("yyyy-MM-dd"),
                    string.Join("，", d.Lines.Select(l => $"{Name(l.Item)} {l.Quantity}{(l.Item <= items.Count ? items[l.Item - 1].Unit : "")}")), d.Note]).ToList(),
                [0.6, 1.2, 4, 2]),
            new NoticeBlock.KeyValues([("交付完毕日期", a.DeliveredOn?.ToString("yyyy-MM-dd") ?? "尚未交付完毕")]),
            new NoticeBlock.Heading("二、验收方案"),
            new NoticeBlock.KeyValues(
            [
                ("验收日期", a.PlannedOn?.ToString("yyyy-MM-dd") ?? "尚未制定"),
                ("验收方式", a.Method is { } m ? AcceptanceTexts.Method(m).Zh : ""),
                ("公共服务项目", a.PublicService ? "是" : "否"),
            ]),
            new NoticeBlock.Table(["序号", "姓名", "身份"],
                a.Members.Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), x.Name, AcceptanceTexts.Role(x.Role).Zh]).ToList(), [0.6, 2, 2]),
            new NoticeBlock.Heading("三、逐项验收（按合同约定的技术、服务、安全标准）"),
            new NoticeBlock.Table(["序号", "标的名称", "技术", "服务", "安全", "说明"],
                a.Checks.Select(c => (IReadOnlyList<string>)[c.Item.ToString(CultureInfo.InvariantCulture), Name(c.Item), Mark(c.Technical), Mark(c.Service), Mark(c.Safety), c.Note ?? ""]).ToList(),
                [0.6, 2.6, 0.9, 0.9, 0.9, 2.6]),
            new NoticeBlock.Heading("四、验收结论"),
            new NoticeBlock.KeyValues([("验收结论", a.ResultPassed is { } passed ? Mark(passed) : "尚未记录"), ("验收意见", a.ResultNote ?? "")]),
            new NoticeBlock.Heading("五、双方确认"),
            new NoticeBlock.Paragraph("采购人与供应商在平台上分别确认本验收书，每次确认记录确认人、确认时间及所确认文本的 SHA-256 校验码；验收书任何改动都会改变校验码，已作出的确认随之失效。"),
            new NoticeBlock.KeyValues(
            [
                ("采购人确认", Confirmation(a.ConfirmationOf(ContractParty.Purchaser))),
                ("供应商确认", Confirmation(a.ConfirmationOf(ContractParty.Supplier))),
                ("验收状态", AcceptanceTexts.Status(a.Status).Zh),
            ]),
        };
        if (a.History.Count > 0)
        {
            blocks.Add(new NoticeBlock.Heading("六、此前不合格的验收"));
            blocks.Add(new NoticeBlock.Table(["次数", "验收日期", "确认日期", "验收意见", "验收书校验码"],
                a.History.Select(h => (IReadOnlyList<string>)[$"第{h.Round}次", h.HeldOn.ToString("yyyy-MM-dd"), h.ConfirmedOn.ToString("yyyy-MM-dd"), h.Note, h.Digest]).ToList(),
                [0.8, 1.2, 1.2, 2.4, 3]));
        }

        return blocks;
    }

    private static string Mark(bool passed) => AcceptanceTexts.Result(passed).Zh;

    private static string Confirmation(ContractConfirmation? confirmation) => confirmation is { } given
        ? $"{given.By}，{BeijingTime.Minutes(given.AtUtc)}，SHA-256 {given.Digest}"
        : "尚未确认当前验收书";

    private static string Yuan(Money money) => money.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
