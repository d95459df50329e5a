using System.Globalization;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>How the values of a styled report column are stored and shown.</summary>
public enum ReportColumnKind
{
    /// <summary>Exact text: codes keep every digit and leading zero, and nothing is ever a formula.</summary>
    Text,

    /// <summary>An amount held in fen, written as exact yuan with two decimals (#,##0.00).</summary>
    Money,

    /// <summary>A whole number such as a count (codes belong in <see cref="Text"/>), shown as #,##0.</summary>
    Integer,

    /// <summary>A fraction written as a real number and shown as a percentage (0.00%).</summary>
    Percent,

    /// <summary>A calendar date (yyyy-mm-dd) or month (yyyy-mm), written as a real date.</summary>
    Date,

    /// <summary>A UTC instant, written as its Beijing time (UTC+8) and shown as yyyy-mm-dd hh:mm.</summary>
    DateTime,
}

/// <summary>
/// One column of a styled report built by <see cref="ReportWorkbook"/>: its header, its kind, how to
/// read its value from a row and what, if anything, the total row shows under it. A null value
/// leaves the cell empty. Create columns with the static factory methods.
/// </summary>
public abstract class ReportColumn<T>
{
    /// <summary>The number format of a row count in the total row, e.g. "共 12 条".</summary>
    public const string CountFormat = "\"共 \"#,##0\" 条\"";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private protected ReportColumn(string header, ReportColumnKind kind)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        Kind = kind;
    }

    public string Header { get; }

    public ReportColumnKind Kind { get; }

    /// <summary>Whether the total row shows a value under this column.</summary>
    public abstract bool HasTotal { get; }

    /// <summary>Text; with <paramref name="countRows"/> the total row shows the number of rows ("共 N 条") under it.</summary>
    public static ReportColumn<T> Text(string header, Func<T, string?> value, bool countRows = false) => new TextColumn(header, value, countRows);

    /// <summary>Money; with <paramref name="total"/> the total row shows the exact sum of the column.</summary>
    public static ReportColumn<T> Money(string header, Func<T, Money?> value, bool total = false) => new MoneyColumn(header, value, total);

    /// <summary>A whole number; with <paramref name="total"/> the total row shows the sum of the column.</summary>
    public static ReportColumn<T> Integer(string header, Func<T, long?> value, bool total = false) => new IntegerColumn(header, value, total);

    /// <summary>A fraction (0.125 is 12.5%); <paramref name="total"/> computes the total row's value from all rows.</summary>
    public static ReportColumn<T> Percent(string header, Func<T, decimal?> fraction, Func<IReadOnlyList<T>, decimal?>? total = null) =>
        new PercentColumn(header, fraction, total);

    /// <summary>A percentage held in basis points (1250 is 12.5%); <paramref name="total"/> computes the total row's basis points from all rows.</summary>
    public static ReportColumn<T> PercentOfBasisPoints(string header, Func<T, long?> basisPoints, Func<IReadOnlyList<T>, long?>? total = null) =>
        new PercentColumn(
            header,
            row => basisPoints(row) / 10_000m,
            total is null ? null : rows => total(rows) / 10_000m);

    /// <summary>
    /// The share <paramref name="part"/> / <paramref name="whole"/> as a percentage, empty when the whole
    /// is zero; the total row recomputes it from the summed parts and wholes, never averages the shares.
    /// </summary>
    public static ReportColumn<T> Share(string header, Func<T, Money> part, Func<T, Money> whole) =>
        new PercentColumn(
            header,
            row => ReportWorkbook.Fraction(part(row), whole(row)),
            rows => ReportWorkbook.Fraction(Sum(rows, row => part(row)), Sum(rows, row => whole(row))));

    public static ReportColumn<T> Date(string header, Func<T, DateOnly?> value) => new DateColumn(header, value, month: false);

    /// <summary>A month, written as the real date of its first day and shown as yyyy-mm.</summary>
    public static ReportColumn<T> Month(string header, Func<T, DateOnly?> anyDayOfTheMonth) => new DateColumn(header, anyDayOfTheMonth, month: true);

    /// <summary>
    /// A stored UTC instant, written as its Beijing time. Pass the UTC value as stored: a value of any
    /// other kind is refused (<see cref="BeijingTime.RequireUtc"/>), so a time is never moved twice.
    /// </summary>
    public static ReportColumn<T> DateTime(string header, Func<T, DateTime?> utc) => new DateTimeColumn(header, utc);

    /// <summary>This column's cell of <paramref name="row"/>: its typed value, format and the text Excel shows for it.</summary>
    public abstract ReportCell Cell(T row);

    /// <summary>This column's cell of the total row.</summary>
    public virtual ReportCell Total(IReadOnlyList<T> rows) => ReportCell.Empty;

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

    private static ReportCell MoneyCell(Money? value)
    {
        if (value is not { } money)
        {
            return ReportCell.Empty;
        }

        var display = money.Yuan.ToString(SafeCells.MoneyFormat, Invariant);
        // Beyond 15 significant digits Excel would round the number; exact text keeps every fen.
        return ExcelValues.IsExact(money.Fen)
            ? ReportCell.Numeric(ExcelValues.Yuan(money.Fen), ReportCellFormat.Money, display)
            : ReportCell.RightAlignedText(ExcelValues.Yuan(money.Fen), display);
    }

    private static ReportCell IntegerCell(long? value, ReportCellFormat format = ReportCellFormat.Integer)
    {
        if (value is not { } number)
        {
            return ReportCell.Empty;
        }

        var display = format == ReportCellFormat.Count
            ? $"共 {number.ToString(SafeCells.IntegerFormat, Invariant)} 条"
            : number.ToString(SafeCells.IntegerFormat, Invariant);
        return ExcelValues.IsExact(number)
            ? ReportCell.Numeric(number.ToString(Invariant), format, display)
            : ReportCell.RightAlignedText(number.ToString(Invariant), display);
    }

    private static ReportCell PercentCell(decimal? value) => value is { } fraction
        ? ReportCell.Numeric(fraction.ToString(Invariant), ReportCellFormat.Percent, (fraction * 100m).ToString("0.00", Invariant) + "%")
        : ReportCell.Empty;

    private sealed class TextColumn(string header, Func<T, string?> value, bool countRows) : ReportColumn<T>(header, ReportColumnKind.Text)
    {
        public override bool HasTotal => countRows;

        public override ReportCell Cell(T row)
        {
            var text = value(row) ?? "";
            if (text.Length > ExcelValues.MaxTextLength)
            {
                // Excel reports a damaged file beyond this length; cut without splitting a surrogate pair.
                text = text[..(char.IsHighSurrogate(text[ExcelValues.MaxTextLength - 1]) ? ExcelValues.MaxTextLength - 1 : ExcelValues.MaxTextLength)];
            }

            return ReportCell.FromText(text);
        }

        public override ReportCell Total(IReadOnlyList<T> rows) => countRows ? IntegerCell(rows.Count, ReportCellFormat.Count) : ReportCell.Empty;
    }

    private sealed class MoneyColumn(string header, Func<T, Money?> value, bool total) : ReportColumn<T>(header, ReportColumnKind.Money)
    {
        public override bool HasTotal => total;

        public override ReportCell Cell(T row) => MoneyCell(value(row));

        public override ReportCell Total(IReadOnlyList<T> rows) => total ? MoneyCell(Sum(rows, value)) : ReportCell.Empty;
    }

    private sealed class IntegerColumn(string header, Func<T, long?> value, bool total) : ReportColumn<T>(header, ReportColumnKind.Integer)
    {
        public override bool HasTotal => total;

        public override ReportCell Cell(T row) => IntegerCell(value(row));

        public override ReportCell Total(IReadOnlyList<T> rows)
        {
            if (!total)
            {
                return ReportCell.Empty;
            }

            var sum = 0L;
            foreach (var row in rows)
            {
                sum = checked(sum + (value(row) ?? 0));
            }

            return IntegerCell(sum);
        }
    }

    private sealed class PercentColumn(string header, Func<T, decimal?> fraction, Func<IReadOnlyList<T>, decimal?>? total)
        : ReportColumn<T>(header, ReportColumnKind.Percent)
    {
        public override bool HasTotal => total is not null;

        public override ReportCell Cell(T row) => PercentCell(fraction(row));

        public override ReportCell Total(IReadOnlyList<T> rows) => total is null ? ReportCell.Empty : PercentCell(total(rows));
    }

    private sealed class DateColumn(string header, Func<T, DateOnly?> value, bool month) : ReportColumn<T>(header, ReportColumnKind.Date)
    {
        public override bool HasTotal => false;

        public override ReportCell Cell(T row)
        {
            if (value(row) is not { } date)
            {
                return ReportCell.Empty;
            }

            if (month)
            {
                date = new DateOnly(date.Year, date.Month, 1);
            }

            var text = date.ToString(month ? "yyyy-MM" : "yyyy-MM-dd", Invariant);
            // Excel shows dates before 1900-03-01 wrongly; exact text keeps them readable.
            return ExcelValues.TrySerial(date, out var serial)
                ? ReportCell.Numeric(serial, month ? ReportCellFormat.Month : ReportCellFormat.Date, text)
                : ReportCell.FromText(text);
        }
    }

    private sealed class DateTimeColumn(string header, Func<T, DateTime?> utc) : ReportColumn<T>(header, ReportColumnKind.DateTime)
    {
        public override bool HasTotal => false;

        public override ReportCell Cell(T row)
        {
            if (utc(row) is not { } value)
            {
                return ReportCell.Empty;
            }

            var time = BeijingTime.FromUtc(value);
            var text = time.ToString(BeijingTime.MinuteFormat, Invariant);
            return ExcelValues.TrySerial(time, out var serial) ? ReportCell.Numeric(serial, ReportCellFormat.DateTime, text) : ReportCell.FromText(text);
        }
    }
}
