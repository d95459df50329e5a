using System.Globalization;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The layout every styled report shares, as a regulator hands it to a superior: a title, the filters
/// used, the generation time, a bold header row, panes frozen below it, an autofilter over header and
/// data, typed and formatted cells, fitted column widths and a total row ("合计") of computed values.
/// The file never contains a formula.
/// </summary>
/// <remarks>
/// Written forward only with the same streaming Open XML writer as the raw exports
/// (<see cref="WorksheetXmlWriter"/>), not built in memory with ClosedXML: a 20,000-row register took
/// seconds and hundreds of megabytes that way (README, Performance). SpreadCheetah, the fastest
/// library served here, cannot set a cell's quote prefix, which keeps formula-like text inert when a
/// user edits the cell, so it does not meet <see cref="SafeCells"/>' rules.
/// </remarks>
public static class ReportWorkbook
{
    public const int TitleRow = 1;
    public const int FiltersRow = 2;
    public const int GeneratedRow = 3;
    public const int HeaderRow = 5;
    public const string TotalLabel = "合计";
    public const string HeaderFill = "#DCE6F1";

    /// <summary>
    /// The cell padding Excel stores inside a column's width (5 pixels of the default font), added as
    /// ClosedXML added it, so the columns keep the widths the reports had.
    /// </summary>
    private const double ColumnPadding = 0.710625;

    /// <summary>Rows between two cancellation checks and progress reports.</summary>
    private const int ProgressInterval = 1_000;

    /// <summary>
    /// Builds the report as an .xlsx file. <paramref name="title"/> also names the sheet (at most 31
    /// characters). The total row is written when any column has a total; the first column holds its
    /// label and so cannot have one.
    /// </summary>
    public static byte[] Build<T>(string title, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedUtc)
    {
        using var buffer = new MemoryStream();
        Write(buffer, title, columns, rows, filters, generatedUtc);
        return buffer.ToArray();
    }

    /// <summary>Writes the report of <see cref="Build"/> to <paramref name="output"/>; returns the number of data rows.</summary>
    /// <param name="progress">Receives the rows written every 1,000 rows and at the end.</param>
    public static long Write<T>(Stream output, string title, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedUtc,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Check(title, columns, rows);
        var hasTotal = columns.Any(column => column.HasTotal);
        var totals = hasTotal ? columns.Select((column, c) => c == 0 ? ReportCell.FromText(TotalLabel) : column.Total(rows)).ToArray() : [];
        using var package = new XlsxPackageWriter(output);
        string filterRange;
        using (var part = package.AddWorksheet())
        using (var sheet = new WorksheetXmlWriter(part, columns.Select(c => c.Header).ToList(), Widths(columns, rows, totals), selected: true, Heading(title, filters, generatedUtc)))
        {
            for (var r = 0; r < rows.Count; r++)
            {
                sheet.StartRow();
                foreach (var column in columns)
                {
                    sheet.Cell(column.Cell(rows[r]), bold: false);
                }

                sheet.EndRow();
                if ((r + 1) % ProgressInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(r + 1);
                }
            }

            filterRange = sheet.FilterRange(sheet.LastRow);
            var lastDataRow = sheet.LastRow;
            if (hasTotal)
            {
                sheet.StartRow();
                foreach (var total in totals)
                {
                    sheet.Cell(total, bold: true);
                }

                sheet.EndRow();
            }

            sheet.Finish(lastDataRow);
        }

        package.Complete([(title, filterRange)]);
        progress?.Report(rows.Count);
        return rows.Count;
    }

    private static void Check<T>(string title, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows)
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
    }

    /// <summary>Fits each column to its widest text, header and total included, without GDI+ (CJK characters count double).</summary>
    private static double[] Widths<T>(IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, ReportCell[] totals)
    {
        var widest = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            widest[c] = SafeCells.DisplayWidth(columns[c].Header);
            if (totals.Length > 0)
            {
                widest[c] = Math.Max(widest[c], SafeCells.DisplayWidth(totals[c].Display));
            }

            foreach (var row in rows)
            {
                widest[c] = Math.Max(widest[c], SafeCells.DisplayWidth(columns[c].Cell(row).Display));
            }
        }

        return widest.Select(width => SafeCells.WidthFor(width) + ColumnPadding).ToArray();
    }

    private static SheetHeading Heading(string title, string filters, DateTime generatedUtc)
    {
        var generated = BeijingTime.Minutes(generatedUtc);
        return new SheetHeading(
        [
            (title, ExportStyles.Title),
            ($"筛选条件：{(string.IsNullOrWhiteSpace(filters) ? "无" : filters)}", ExportStyles.Text),
            ($"生成时间：{generated}（北京时间）", ExportStyles.Text),
        ], HeaderRow, MergeTitle: true);
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/> as an exact fraction, or null when the whole is zero.</summary>
    public static decimal? Fraction(Money part, Money whole) => whole.Fen == 0 ? null : (decimal)part.Fen / whole.Fen;
}
