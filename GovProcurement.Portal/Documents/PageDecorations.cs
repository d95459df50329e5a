using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Adds the running header (notice number, above a hairline) and the footer ("第 n 页 共 N 页")
/// to every page once the body is laid out and the page count is known.
/// </summary>
internal static class PageDecorations
{
    private const double HeaderBaselineGap = 8;
    private const double FooterOffset = 12 / 25.4 * 72;

    public static void Draw(PdfDocument document, NoticeDocument notice, NoticeStyle style)
    {
        var count = document.PageCount;
        var header = $"{notice.Labels.Number}：{notice.Number}";
        var right = NoticeStyle.PageWidth - NoticeStyle.Margin;
        var ruleY = NoticeStyle.Margin - HeaderBaselineGap;
        for (var index = 0; index < count; index++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[index], XGraphicsPdfPageOptions.Append);
            graphics.DrawString(header, style.Small, style.Muted, right, ruleY - 3, XStringFormats.BottomRight);
            graphics.DrawLine(style.HeaderRule, NoticeStyle.Margin, ruleY, right, ruleY);

            var footer = string.Format(CultureInfo.InvariantCulture, notice.Labels.PageOfPages, index + 1, count);
            graphics.DrawString(footer, style.Small, style.Muted, NoticeStyle.PageWidth / 2, NoticeStyle.PageHeight - FooterOffset, XStringFormats.BottomCenter);
        }
    }
}
