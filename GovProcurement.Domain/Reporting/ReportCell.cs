namespace GovProcurement.Domain.Reporting;

/// <summary>How a cell of a styled report is shown: its number format (text is "@").</summary>
public enum ReportCellFormat
{
    Text,
    Money,
    Integer,

    /// <summary>A row count in the total row, shown as "共 N 条".</summary>
    Count,
    Percent,
    Date,
    Month,
    DateTime,
}

/// <summary>
/// One cell of a styled report, independent of the file writer: exact text, or a number already
/// spelled the way sheet XML stores it (yuan with two decimals, a date serial, a fraction), with its
/// format and the text Excel shows for it (which fits the column width). Text that starts like a
/// formula is quoted by the writer, so it can never become one.
/// </summary>
public readonly record struct ReportCell(string? Text, string? Number, ReportCellFormat Format, string Display, bool AlignRight)
{
    public static readonly ReportCell Empty = new(null, null, ReportCellFormat.Text, "", false);

    public bool IsEmpty => string.IsNullOrEmpty(Text) && Number is null;

    public static ReportCell FromText(string text) => new(text, null, ReportCellFormat.Text, text, false);

    /// <summary>A number too large for Excel's 15 digits, kept as exact text on the right like a number.</summary>
    public static ReportCell RightAlignedText(string text, string display) => new(text, null, ReportCellFormat.Text, display, true);

    public static ReportCell Numeric(string spelled, ReportCellFormat format, string display) => new(null, spelled, format, display, false);
}
