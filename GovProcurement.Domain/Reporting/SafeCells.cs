using ClosedXML.Excel;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// Writes cells so that they are exact and safe: text stays text (codes keep leading zeros and all
/// 18 digits, "1-2" is not a date) and can never become a formula, money is exact to the fen with
/// a yuan format, and dates are real dates.
/// </summary>
public static class SafeCells
{
    public const string MoneyFormat = "#,##0.00";
    public const string DateFormat = "yyyy-mm-dd";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";
    public const string MonthFormat = "yyyy-mm";
    public const string IntegerFormat = "#,##0";
    public const string PercentFormat = "0.00%";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Text as text; a leading formula character is kept but quoted, so Excel never evaluates it.</summary>
    public static void Text(IXLCell cell, string? value)
    {
        value ??= "";
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    public static void Money(IXLCell cell, Money value)
    {
        cell.SetValue(value.Yuan);
        cell.DataType = XLDataType.Number;
        cell.Style.NumberFormat.Format = MoneyFormat;
    }

    public static void Integer(IXLCell cell, long value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Number;
        cell.Style.NumberFormat.Format = IntegerFormat;
    }

    /// <summary>A fraction (0.125 for 12.5%) as a real number shown as a percentage with two decimals.</summary>
    public static void Percent(IXLCell cell, decimal fraction)
    {
        cell.SetValue(fraction);
        cell.DataType = XLDataType.Number;
        cell.Style.NumberFormat.Format = PercentFormat;
    }

    /// <summary>A month as the real date of its first day, shown as yyyy-mm.</summary>
    public static void Month(IXLCell cell, DateOnly anyDayOfTheMonth)
    {
        Date(cell, new DateOnly(anyDayOfTheMonth.Year, anyDayOfTheMonth.Month, 1));
        cell.Style.NumberFormat.Format = MonthFormat;
    }

    public static void Date(IXLCell cell, DateOnly value)
    {
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        cell.DataType = XLDataType.DateTime;
        cell.Style.NumberFormat.Format = DateFormat;
    }

    public static void DateTime(IXLCell cell, System.DateTime valueInChina)
    {
        cell.SetValue(valueInChina);
        cell.DataType = XLDataType.DateTime;
        cell.Style.NumberFormat.Format = DateTimeFormat;
    }

    /// <summary>
    /// A column width that fits its content without GDI+ (unavailable on Linux): CJK characters
    /// count double, others single, plus a margin; capped so that one long cell cannot take over.
    /// </summary>
    public static double WidthFor(IEnumerable<string> texts) => WidthFor(texts.DefaultIfEmpty("").Max(DisplayWidth));

    /// <summary>The column width for content of <paramref name="displayWidth"/> (see <see cref="DisplayWidth"/>).</summary>
    public static double WidthFor(int displayWidth) => Math.Min(60, Math.Max(6, displayWidth + 2));

    public static int DisplayWidth(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
}
