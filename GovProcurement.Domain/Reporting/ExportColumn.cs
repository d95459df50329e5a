using GovProcurement.Domain.Common;
using SpreadCheetah;

namespace GovProcurement.Domain.Reporting;

/// <summary>How the values of an export column are stored and shown.</summary>
public enum ExportColumnKind
{
    /// <summary>Exact text: codes keep every digit and leading zero, and nothing is ever a formula.</summary>
    Text,

    /// <summary>An amount held in fen, written as exact yuan with two decimals (#,##0.00).</summary>
    Money,

    /// <summary>A whole number such as a count (#,##0) or a year (0); codes belong in <see cref="Text"/>.</summary>
    Integer,

    /// <summary>A fraction written as a real number and shown as a percentage (0.00%).</summary>
    Percent,

    /// <summary>A calendar date (yyyy-mm-dd) or month (yyyy-mm), written as a real date.</summary>
    Date,

    /// <summary>A UTC instant, written as its Beijing time (UTC+8) and shown as yyyy-mm-dd hh:mm.</summary>
    DateTime,
}

/// <summary>
/// One column of an export, the one model behind both the raw data sheets (<see cref="RawExportWriter{T}"/>)
/// and the styled reports (<see cref="ReportWorkbook"/>): its header, its kind, how to read its value
/// from a row and what, if anything, a report's total row shows under it (raw sheets have no total
/// row). A null value leaves the cell empty. Create columns with the static factory methods.
/// </summary>
public abstract class ExportColumn<T>
{
    /// <summary>The number format of a row count in the total row, e.g. "共 12 条".</summary>
    public const string CountFormat = "\"共 \"#,##0\" 条\"";

