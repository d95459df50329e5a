using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Lays content down a notice's pages: a cursor that starts a new A4 page when the next piece
/// does not fit, text measurement (cached per render) and line drawing.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    public const double Left = NoticeStyle.Margin;
    public const double Top = NoticeStyle.Margin;
    public const double Bottom = NoticeStyle.PageHeight - NoticeStyle.Margin;
    public const double Width = NoticeStyle.ContentWidth;

    private readonly PdfDocument document;
    private readonly Dictionary<(XFont Font, string Text), double> widths = [];
    private XGraphics graphics;

    public PageFlow(PdfDocument document, NoticeStyle style)
    {
        this.document = document;
        Style = style;
        graphics = AddPage();
    }

    public NoticeStyle Style { get; }

    /// <summary>The top of the next piece of content, in points from the top of the page.</summary>
    public double Y { get; set; } = Top;

    public XGraphics Graphics => graphics;

    public bool AtPageTop => Y <= Top + 0.01;

    public double Remaining => Bottom - Y;

    public void NewPage()
    {
        graphics.Dispose();
        graphics = AddPage();
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Adds vertical space, unless at the top of a page.</summary>
    public void Skip(double height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    public double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue((font, text), out var width))
        {
            width = graphics.MeasureString(text, font).Width;
            widths[(font, text)] = width;
        }
        return width;
    }

    public IReadOnlyList<string> Wrap(string text, XFont font, double width, double firstLineIndent = 0) =>
        LineBreaker.Break(text, width, s => Measure(s, font), firstLineIndent);

    public static double LineHeight(XFont font, double spacing = NoticeStyle.LineSpacing) => font.Size * spacing;

    /// <summary>Draws one line of text in a line box whose top is <paramref name="top"/>, vertically centred.</summary>
    public void DrawLine(string text, XFont font, XBrush brush, double x, double top, double lineHeight)
    {
        if (text.Length > 0)
        {
            graphics.DrawString(text, font, brush, x, top + (lineHeight - font.GetHeight()) / 2, XStringFormats.TopLeft);
        }
    }

    /// <summary>Draws wrapped lines at the cursor, starting new pages as needed, aligned left or centred.</summary>
    public void DrawLines(IReadOnlyList<string> lines, XFont font, XBrush brush, double lineHeight, bool centred = false, double firstLineIndent = 0)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var x = centred ? Left + (Width - Measure(lines[i], font)) / 2 : Left + (i == 0 ? firstLineIndent : 0);
            DrawLine(lines[i], font, brush, x, Y, lineHeight);
            Y += lineHeight;
        }
    }

    public void Dispose() => graphics.Dispose();

    private XGraphics AddPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(NoticeStyle.PageWidth);
        page.Height = XUnit.FromPoint(NoticeStyle.PageHeight);
        return XGraphics.FromPdfPage(page);
    }
}
