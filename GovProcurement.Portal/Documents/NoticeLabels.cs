namespace GovProcurement.Portal.Documents;

/// <summary>The fixed texts a notice PDF prints around its body, so the caller can localize them.</summary>
/// <param name="PageOfPages">Composite format of the page footer: {0} is the page number, {1} the page count.</param>
/// <param name="Number">Label of the notice number.</param>
/// <param name="Issuer">Label of the publisher.</param>
/// <param name="PublishedAt">Label of the publication time.</param>
/// <param name="Digest">Label of the verification digest.</param>
/// <param name="VerifyHint">The line that asks the reader to scan the QR code or visit the address.</param>
public sealed record NoticeLabels(
    string PageOfPages,
    string Number,
    string Issuer,
    string PublishedAt,
    string Digest,
    string VerifyHint)
{
    /// <summary>The default, Chinese labels.</summary>
    public static NoticeLabels Chinese { get; } = new(
        "第 {0} 页 共 {1} 页", "公告编号", "发布单位", "发布时间", "校验码", "扫码或访问以下地址核验本文件");

    /// <summary>English labels, for the portal's English interface.</summary>
    public static NoticeLabels English { get; } = new(
        "Page {0} of {1}", "Notice No.", "Issued by", "Published", "Digest", "Scan the code or visit this address to verify this document");
}
