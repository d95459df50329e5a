using System.Globalization;
using GovProcurement.Domain.Common;
using SpreadCheetah;

namespace GovProcurement.Domain.Reporting;

/// <summary>How a cell of an export is shown: its number format (text is "@").</summary>
internal enum ExportCellFormat
{
    Text,

    /// <summary>Exact text on the right, for numbers beyond Excel's 15 digits.</summary>
    RightText,
    Money,

    /// <summary>A whole number with thousands separators (#,##0), as reports show counts and sums.</summary>
    Integer,

    /// <summary>A whole number without separators (0), such as a year.</summary>
    Year,

    /// <summary>A row count in the total row, shown as "共 N 条".</summary>
    Count,
    Percent,
    Date,
    Month,
    DateTime,
}

/// <summary>
/// One cell of an export, as the column read it from a row: exact text, an exact decimal (yuan, a
/// count, a fraction) or a Beijing wall time, with its format. It becomes a SpreadCheetah cell in
/// the style of its format (<see cref="ToCell"/>), and gives the text Excel shows for it to fit the
/// column width (<see cref="Display"/>). It is never a formula.
/// </summary>
internal readonly struct ExportCell
{
    public static readonly ExportCell Empty = default;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly string? text;
    private readonly decimal number;
    private readonly DateTime time;

    private ExportCell(ExportCellFormat format, string? text, decimal number, DateTime time)
    {
        Format = format;
        this.text = text;
        this.number = number;
        this.time = time;
    }

    public ExportCellFormat Format { get; }

    public bool IsEmpty => Format is ExportCellFormat.Text or ExportCellFormat.RightText && string.IsNullOrEmpty(text);

    /// <summary>The text of a text cell, null for a number or a time.</summary>
    public string? Text => text;

    public static ExportCell FromText(string? text) => new(ExportCellFormat.Text, text, 0, default);

    /// <summary>A number too large for Excel's 15 digits, kept as exact text on the right like a number.</summary>
    public static ExportCell RightAlignedText(string text) => new(ExportCellFormat.RightText, text, 0, default);

    public static ExportCell Number(decimal value, ExportCellFormat format) => new(format, null, value, default);

    /// <summary>A date or a Beijing wall time (from 1900-03-01 on, see <see cref="ExcelValues.IsDate"/>).</summary>
    public static ExportCell Time(DateTime value, ExportCellFormat format) => new(format, null, 0, value);

    /// <summary>The text Excel shows for this cell.</summary>
    public string Display() => Format switch
    {
        ExportCellFormat.Text or ExportCellFormat.RightText => text ?? "",
        ExportCellFormat.Money => number.ToString(SafeCells.MoneyFormat, Invariant),
        ExportCellFormat.Integer => number.ToString(SafeCells.IntegerFormat, Invariant),
        ExportCellFormat.Year => number.ToString("0", Invariant),
        ExportCellFormat.Count => $"共 {number.ToString(SafeCells.IntegerFormat, Invariant)} 条",
        ExportCellFormat.Percent => (number * 100m).ToString("0.00", Invariant) + "%",
        ExportCellFormat.Date => time.ToString("yyyy-MM-dd", Invariant),
        ExportCellFormat.Month => time.ToString("yyyy-MM", Invariant),
        ExportCellFormat.DateTime => time.ToString(BeijingTime.MinuteFormat, Invariant),
        _ => throw new InvalidOperationException($"Unknown cell format {Format}."),
    };

    /// <summary>
    /// The SpreadCheetah cell in the style of this cell's format (bold in a total row). Text is an
    /// inline string in the text format "@", cleaned for XML (<see cref="ExcelValues.Clean"/>): Excel
    /// never evaluates it, neither on opening nor when the user edits the cell. An empty cell stays empty.
    /// </summary>
    public Cell ToCell(ExportStyles styles, bool bold = false) => IsEmpty ? default : new Cell(ToDataCell(), styles.Of(Format, bold));

    /// <summary>
    /// This cell's value without a style, for a column whose style is this cell's format (a raw sheet
    /// sets it once per column): cleaned text as an inline string, an exact decimal or a date.
    /// </summary>
    public DataCell ToDataCell()
    {
        if (IsEmpty)
        {
            return default;
        }

        return Format switch
        {
            ExportCellFormat.Text or ExportCellFormat.RightText => new DataCell(ExcelValues.Clean(text!)),
            ExportCellFormat.Date or ExportCellFormat.Month or ExportCellFormat.DateTime => new DataCell(time),
            _ => new DataCell(number),
        };
    }
}
