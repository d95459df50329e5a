using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The cell styles of a streamed workbook (indexes into cellXfs) and the stylesheet that defines them:
/// the raw exports' styles, and the styled reports' (title, percentages, months, counts, bold totals).
/// </summary>
internal static class ExportStyles
{
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint QuotedText = 3;
    public const uint Money = 4;
    public const uint Integer = 5;
    public const uint Date = 6;
    public const uint DateTime = 7;
    public const uint Title = 8;

    /// <summary>A whole number with thousands separators (#,##0), as reports show counts and sums.</summary>
    public const uint GroupedInteger = 9;
    public const uint Percent = 10;
    public const uint Month = 11;
    public const uint Count = 12;

    /// <summary>Exact text on the right, for numbers beyond Excel's 15 digits.</summary>
    public const uint RightText = 13;

    private const uint TextFormatId = 49; // built-in "@"
    private const uint IntegerFormatId = 1; // built-in "0"

    // Custom formats even where Excel has a built-in one, so the code reads back exactly as written.
    private static readonly (uint Id, string Code)[] CustomFormats =
    [
        (164, SafeCells.MoneyFormat),
        (165, SafeCells.DateFormat),
        (166, SafeCells.DateTimeFormat),
        (167, SafeCells.IntegerFormat),
        (168, SafeCells.PercentFormat),
        (169, SafeCells.MonthFormat),
        (170, ReportColumn<object>.CountFormat),
    ];

    /// <summary>The styles from <see cref="Text"/> to <see cref="RightText"/>: number format, quote prefix, right alignment.</summary>
    private static readonly (uint NumberFormatId, bool Quote, bool Right)[] Plain =
    [
        (TextFormatId, false, false),
        (TextFormatId, true, false),
        (164, false, false),
        (IntegerFormatId, false, false),
        (165, false, false),
        (166, false, false),
        (TextFormatId, false, false), // Title: its font is set below
        (167, false, false),
        (168, false, false),
        (169, false, false),
        (170, false, false),
        (TextFormatId, false, true),
    ];

    private static readonly uint FirstBold = Text + (uint)Plain.Length;

    /// <summary>How many styles there are.</summary>
    public static int StyleCount => (int)FirstBold + Plain.Length;

    /// <summary>The bold variant of a style from <see cref="Text"/> to <see cref="RightText"/>, for the total row.</summary>
    public static uint Bold(uint style) => style is >= Text and <= RightText ? style - Text + FirstBold : style;

    /// <summary>The style of a report cell, quoted when its text starts like a formula.</summary>
    public static uint Of(ReportCell cell)
    {
        if (cell.Text is { } text)
        {
            return cell.AlignRight ? RightText : ExcelValues.StartsLikeFormula(text) ? QuotedText : Text;
        }

        return cell.Format switch
        {
            ReportCellFormat.Money => Money,
            ReportCellFormat.Integer => GroupedInteger,
            ReportCellFormat.Count => Count,
            ReportCellFormat.Percent => Percent,
            ReportCellFormat.Date => Date,
            ReportCellFormat.Month => Month,
            ReportCellFormat.DateTime => DateTime,
            _ => Text,
        };
    }

    public static Stylesheet Build()
    {
        var plain = Plain.Select((p, i) => Format(p.NumberFormatId, fontId: Text + (uint)i == Title ? 2u : 0u, p.Quote, p.Right));
        var bold = Plain.Select(p => Format(p.NumberFormatId, fontId: 1, p.Quote, p.Right));
        var formats = new[] { Format(0, 0, false, false), new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true } }
            .Concat(plain).Concat(bold).ToList();
        return new Stylesheet(
            new NumberingFormats(CustomFormats.Select(f => new NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code })) { Count = (uint)CustomFormats.Length },
            new Fonts(Font(bold: false, 11), Font(bold: true, 11), Font(bold: true, 16)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + ReportWorkbook.HeaderFill.TrimStart('#') }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font(new FontSize { Val = size }, new FontName { Val = "Calibri" });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    private static CellFormat Format(uint numberFormatId, uint fontId, bool quotePrefix, bool right)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormatId,
            FontId = fontId,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormatId != 0 ? true : null,
            ApplyFont = fontId != 0 ? true : null,
            QuotePrefix = quotePrefix ? true : null,
        };
        if (right)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { Horizontal = HorizontalAlignmentValues.Right });
        }

        return format;
    }
}
