using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using DomainBlock = GovProcurement.Domain.Notices.NoticeBlock;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Maps the platform's notices, receipts and letters onto the PDF model. Every document prints
/// a digest and a QR code to the portal's verification page for the notice it rests on.
/// </summary>
public static class NoticePdfs
{
    public static byte[] Notice(IReadOnlyList<Notice> chain, string baseUrl)
    {
        var notice = chain[0];
        var blocks = new List<NoticeBlock>();
        if (notice.Reference is { Length: > 0 } reference)
        {
            blocks.Add(new NoticeBlock.KeyValues([("文号", reference)]));
        }

        blocks.AddRange(Map(notice.Body));
        foreach (var forwarded in chain.Skip(1))
        {
            blocks.Add(new NoticeBlock.Heading($"附：{forwarded.Reference} {forwarded.Title}（{forwarded.PublisherName}）"));
            blocks.AddRange(Map(forwarded.Body));
        }

        return NoticePdfRenderer.Render(new NoticeDocument(notice.Title, notice.Number!, notice.PublisherName, Published(notice), blocks, notice.Digest!)
        {
            VerificationUrl = VerifyUrl(baseUrl, notice),
        });
    }

    public static byte[] Receipt(BidReceipt receipt)
    {
        var submitted = new DateTimeOffset(receipt.SubmittedUtc, TimeSpan.Zero);
        IReadOnlyList<NoticeBlock> blocks =
        [
            new NoticeBlock.Paragraph($"{receipt.SupplierName}：贵公司对本项目递交的投标（响应）文件已加密封存。开标前任何人（包括采购代理机构、采购人、财政部门和平台运维人员）均无法查看其内容。开标时平台将核对文件摘要与本回执一致。"),
            new NoticeBlock.KeyValues(
            [
                ("项目编号", receipt.ProjectNumber),
                ("项目名称", receipt.ProjectTitle),
                ("投标人", receipt.SupplierName),
                ("递交时间", NoticePdfRenderer.FormatTime(submitted)),
                ("密文大小", $"{receipt.Size:N0} 字节"),
                ("文件摘要（SHA-256）", receipt.Digest),
            ]),
        ];
        // No verification address: who bid stays confidential until the opening, where the record shows this digest.
        return NoticePdfRenderer.Render(new NoticeDocument("投标（响应）文件递交回执", receipt.ProjectNumber, receipt.SupplierName, submitted, blocks, receipt.Digest)
        {
            // The supplier submits the receipt's bid; it publishes nothing.
            Labels = NoticeLabels.Chinese with { Number = "项目编号", Issuer = "投标人", PublishedAt = "递交时间" },
        });
    }

    public static byte[] Letter(ResultLetter letter, string baseUrl)
    {
        var word = ProjectTexts.WinnerWord(letter.Project.Method).Zh;
        var title = letter.Won ? $"{word}通知书" : "采购结果通知书";
        var notice = letter.ResultNotice;
        var opening = letter.Won
            ? $"{letter.SupplierName}：经评审并由采购人确认，贵公司为“{letter.Project.Title}”（项目编号 {letter.Project.Number}）的{word}供应商。请自本通知书发出之日起 30 日内，按照采购文件和响应文件与采购人签订政府采购合同。"
            : $"{letter.SupplierName}：感谢贵公司参加“{letter.Project.Title}”（项目编号 {letter.Project.Number}）的采购活动。经评审并由采购人确认，本项目结果如下。对结果有异议的，可在知道或应知其权益受到损害之日起 7 个工作日内以书面形式提出质疑。";
        IReadOnlyList<NoticeBlock> blocks =
        [
            new NoticeBlock.Paragraph(opening),
            new NoticeBlock.Table(["包号", "采购包", $"{word}供应商", $"{word}金额（元）", "贵公司报价（元）", "贵公司排名"],
                letter.Lots.Select(l => (IReadOnlyList<string>)[l.LotNumber.ToString(), l.LotName, l.FailReason is null ? l.WinnerName : "采购失败", Yuan(l.WinningPrice), Yuan(l.OwnPrice), l.OwnRank?.ToString() ?? "—"]).ToList(),
                RightAlignedColumns: [3, 4]),
            new NoticeBlock.KeyValues([("采购人", letter.PurchaserName), ("采购代理机构", letter.AgencyName), ("结果公告", $"{notice.Number}（{notice.Title}）")]),
        ];
        return NoticePdfRenderer.Render(new NoticeDocument(title, notice.Number!, letter.AgencyName, Published(notice), blocks, notice.Digest!)
        {
            VerificationUrl = VerifyUrl(baseUrl, notice),
        });
    }

    public static string VerifyUrl(string baseUrl, Notice notice) => $"{baseUrl.TrimEnd('/')}/notices/verify/{notice.Number}?d={notice.Digest}";

    private static DateTimeOffset Published(Notice notice) => new(notice.PublishedUtc!.Value, TimeSpan.Zero);

    /// <summary>The columns of a stored table whose every cell is an amount (¥…): aligned right, so the figures line up.</summary>
    private static int[] AmountColumns(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Count == 0 ? [] : Enumerable.Range(0, rows.Min(r => r.Count)).Where(c => rows.All(r => r[c].StartsWith('¥'))).ToArray();

    private static string Yuan(Money? money) => money?.Yuan.ToString("#,##0.00") ?? "—";

    private static IEnumerable<NoticeBlock> Map(IEnumerable<DomainBlock> blocks) => blocks.Select<DomainBlock, NoticeBlock>(block => block.Kind switch
    {
        NoticeBlockKind.Heading => new NoticeBlock.Heading(block.Text),
        NoticeBlockKind.Paragraph => new NoticeBlock.Paragraph(block.Text),
        NoticeBlockKind.Facts => new NoticeBlock.KeyValues((block.Rows ?? []).Select(r => (r[0], r[1])).ToList()),
        _ => new NoticeBlock.Table(block.Columns ?? [], block.Rows ?? [], RightAlignedColumns: AmountColumns(block.Rows ?? [])),
    });
}
