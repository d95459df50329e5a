using System.Globalization;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Maps a government procurement contract onto the PDF model: the parties with their banks, the origin,
/// the items, the amount in figures and in capitals, performance, payment, the flags and both
/// confirmations with who, when and the digest; closed by the digest of the current text and a QR code
/// to the contract verification page.
/// </summary>
public static class ContractPdfs
{
    public static byte[] Contract(GovContract c, string baseUrl)
    {
        var signed = c.SignedOn is not null;
        var title = (c.IsAddOn ? "政府采购补充合同" : c.Template?.Title.Zh ?? "政府采购合同") + (signed ? "" : "（未签订文本）");
        var at = c.SupplierConfirmedUtc is { } s && c.PurchaserConfirmedUtc is { } p && signed ? (s > p ? s : p) : c.CreatedUtc;
        return NoticePdfRenderer.Render(new NoticeDocument(title, c.Number, c.PurchaserName, new DateTimeOffset(at, TimeSpan.Zero), Blocks(c), c.Digest)
        {
            VerificationUrl = VerifyUrl(baseUrl, c),
            Labels = NoticeLabels.Chinese with { Number = "合同编号", Issuer = "采购人", PublishedAt = signed ? "签订时间" : "起草时间" },
        });
    }

    public static string VerifyUrl(string baseUrl, GovContract c) => $"{baseUrl.TrimEnd('/')}/contracts/verify/{c.Number}?d={c.Digest}";

    /// <summary>Each instalment's amount: its share of the contract amount, the last one taking the remainder so they add up to the fen.</summary>
    public static IReadOnlyList<Money> InstalmentAmounts(GovContract c)
    {
        var instalments = c.Instalments;
        var amounts = instalments.Select(i => new Money(c.Amount.Fen * i.ShareBasisPoints / 10_000)).ToList();
        if (amounts.Count > 0)
        {
            amounts[^1] = c.Amount - amounts.Take(amounts.Count - 1).Total();
        }

        return amounts;
    }

    private static List<NoticeBlock> Blocks(GovContract c)
    {
        var origin = new List<(string, string)>
        {
            ("合同来源", ContractTexts.Source(c.Source).Zh),
            (c.Source == ContractSource.Award ? "项目编号" : "订单编号", c.Reference),
            (c.Source == ContractSource.Award ? "项目名称" : "订单标的", c.Title),
            ("采购计划编号", c.PlanNumber),
        };
        if (c.LotNumbers.Length > 0)
        {
            origin.Add(("采购包", c.LotNumbers));
        }

        if (c.IsAddOn)
        {
            origin.Add(("原合同编号", c.ParentNumber ?? ""));
            origin.Add(("补充理由", c.AddOnReason ?? ""));
        }

        var instalmentAmounts = InstalmentAmounts(c);
        List<NoticeBlock> blocks =
        [
            new NoticeBlock.KeyValues(origin),
            new NoticeBlock.Heading("一、合同当事人"),
            new NoticeBlock.KeyValues(
            [
                ("采购人（甲方）", c.PurchaserName), ("开户银行", c.PurchaserBankName), ("银行账号", c.PurchaserAccount),
                ("供应商（乙方）", c.SupplierName), ("开户银行", c.SupplierBankName), ("银行账号", c.SupplierAccount),
            ]),
            new NoticeBlock.Heading("二、合同标的"),
            new NoticeBlock.Table(["序号", "标的名称", "数量", "单位", "单价（元）", "金额（元）"],
                c.Items.Select((item, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), item.Name,
                    item.Quantity.ToString("N0", CultureInfo.InvariantCulture), item.Unit, Yuan(item.UnitPrice), Yuan(item.Amount)]).ToList(),
                [0.6, 3.4, 1, 0.8, 1.6, 1.8], [0, 2, 4, 5]),
            new NoticeBlock.Heading("三、合同金额"),
            new NoticeBlock.KeyValues(
            [
                ("合同金额（小写）", $"¥{Yuan(c.Amount)} 元"),
                ("合同金额（大写）", "人民币" + c.AmountInCapitals),
                (c.IsAddOn ? "补充合同累计金额上限（政府采购法第四十九条）" : "中标（成交）金额", $"¥{Yuan(c.Ceiling)} 元"),
            ]),
            new NoticeBlock.Heading("四、履约期限和地点"),
            new NoticeBlock.KeyValues([("履约期限", $"{c.PerformanceFrom:yyyy-MM-dd} 至 {c.PerformanceTo:yyyy-MM-dd}"), ("履约地点", c.PerformancePlace)]),
            new NoticeBlock.Heading("五、付款"),
            new NoticeBlock.Table(["期次", "比例", "金额（元）", "支付条件"],
                c.Instalments.Select((x, i) => (IReadOnlyList<string>)[$"第{i + 1}期", $"{x.ShareBasisPoints / 100m:0.##}%", Yuan(instalmentAmounts[i]), ContractTexts.Condition(x.Condition).Zh]).ToList(),
                [1, 1, 1.6, 3], [1, 2]),
            new NoticeBlock.KeyValues([("付款期限", $"{c.PaymentTermDays} 日{(c.LongerTermAgreed ? "（双方约定）" : "")}")]),
            new NoticeBlock.Heading("六、其他约定"),
            new NoticeBlock.KeyValues([("中小企业合同", c.Sme ? "是" : "否"), ("政府采购合同融资", c.Financing ? "是" : "否"),
                ("履约保证金", c.PerformanceBondShare > 0 ? $"合同金额的 {c.PerformanceBondShare / 100m:0.##}%，¥{Yuan(c.PerformanceBond)} 元" : "不收取"),
                ("逾期付款利息", c.LatePaymentInterestDailyBasisPoints is { } named ? $"按每日万分之{named}（{named / 100m:0.##}%）计" : "合同未约定，按《保障中小企业款项支付条例》计")]),
            .. KindTerms(c),
            new NoticeBlock.Heading("七、双方确认"),
            new NoticeBlock.Paragraph("双方在平台上分别确认本合同文本，每次确认记录确认人、确认时间及所确认文本的 SHA-256 校验码；文本任何改动都会改变校验码，已作出的确认随之失效。"),
            new NoticeBlock.KeyValues(
            [
                ("采购人确认", Confirmation(c.ConfirmationOf(ContractParty.Purchaser))),
                ("供应商确认", Confirmation(c.ConfirmationOf(ContractParty.Supplier))),
            ]),
        ];
        var record = new List<(string, string)> { ("合同状态", ContractTexts.Status(c.Status).Zh) };
        if (c.PublishedUtc is { } published)
        {
            record.Add(("合同公告发布时间", BeijingTime.Minutes(published)));
        }

        if (c.FiledUtc is { } filed)
        {
            record.Add(("备案时间", BeijingTime.Minutes(filed)));
        }

        blocks.Add(new NoticeBlock.KeyValues(record));
        return blocks;
    }

    /// <summary>The kind's term and standing clauses, for a contract written on a template.</summary>
    private static IEnumerable<NoticeBlock> KindTerms(GovContract c) => c.Template is { } template
        ? [new NoticeBlock.KeyValues([(template.TermLabel.Zh, template.Term(c.KindTerm))]),
            .. template.NumberedClauses.Select(clause => (NoticeBlock)new NoticeBlock.Paragraph(clause))]
        : [];

    private static string Confirmation(ContractConfirmation? confirmation) => confirmation is { } given
        ? $"{given.By}，{BeijingTime.Minutes(given.AtUtc)}，SHA-256 {given.Digest}"
        : "尚未确认当前文本";

    private static string Yuan(Money money) => money.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
