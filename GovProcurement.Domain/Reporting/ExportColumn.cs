using System.Globalization;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>How the values of an export column are stored and shown in the sheet.</summary>
public enum ExportColumnKind
{
    /// <summary>Exact text: codes keep every digit and leading zero, and nothing is ever a formula.</summary>
    Text,

    /// <summary>An amount held in fen, written as exact yuan with two decimals (#,##0.00).</summary>
    Money,

    /// <summary>A whole number such as a count or a year (codes belong in <see cref="Text"/>).</summary>
    Integer,

    /// <summary>A calendar date, shown as yyyy-mm-dd.</summary>
    Date,

    /// <summary>A UTC instant, written as its Beijing time (UTC+8) and shown as yyyy-mm-dd hh:mm.</summary>
    DateTime,
}

/// <summary>
/// One column of a streamed export: its header, its kind and how to read its value from a row.
/// A null value leaves the cell empty. Create columns with the static factory methods.
/// </summary>
public abstract class ExportColumn<T>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private protected ExportColumn(string header, ExportColumnKind kind)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        Kind = kind;
    }

    public string Header { get; }

    public ExportColumnKind Kind { get; }

    public static ExportColumn<T> Text(string header, Func<T, string?> value) => new TextColumn(header, value);

    public static ExportColumn<T> Money(string header, Func<T, Money?> value) => new MoneyColumn(header, value);

    public static ExportColumn<T> Integer(string header, Func<T, long?> value) => new IntegerColumn(header, value);

    public static ExportColumn<T> Date(string header, Func<T, DateOnly?> value) => new DateColumn(header, value);

    /// <summary>
    /// A stored UTC instant, written as its Beijing time. Pass the UTC value as stored: a value of any
    /// other kind is refused (<see cref="BeijingTime.RequireUtc"/>), so a time is never moved twice.
    /// </summary>
    public static ExportColumn<T> DateTime(string header, Func<T, DateTime?> utc) => new DateTimeColumn(header, utc);

    /// <summary>Writes this column's cell of <paramref name="row"/>.</summary>
    internal abstract void Write(WorksheetXmlWriter sheet, T row);

    /// <summary>The text Excel shows for the value, used to fit the column width.</summary>
    internal abstract string DisplayText(T row);

    private sealed class TextColumn(string header, Func<T, string?> value) : ExportColumn<T>(header, ExportColumnKind.Text)
    {
        internal override void Write(WorksheetXmlWriter sheet, T row) => sheet.Text(value(row));

        internal override string DisplayText(T row) => value(row) ?? "";
    }

    private sealed class MoneyColumn(string header, Func<T, Money?> value) : ExportColumn<T>(header, ExportColumnKind.Money)
    {
        internal override void Write(WorksheetXmlWriter sheet, T row)
        {
            if (value(row) is not { } money)
            {
                sheet.Empty();
            }
            else if (ExcelValues.IsExact(money.Fen))
            {
                sheet.Number(ExcelValues.Yuan(money.Fen), ExportStyles.Money);
            }
            else
            {
                sheet.Text(ExcelValues.Yuan(money.Fen));
            }
        }

        internal override string DisplayText(T row) => value(row) is { } money ? money.Yuan.ToString(SafeCells.MoneyFormat, Invariant) : "";
    }

    private sealed class IntegerColumn(string header, Func<T, long?> value) : ExportColumn<T>(header, ExportColumnKind.Integer)
    {
        internal override void Write(WorksheetXmlWriter sheet, T row)
        {
            if (value(row) is not { } number)
            {
                sheet.Empty();
            }
            else if (ExcelValues.IsExact(number))
            {
                sheet.Number(number.ToString(Invariant), ExportStyles.Integer);
            }
            else
            {
                sheet.Text(number.ToString(Invariant));
            }
        }

        internal override string DisplayText(T row) => value(row)?.ToString(Invariant) ?? "";
    }

    private sealed class DateColumn(string header, Func<T, DateOnly?> value) : ExportColumn<T>(header, ExportColumnKind.Date)
    {
        internal override void Write(WorksheetXmlWriter sheet, T row)
        {
            if (value(row) is not { } date)
            {
                sheet.Empty();
            }
            else if (ExcelValues.TrySerial(date, out var serial))
            {
                sheet.Number(serial, ExportStyles.Date);
            }
            else
            {
                sheet.Text(DisplayText(date));
            }
        }

        internal override string DisplayText(T row) => value(row) is { } date ? DisplayText(date) : "";

        private static string DisplayText(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
    }

    private sealed class DateTimeColumn(string header, Func<T, DateTime?> utc) : ExportColumn<T>(header, ExportColumnKind.DateTime)
    {
        internal override void Write(WorksheetXmlWriter sheet, T row)
        {
            if (InBeijing(row) is not { } time)
            {
                sheet.Empty();
            }
            else if (ExcelValues.TrySerial(time, out var serial))
            {
                sheet.Number(serial, ExportStyles.DateTime);
            }
            else
            {
                sheet.Text(DisplayText(time));
            }
        }

        internal override string DisplayText(T row) => InBeijing(row) is { } time ? DisplayText(time) : "";

        private static string DisplayText(System.DateTime time) => time.ToString(BeijingTime.MinuteFormat, Invariant);

        private System.DateTime? InBeijing(T row) => utc(row) is { } time ? BeijingTime.FromUtc(time) : null;
    }
}
