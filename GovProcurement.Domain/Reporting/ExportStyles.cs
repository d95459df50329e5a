using ColorTranslator = System.Drawing.ColorTranslator;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The cell styles of an export, added to one SpreadCheetah spreadsheet: the bold, filled header; the
/// report title; and each <see cref="ExportCellFormat"/> plain and bold (for a report's total row).
/// Text is in the text format "@", so that Excel keeps what a user types into it as text too.
/// </summary>
/// <remarks>
/// Formula-like text ("=1+1", "+86…", "@SUM(A1)") is safe without a quote prefix, which SpreadCheetah
/// 1.28 cannot set (its cell formats carry no quotePrefix attribute): the value is an inline string,
/// never a formula element, so Excel does not evaluate it on opening; and in the text format Excel
/// keeps an edited value as text as well, which is what the quote prefix did. Tests check both, and
/// that no cell of any export holds a formula.
/// </remarks>
internal sealed class ExportStyles
{
    // Custom formats even where Excel has a built-in one, so the code reads back exactly as written.
    // In the order of how often raw sheets use them, so the styles added first get the shortest ids.
    private static readonly Dictionary<ExportCellFormat, NumberFormat> Formats = new()
    {
        [ExportCellFormat.Text] = NumberFormat.Standard(StandardNumberFormat.Text),
        [ExportCellFormat.Money] = NumberFormat.Custom(SafeCells.MoneyFormat),
        [ExportCellFormat.Integer] = NumberFormat.Custom(SafeCells.IntegerFormat),
        [ExportCellFormat.Year] = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces),
        [ExportCellFormat.Date] = NumberFormat.Custom(SafeCells.DateFormat),
        [ExportCellFormat.DateTime] = NumberFormat.Custom(SafeCells.DateTimeFormat),
        [ExportCellFormat.Percent] = NumberFormat.Custom(SafeCells.PercentFormat),
        [ExportCellFormat.RightText] = NumberFormat.Standard(StandardNumberFormat.Text),
        [ExportCellFormat.Month] = NumberFormat.Custom(SafeCells.MonthFormat),
        [ExportCellFormat.Count] = NumberFormat.Custom(ExportColumn<object>.CountFormat),
    };

    private readonly StyleId[] plain;
    private readonly StyleId[] bold;

    private ExportStyles(Spreadsheet spreadsheet)
    {
        var count = Enum.GetValues<ExportCellFormat>().Length;
        plain = new StyleId[count];
        bold = new StyleId[count];
        // The plain styles first: they are the ones raw sheets write on every cell, so their ids stay short.
        foreach (var format in Formats.Keys)
        {
            plain[(int)format] = spreadsheet.AddStyle(StyleOf(format));
        }

        foreach (var format in Formats.Keys)
        {
            var inBold = StyleOf(format);
            inBold.Font = new Font { Bold = true };
            bold[(int)format] = spreadsheet.AddStyle(inBold);
        }

        Header = spreadsheet.AddStyle(new Style { Font = new Font { Bold = true }, Fill = new Fill { Color = ColorTranslator.FromHtml(ReportWorkbook.HeaderFill) } });
        Title = spreadsheet.AddStyle(new Style { Font = new Font { Bold = true, Size = 16 }, Format = Formats[ExportCellFormat.Text] });
    }

    /// <summary>The header row's style: bold on the report header fill.</summary>
    public StyleId Header { get; }

    /// <summary>A report's title: bold, 16 points.</summary>
    public StyleId Title { get; }

    /// <summary>
    /// The spreadsheet options of every export: leading and trailing spaces of text are kept
    /// (xml:space="preserve"), since text stays exactly as stored.
    /// </summary>
    public static SpreadCheetahOptions Options => new() { PreserveStringWhitespace = true };

    public static ExportStyles AddTo(Spreadsheet spreadsheet) => new(spreadsheet);

    /// <summary>The plain style of <paramref name="format"/>, as a raw sheet sets it on a column (<see cref="SpreadCheetah.Worksheets.ColumnOptions.DefaultStyle"/>).</summary>
    public static Style StyleOf(ExportCellFormat format) => new()
    {
        Format = Formats[format],
        Alignment = format == ExportCellFormat.RightText ? new Alignment { Horizontal = HorizontalAlignment.Right } : new Alignment(),
    };

    public StyleId Of(ExportCellFormat format, bool inBold = false) => inBold ? bold[(int)format] : plain[(int)format];
}
