using GovProcurement.Domain.Common;
using PdfSharp.Pdf;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Renders a <see cref="NoticeDocument"/> as an A4 PDF: centred title, a meta line under a red
/// rule, the body blocks flowing over pages, and a verification box (QR code, digest, address)
/// at the end; every page carries the notice number and "page n of N". Thread-safe.
/// </summary>
public static class NoticePdfRenderer
{
    /// <summary>Renders the notice and returns the PDF file's bytes.</summary>
    public static byte[] Render(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        NoticeFontResolver.Register();
        var style = new NoticeStyle();
        using var document = new PdfDocument();
        document.Info.Title = notice.Title;
        document.Info.Author = notice.Issuer;
        document.Info.Subject = notice.Number;
        document.Options.CompressContentStreams = true;

        using (var flow = new PageFlow(document, style))
        {
            DrawTitle(flow, notice);
            for (var i = 0; i < notice.Blocks.Count; i++)
            {
                switch (notice.Blocks[i])
                {
                    case NoticeBlock.Heading heading:
                        BodyBlocks.DrawHeading(flow, heading, StartHeight(style, i + 1 < notice.Blocks.Count ? notice.Blocks[i + 1] : null));
                        break;
                    case NoticeBlock.Paragraph paragraph:
                        BodyBlocks.DrawParagraph(flow, paragraph);
                        break;
                    case NoticeBlock.KeyValues keyValues:
                        BodyBlocks.DrawKeyValues(flow, keyValues);
                        break;
                    case NoticeBlock.Table table:
                        TableLayout.Draw(flow, table);
                        break;
                    case var other:
                        throw new ArgumentException($"Unknown notice block {other?.GetType().Name ?? "null"}.", nameof(notice));
                }
            }
            VerificationBox.Draw(flow, notice);
        }
        PageDecorations.Draw(document, notice, style);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A time as printed: Beijing time, yyyy-MM-dd HH:mm, whatever offset the instant was given in.</summary>
    public static string FormatTime(DateTimeOffset time) => BeijingTime.Minutes(time.UtcDateTime);

    /// <summary>The least height a block needs on the page where it starts: a heading is kept with it.</summary>
    private static double StartHeight(NoticeStyle style, NoticeBlock? block) => block switch
    {
        NoticeBlock.Table => TableLayout.StartHeight(style),
        NoticeBlock.Heading => PageFlow.LineHeight(style.Heading, 1.4) + 8,
        null => 0,
        _ => PageFlow.LineHeight(style.Body),
    };

    private static void DrawTitle(PageFlow flow, NoticeDocument notice)
    {
        var style = flow.Style;
        var titleLineHeight = PageFlow.LineHeight(style.Title, 1.4);
        flow.DrawLines(flow.Wrap(notice.Title, style.Title, PageFlow.Width), style.Title, style.Text, titleLineHeight, centred: true);
        flow.Y += 4;

        var labels = notice.Labels;
        string[] meta = [$"{labels.Number}：{notice.Number}", $"{labels.Issuer}：{notice.Issuer}", $"{labels.PublishedAt}：{FormatTime(notice.PublishedAt)}"];
        var metaLineHeight = PageFlow.LineHeight(style.Meta);
        flow.DrawLines(PackItems(flow, meta, style.Meta), style.Meta, style.Muted, metaLineHeight, centred: true);
        flow.Y += 4;
        flow.Graphics.DrawLine(style.RedRule, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
        flow.Y += 14;
    }

    /// <summary>Lines of items separated by wide spaces, breaking between items and inside an item only when it is wider than a line.</summary>
    private static List<string> PackItems(PageFlow flow, IEnumerable<string> items, PdfSharp.Drawing.XFont font)
    {
        const string Separator = "　　";
        var lines = new List<string>();
        var current = "";
        foreach (var item in items)
        {
            var joined = current.Length == 0 ? item : current + Separator + item;
            if (flow.Measure(joined, font) <= PageFlow.Width)
            {
                current = joined;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            var wrapped = flow.Wrap(item, font, PageFlow.Width);
            lines.AddRange(wrapped.Take(wrapped.Count - 1));
            current = wrapped[^1];
        }
        lines.Add(current);
        return lines;
    }
}