    private protected ExportColumn(string header, ExportColumnKind kind)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        Kind = kind;
    }

    public string Header { get; }

    public ExportColumnKind Kind { get; }

    /// <summary>Whether a report's total row shows a value under this column.</summary>
    public virtual bool HasTotal => false;

    /// <summary>Text; with <paramref name="countRows"/> a report's total row shows the number of rows ("共 N 条") under it.</summary>
    public static ExportColumn<T> Text(string header, Func<T, string?> value, bool countRows = false) => new TextColumn(header, value, countRows);

    /// <summary>Money; with <paramref name="total"/> a report's total row shows the exact sum of the column.</summary>
    public static ExportColumn<T> Money(string header, Func<T, Money?> value, bool total = false) => new MoneyColumn(header, value, total);

    /// <summary>A whole number shown with thousands separators; with <paramref name="total"/> a report's total row shows the sum.</summary>
    public static ExportColumn<T> Integer(string header, Func<T, long?> value, bool total = false) =>
        new IntegerColumn(header, value, total, ExportCellFormat.Integer);

    /// <summary>A year (or any whole number read without separators), shown as 2026.</summary>
    public static ExportColumn<T> Year(string header, Func<T, long?> value) => new IntegerColumn(header, value, total: false, ExportCellFormat.Year);

    /// <summary>A fraction (0.125 is 12.5%); <paramref name="total"/> computes the total row's value from all rows.</summary>
    public static ExportColumn<T> Percent(string header, Func<T, decimal?> fraction, Func<IReadOnlyList<T>, decimal?>? total = null) =>
        new PercentColumn(header, fraction, total);

    /// <summary>A percentage held in basis points (1250 is 12.5%); <paramref name="total"/> computes the total row's basis points from all rows.</summary>
    public static ExportColumn<T> PercentOfBasisPoints(string header, Func<T, long?> basisPoints, Func<IReadOnlyList<T>, long?>? total = null) =>
        new PercentColumn(
            header,
            row => basisPoints(row) / 10_000m,
            total is null ? null : rows => total(rows) / 10_000m);

    /// <summary>
    /// The share <paramref name="part"/> / <paramref name="whole"/> as a percentage, empty when the whole
    /// is zero; the total row recomputes it from the summed parts and wholes, never averages the shares.
    /// </summary>
    public static ExportColumn<T> Share(string header, Func<T, Money> part, Func<T, Money> whole) =>
        new PercentColumn(
            header,
            row => ReportWorkbook.Fraction(part(row), whole(row)),
            rows => ReportWorkbook.Fraction(Sum(rows, row => part(row)), Sum(rows, row => whole(row))));

    public static ExportColumn<T> Date(string header, Func<T, DateOnly?> value) => new DateColumn(header, value, month: false);

    /// <summary>A month, written as the real date of its first day and shown as yyyy-mm.</summary>
    public static ExportColumn<T> Month(string header, Func<T, DateOnly?> anyDayOfTheMonth) => new DateColumn(header, anyDayOfTheMonth, month: true);

    /// <summary>
    /// A stored UTC instant, written as its Beijing time. Pass the UTC value as stored: a value of any
    /// other kind is refused (<see cref="BeijingTime.RequireUtc"/>), so a time is never moved twice.
    /// </summary>
    public static ExportColumn<T> DateTime(string header, Func<T, DateTime?> utc) => new DateTimeColumn(header, utc);

    /// <summary>
    /// The format of this column's cells, save the rare exception (a number beyond 15 digits or a date
    /// before 1900-03-01, kept as exact text): a raw sheet sets it once as the column's style.
    /// </summary>
    internal abstract ExportCellFormat Format { get; }

    /// <summary>This column's cell of <paramref name="row"/>.</summary>
    internal abstract ExportCell Cell(T row);

    /// <summary>
    /// This column's cell of <paramref name="row"/> as a raw sheet writes it, straight from the typed
    /// value with no <see cref="ExportCell"/> in between: the value <see cref="Cell"/> gives, for a
    /// column styled once in <see cref="Format"/>. Returns false, with no cell, for the rare value that
    /// <see cref="Cell"/> keeps in another format (a number beyond 15 digits, a date before 1900-03-01).
    /// </summary>
    internal abstract bool TryRawCell(T row, out DataCell cell);

    /// <summary>This column's cell of a report's total row.</summary>
    internal virtual ExportCell Total(IReadOnlyList<T> rows) => ExportCell.Empty;

    private static Money Sum(IReadOnlyList<T> rows, Func<T, Money?> value)
    {
        var sum = Common.Money.Zero;
        foreach (var row in rows)
        {
            if (value(row) is { } money)
            {
                sum += money;
            }
        }

        return sum;
    }

    private static ExportCell MoneyCell(Money? value) => value is not { } money
        ? ExportCell.Empty
        // Beyond 15 significant digits Excel would round the number; exact text keeps every fen.
        : ExcelValues.IsExact(money.Fen)
            ? ExportCell.Number(money.Fen / 100m, ExportCellFormat.Money)
            : ExportCell.RightAlignedText(ExcelValues.Yuan(money.Fen));

    private static ExportCell IntegerCell(long? value, ExportCellFormat format) => value is not { } number
        ? ExportCell.Empty
        : ExcelValues.IsExact(number)
            ? ExportCell.Number(number, format)
            : ExportCell.RightAlignedText(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private sealed class TextColumn(string header, Func<T, string?> value, bool countRows) : ExportColumn<T>(header, ExportColumnKind.Text)
    {
        public override bool HasTotal => countRows;

        internal override ExportCellFormat Format => ExportCellFormat.Text;

        internal override ExportCell Cell(T row) => ExportCell.FromText(value(row));

        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = value(row) is { Length: > 0 } text ? new DataCell(ExcelValues.Clean(text)) : default;
            return true;
        }

        internal override ExportCell Total(IReadOnlyList<T> rows) => countRows ? IntegerCell(rows.Count, ExportCellFormat.Count) : ExportCell.Empty;
    }

    private sealed class MoneyColumn(string header, Func<T, Money?> value, bool total) : ExportColumn<T>(header, ExportColumnKind.Money)
    {
        public override bool HasTotal => total;

        internal override ExportCellFormat Format => ExportCellFormat.Money;

        internal override ExportCell Cell(T row) => MoneyCell(value(row));

        // fen / 100.0 is the double nearest the exact yuan: the value SpreadCheetah writes for the decimal, without the decimal division.
        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = default;
            if (value(row) is not { } money)
            {
                return true;
            }

            if (!ExcelValues.IsExact(money.Fen))
            {
                return false;
            }

            cell = new DataCell(money.Fen / 100.0);
            return true;
        }

        internal override ExportCell Total(IReadOnlyList<T> rows) => total ? MoneyCell(Sum(rows, value)) : ExportCell.Empty;
    }

    private sealed class IntegerColumn(string header, Func<T, long?> value, bool total, ExportCellFormat format) : ExportColumn<T>(header, ExportColumnKind.Integer)
    {
        public override bool HasTotal => total;

        internal override ExportCellFormat Format => format;

        internal override ExportCell Cell(T row) => IntegerCell(value(row), format);

        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = default;
            if (value(row) is not { } number)
            {
                return true;
            }

            if (!ExcelValues.IsExact(number))
            {
                return false;
            }

            cell = new DataCell(number);
            return true;
        }

        internal override ExportCell Total(IReadOnlyList<T> rows)
        {
            if (!total)
            {
                return ExportCell.Empty;
            }

            var sum = 0L;
            foreach (var row in rows)
            {
                sum = checked(sum + (value(row) ?? 0));
            }

            return IntegerCell(sum, format);
        }
    }

    private sealed class PercentColumn(string header, Func<T, decimal?> fraction, Func<IReadOnlyList<T>, decimal?>? total)
        : ExportColumn<T>(header, ExportColumnKind.Percent)
    {
        public override bool HasTotal => total is not null;

        internal override ExportCellFormat Format => ExportCellFormat.Percent;

        internal override ExportCell Cell(T row) => PercentCell(fraction(row));

        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = fraction(row) is { } share ? new DataCell(share) : default;
            return true;
        }

        internal override ExportCell Total(IReadOnlyList<T> rows) => total is null ? ExportCell.Empty : PercentCell(total(rows));

        private static ExportCell PercentCell(decimal? value) => value is { } share ? ExportCell.Number(share, ExportCellFormat.Percent) : ExportCell.Empty;
    }

    private sealed class DateColumn(string header, Func<T, DateOnly?> value, bool month) : ExportColumn<T>(header, ExportColumnKind.Date)
    {
        internal override ExportCellFormat Format => month ? ExportCellFormat.Month : ExportCellFormat.Date;

        internal override ExportCell Cell(T row)
        {
            if (value(row) is not { } date)
            {
                return ExportCell.Empty;
            }

            if (month)
            {
                date = new DateOnly(date.Year, date.Month, 1);
            }

            // Excel shows dates before 1900-03-01 wrongly; exact text keeps them readable.
            var cell = ExportCell.Time(date.ToDateTime(TimeOnly.MinValue), month ? ExportCellFormat.Month : ExportCellFormat.Date);
            return ExcelValues.IsDate(date) ? cell : ExportCell.FromText(cell.Display());
        }

        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = default;
            if (value(row) is not { } date)
            {
                return true;
            }

            if (!ExcelValues.IsDate(date))
            {
                return false;
            }

            cell = new DataCell((month ? new DateOnly(date.Year, date.Month, 1) : date).ToDateTime(TimeOnly.MinValue));
            return true;
        }
    }

    private sealed class DateTimeColumn(string header, Func<T, DateTime?> utc) : ExportColumn<T>(header, ExportColumnKind.DateTime)
    {
        internal override ExportCellFormat Format => ExportCellFormat.DateTime;

        internal override ExportCell Cell(T row)
        {
            if (utc(row) is not { } value)
            {
                return ExportCell.Empty;
            }

            var time = BeijingTime.FromUtc(value);
            var cell = ExportCell.Time(time, ExportCellFormat.DateTime);
            return ExcelValues.IsDate(DateOnly.FromDateTime(time)) ? cell : ExportCell.FromText(cell.Display());
        }

        internal override bool TryRawCell(T row, out DataCell cell)
        {
            cell = default;
            if (utc(row) is not { } value)
            {
                return true;
            }

            var time = BeijingTime.FromUtc(value);
            if (!ExcelValues.IsDate(DateOnly.FromDateTime(time)))
            {
                return false;
            }

            cell = new DataCell(time);
            return true;
        }
    }
}
