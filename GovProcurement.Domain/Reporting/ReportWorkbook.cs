using GovProcurement.Domain.Common;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The layout every styled report shares, as a regulator hands it to a superior: a title, the filters
/// used, the generation time, a bold header row, panes frozen below it, an autofilter over header and
/// data, typed and formatted cells, fitted column widths and a total row ("合计") of computed values.
/// The file never contains a formula.
/// </summary>
/// <remarks>
/// Written forward only with SpreadCheetah, like the raw exports (<see cref="RawExportWriter{T}"/>), from
/// the same <see cref="ExportColumn{T}"/>s and <see cref="ExportStyles"/>; not built in memory with
/// ClosedXML, which took seconds and hundreds of megabytes for a 20,000-row register (README, Performance).
/// A report's rows are all known before it is written (totals and widths need them), so its autofilter
/// is a plain worksheet autofilter over exactly the header and data rows.
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
    public static byte[] Build<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedUtc)
    {
        using var buffer = new MemoryStream();
        Write(buffer, title, columns, rows, filters, generatedUtc);
        return buffer.ToArray();
    }

    /// <summary>Writes the report of <see cref="Build"/> to <paramref name="output"/>; returns the number of data rows.</summary>
    /// <param name="progress">Receives the rows written every 1,000 rows and at the end.</param>
    /// <remarks>SpreadCheetah writes asynchronously; this waits for <see cref="WriteAsync"/>, which writes the output synchronously (<see cref="SynchronousWriteStream"/>): a file or memory stream.</remarks>
    public static long Write<T>(Stream output, string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, string filters, DateTime generatedUtc,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(output, title, columns, rows, filters, generatedUtc, progress, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Write"/>
    public static async Task<long> WriteAsync<T>(Stream output, string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, string filters,
        DateTime generatedUtc, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Check(title, columns, rows);
        var hasTotal = columns.Any(column => column.HasTotal);
        var totals = hasTotal ? columns.Select((column, c) => c == 0 ? ExportCell.FromText(TotalLabel) : column.Total(rows)).ToArray() : [];
        var lastColumn = SpreadsheetUtility.GetColumnName(columns.Count);
        var options = new WorksheetOptions
        {
            FrozenRows = HeaderRow,
            AutoFilter = new AutoFilterOptions($"A{HeaderRow}:{lastColumn}{HeaderRow + rows.Count}"),
        };
        var widths = Widths(columns, rows, totals);
        for (var c = 0; c < widths.Length; c++)
        {
            options.Column(c + 1).Width = widths[c];
        }

        await using var spreadsheet = await Spreadsheet.CreateNewAsync(new SynchronousWriteStream(output), ExportStyles.Options, cancellationToken).ConfigureAwait(false);
        var styles = ExportStyles.AddTo(spreadsheet);
        await spreadsheet.StartWorksheetAsync(title, options, cancellationToken).ConfigureAwait(false);
        await WriteHeadingAsync(spreadsheet, styles, title, filters, generatedUtc, cancellationToken).ConfigureAwait(false);
        if (columns.Count > 1)
        {
            spreadsheet.MergeCells($"A{TitleRow}:{lastColumn}{TitleRow}");
        }

        var cells = new Cell[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            cells[c] = columns[c].Header.Length == 0 ? default : new Cell(ExcelValues.Clean(columns[c].Header), styles.Header);
        }

        await spreadsheet.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = columns[c].Cell(rows[r]).ToCell(styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
            if ((r + 1) % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(r + 1);
            }
        }

        if (hasTotal)
        {
            await spreadsheet.AddRowAsync(totals.Select(total => total.ToCell(styles, bold: true)).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(rows.Count);
        return rows.Count;
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/> as an exact fraction, or null when the whole is zero.</summary>
    public static decimal? Fraction(Money part, Money whole) => whole.Fen == 0 ? null : (decimal)part.Fen / whole.Fen;

    private static void Check<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows)
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

    /// <summary>The title, the filters line, the generation time (Beijing) and an empty row above the header.</summary>
    private static async Task WriteHeadingAsync(Spreadsheet spreadsheet, ExportStyles styles, string title, string filters, DateTime generatedUtc, CancellationToken ct)
    {
        var text = styles.Of(ExportCellFormat.Text);
        await spreadsheet.AddRowAsync([new Cell(ExcelValues.Clean(title), styles.Title)], ct).ConfigureAwait(false);
        await spreadsheet.AddRowAsync([new Cell(ExcelValues.Clean($"筛选条件：{(string.IsNullOrWhiteSpace(filters) ? "无" : filters)}"), text)], ct).ConfigureAwait(false);
        await spreadsheet.AddRowAsync([new Cell($"生成时间：{BeijingTime.Minutes(generatedUtc)}（北京时间）", text)], ct).ConfigureAwait(false);
        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), ct).ConfigureAwait(false);
    }

    /// <summary>Fits each column to its widest text, header and total included, without GDI+ (CJK characters count double).</summary>
    private static double[] Widths<T>(IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, ExportCell[] totals)
    {
        var widest = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            widest[c] = SafeCells.DisplayWidth(columns[c].Header);
            if (totals.Length > 0)
            {
                widest[c] = Math.Max(widest[c], SafeCells.DisplayWidth(totals[c].Display()));
            }

            foreach (var row in rows)
            {
                widest[c] = Math.Max(widest[c], SafeCells.DisplayWidth(columns[c].Cell(row).Display()));
            }
        }

        return widest.Select(width => SafeCells.WidthFor(width) + ColumnPadding).ToArray();
    }
}
