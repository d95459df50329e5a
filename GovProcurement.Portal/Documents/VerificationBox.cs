namespace GovProcurement.Portal.Documents;

/// <summary>
/// The closing box of a notice: the QR code of the verification address (when there is one)
/// beside the printed digest and address, kept whole on one page.
/// </summary>
internal static class VerificationBox
{
    private const double QrSize = 80;
    private const double Padding = 8;
    private const double Gap = 10;

    public static void Draw(PageFlow flow, NoticeDocument notice)
    {
        var style = flow.Style;
        var labels = notice.Labels;
        var url = string.IsNullOrWhiteSpace(notice.VerificationUrl) ? null : notice.VerificationUrl.Trim();
        var textLeft = PageFlow.Left + Padding + (url is null ? 0 : QrSize + Gap);
        var textWidth = PageFlow.Left + PageFlow.Width - Padding - textLeft;
        var lineHeight = PageFlow.LineHeight(style.Small, 1.45);

        var lines = new List<(string Text, bool Label)>();
        lines.AddRange(flow.Wrap(labels.Digest + "：", style.SmallBold, textWidth).Select(t => (t, true)));
        lines.AddRange(flow.Wrap(notice.Digest, style.Small, textWidth).Select(t => (t, false)));
        if (url is not null)
        {
            lines.Add(("", false));
            lines.AddRange(flow.Wrap(labels.VerifyHint + "：", style.SmallBold, textWidth).Select(t => (t, true)));
            lines.AddRange(flow.Wrap(url, style.Small, textWidth).Select(t => (t, false)));
        }
        var textHeight = lines.Count * lineHeight;
        var height = Math.Max(url is null ? 0 : QrSize, textHeight) + 2 * Padding;

        flow.Skip(16);
        flow.EnsureSpace(height);
        var top = flow.Y;
        flow.Graphics.DrawRectangle(style.Border, PageFlow.Left, top, PageFlow.Width, height);
        if (url is not null)
        {
            QrCodeDrawing.Draw(flow.Graphics, style.QrDark, url, PageFlow.Left + Padding, top + Padding, QrSize);
        }
        var y = top + Padding + (height - 2 * Padding - textHeight) / 2;
        foreach (var (text, label) in lines)
        {
            flow.DrawLine(text, label ? style.SmallBold : style.Small, label ? style.Muted : style.Text, textLeft, y, lineHeight);
            y += lineHeight;
        }
        flow.Y = top + height;
    }
}
