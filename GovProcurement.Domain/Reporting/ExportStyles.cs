using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovProcurement.Domain.Reporting;

/// <summary>The cell styles of a streamed export (indexes into cellXfs) and the stylesheet that defines them.</summary>
internal static class ExportStyles
{
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint QuotedText = 3;
    public const uint Money = 4;
    public const uint Integer = 5;
    public const uint Date = 6;
    public const uint DateTime = 7;

    private const uint TextFormatId = 49; // built-in "@"
    private const uint IntegerFormatId = 1; // built-in "0"
    private const uint MoneyFormatId = 164;
    private const uint DateFormatId = 165;
    private const uint DateTimeFormatId = 166;

    public static Stylesheet Build() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = SafeCells.MoneyFormat },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = SafeCells.DateFormat },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = SafeCells.DateTimeFormat }) { Count = 3 },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F1" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0),
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            Format(TextFormatId),
            Format(TextFormatId, quotePrefix: true),
            Format(MoneyFormatId),
            Format(IntegerFormatId),
            Format(DateFormatId),
            Format(DateTimeFormatId)) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    private static CellFormat Format(uint numberFormatId, bool quotePrefix = false) => new()
    {
        NumberFormatId = numberFormatId,
        FontId = 0,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormatId != 0 ? true : null,
        QuotePrefix = quotePrefix ? true : null,
    };
}
