using System.Globalization;
using ClosedXML.Excel;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The layout every styled report shares, as a regulator hands it to a superior: a title, the filters
/// used, the generation time, a bold header row, panes frozen below it, an autofilter over header and
/// data, typed and formatted cells, fitted column widths and a total row ("合计") of computed values.
/// The file never contains a formula.
/// </summary>
public static class ReportWorkbook
{
    public const int TitleRow = 1;
    public const int FiltersRow = 2;
    public const int GeneratedRow = 3;
    public const int HeaderRow = 5;
    public const string TotalLabel = "合计";
    public const string HeaderFill = "#DCE6F1";

    /// <summary>
    /// Builds the report as an .xlsx file. <paramref name="title"/> also names the sheet (at most 31
    /// characters). The total row is written when any column has a total; the first column holds its
    /// label and so cannot have one.
    /// </summary>
    public static byte[] Build<T>(string title, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedInChina)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A report needs at least one column.", nameof(columns));
        }

        if (columns[0].HasTotal)
        {
            throw new ArgumentException($"The first column holds the label \"{TotalLabel}\" and cannot have a total.", nameof(columns));
        }

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(title);
        WriteHeading(sheet, title, columns.Count, filters, generatedInChina);

        // The widest text of each column, header included, to fit the widths without GDI+.
        var widest = new Widest(columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            SafeCells.Text(sheet.Cell(HeaderRow, c + 1), columns[c].Header);
            widest.Offer(c, columns[c].Header);
        }

        var header = sheet.Range(HeaderRow, 1, HeaderRow, columns.Count).Style;
        header.Font.Bold = true;
        header.Fill.BackgroundColor = XLColor.FromHtml(HeaderFill);

        var r = HeaderRow + 1;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                widest.Offer(c, columns[c].Write(sheet.Cell(r, c + 1), row));
            }

            r++;
        }

        var lastDataRow = r - 1;
        if (columns.Any(column => column.HasTotal))
        {
            SafeCells.Text(sheet.Cell(r, 1), TotalLabel);
            widest.Offer(0, TotalLabel);
            for (var c = 1; c < columns.Count; c++)
            {
                widest.Offer(c, columns[c].WriteTotal(sheet.Cell(r, c + 1), rows));
            }

            sheet.Range(r, 1, r, columns.Count).Style.Font.Bold = true;
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.Range(HeaderRow, 1, Math.Max(HeaderRow, lastDataRow), columns.Count).SetAutoFilter();
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = SafeCells.WidthFor([widest.Text(c)]);
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/> as an exact fraction, or null when the whole is zero.</summary>
    public static decimal? Fraction(Money part, Money whole) => whole.Fen == 0 ? null : (decimal)part.Fen / whole.Fen;

    /// <summary>A time in China; a value of kind <see cref="DateTimeKind.Utc"/> is moved to China time.</summary>
    internal static DateTime InChina(DateTime time) =>
        time.Kind == DateTimeKind.Utc ? DateTime.SpecifyKind(time + Clock.ChinaOffset, DateTimeKind.Unspecified) : time;

    private static void WriteHeading(IXLWorksheet sheet, string title, int columnCount, string filters, DateTime generatedInChina)
    {
        SafeCells.Text(sheet.Cell(TitleRow, 1), title);
        var titleRange = sheet.Range(TitleRow, 1, TitleRow, columnCount);
        if (columnCount > 1)
        {
            titleRange.Merge();
        }

        titleRange.Style.Font.SetBold().Font.SetFontSize(16);
        SafeCells.Text(sheet.Cell(FiltersRow, 1), $"筛选条件：{(string.IsNullOrWhiteSpace(filters) ? "无" : filters)}");
        var generated = InChina(generatedInChina).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        SafeCells.Text(sheet.Cell(GeneratedRow, 1), $"生成时间：{generated}（北京时间）");
    }

    /// <summary>The widest text seen in each column, by display width (CJK characters count double).</summary>
    private sealed class Widest(int columnCount)
    {
        private readonly string[] texts = Enumerable.Repeat("", columnCount).ToArray();
        private readonly int[] widths = new int[columnCount];

        public void Offer(int column, string text)
        {
            var width = SafeCells.DisplayWidth(text);
            if (width > widths[column])
            {
                widths[column] = width;
                texts[column] = text;
            }
        }

        public string Text(int column) => texts[column];
    }
}
