using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovProcurement.Portal.Documents;

/// <summary>The page geometry, fonts and colours of a notice (A4 portrait, 20 mm margins).</summary>
internal sealed class NoticeStyle
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Margin = 20 / 25.4 * 72;
    public const double ContentWidth = PageWidth - 2 * Margin;
    public const double LineSpacing = 1.5;

    private static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public XFont Title { get; } = Font(18, bold: true);
    public XFont Meta { get; } = Font(9);
    public XFont Heading { get; } = Font(12, bold: true);
    public XFont Body { get; } = Font(11);
    public XFont Cell { get; } = Font(9);
    public XFont HeaderCell { get; } = Font(9, bold: true);
    public XFont Small { get; } = Font(8);
    public XFont SmallBold { get; } = Font(8, bold: true);

    public XBrush Text { get; } = new XSolidBrush(XColor.FromArgb(0x1A, 0x1A, 0x1A));
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(0x55, 0x55, 0x55));
    public XBrush HeaderFill { get; } = new XSolidBrush(XColor.FromArgb(0xE6, 0xE6, 0xE6));
    public XBrush QrDark { get; } = XBrushes.Black;
    public XPen Border { get; } = new(XColor.FromArgb(0x80, 0x80, 0x80), 0.5);
    public XPen HeaderRule { get; } = new(XColor.FromArgb(0xB0, 0xB0, 0xB0), 0.5);
    public XPen RedRule { get; } = new(XColor.FromArgb(0xC0, 0x00, 0x00), 1.2);

    private static XFont Font(double size, bool bold = false) =>
        new(NoticeFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedding);
}
