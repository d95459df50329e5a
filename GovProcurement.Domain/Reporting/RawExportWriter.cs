using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// Writes raw-data exports of any size as .xlsx with SpreadCheetah, in bounded memory: rows are read
/// one at a time and streamed into the zip, never held, except the first <see cref="WidthSampleRows"/>,
/// which are kept to fit the column widths (they precede the rows in the XML). Cells are those of the
/// <see cref="ExportColumn{T}"/>s: text stays text in the text format (codes exact, nothing is a
/// formula), money is exact yuan, dates are real Beijing dates. Each sheet has a bold, frozen header
/// row and an autofilter over the rows written.
/// </summary>
/// <remarks>
/// The rows of a sheet are an Excel table without a table style: its autofilter is sized when the
/// sheet ends, the only way SpreadCheetah offers to fit a filter to a number of rows not known in
/// advance (a worksheet's own autofilter range is fixed when the worksheet starts).
/// A sheet holds at most <see cref="MaxDataRowsPerSheet"/> rows under its header (Excel's limit of
/// 1,048,576 rows). Further rows continue on another sheet with the same header: "Sheet2", "Sheet3"…
/// when no sheet name is given, otherwise "name (2)", "name (3)"…
/// The output may be seekable or not, and is written synchronously (<see cref="SynchronousWriteStream"/>):
/// give it a file or memory stream, never a network stream. On an error or cancellation what was
/// written is incomplete and must be discarded.
/// </remarks>
public sealed class RawExportWriter<T>
{
    public const int MaxDataRowsPerSheet = 1_048_575;

    /// <summary>How many leading rows are kept to fit the column widths.</summary>
    public const int WidthSampleRows = 1_000;

    /// <summary>Rows between two cancellation checks.</summary>
    internal const int CancellationInterval = 1_000;

    /// <summary>Rows between two progress reports (and one more at the end).</summary>
    internal const int ProgressInterval = 10_000;

    private const int MaxColumns = 16_384;
    private const int MaxSheetNameLength = 31;

    private readonly ExportColumn<T>[] columns;
    private readonly string[] headers;
    private readonly string? sheetName;
    private readonly int rowsPerSheet;

    public RawExportWriter(IReadOnlyList<ExportColumn<T>> columns, string? sheetName = null)
        : this(columns, sheetName, MaxDataRowsPerSheet)
    {
    }

    /// <summary>With a smaller sheet size, so that tests can reach it.</summary>
    internal RawExportWriter(IReadOnlyList<ExportColumn<T>> columns, string? sheetName, int rowsPerSheet)
    {
        if (columns.Count is 0 or > MaxColumns)
        {
            throw new ArgumentException($"An export has 1 to {MaxColumns:N0} columns.", nameof(columns));
        }

        // The header row names the table's columns: Excel requires them non-empty and distinct.
        if (columns.Any(c => string.IsNullOrWhiteSpace(c.Header)) || columns.DistinctBy(c => c.Header.Trim(), StringComparer.OrdinalIgnoreCase).Count() != columns.Count)
        {
            throw new ArgumentException("Every column of a raw export has a header of its own.", nameof(columns));
        }

        if (sheetName is not null && (sheetName.Length is 0 or > MaxSheetNameLength
            || sheetName.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || sheetName.StartsWith('\'') || sheetName.EndsWith('\'')))
        {
            throw new ArgumentException("A sheet name has 1 to 31 characters, none of : \\ / ? * [ ], and does not start or end with an apostrophe.", nameof(sheetName));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerSheet, MaxDataRowsPerSheet);
        this.columns = [.. columns];
        headers = this.columns.Select(c => ExcelValues.Clean(c.Header)).ToArray();
        this.sheetName = sheetName;
        this.rowsPerSheet = rowsPerSheet;
    }

    public IReadOnlyList<ExportColumn<T>> Columns => columns;

    /// <summary>Writes the rows to <paramref name="output"/>; returns how many were written.</summary>
    /// <param name="progress">Receives the number of rows written every 10,000 rows and at the end.</param>
    /// <param name="cancellationToken">Checked every 1,000 rows; cancelling throws <see cref="OperationCanceledException"/>.</param>
    /// <remarks>
    /// SpreadCheetah writes asynchronously; this loop waits only for a write that did not complete at
    /// once (a full buffer going to an output that completes writes later), so a file or memory stream
    /// costs no task per row.
    /// </remarks>
    public long Write(Stream output, IEnumerable<T> rows, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        using var source = rows.GetEnumerator();
        var sample = new List<T>();
        while (sample.Count < WidthSampleRows && source.MoveNext())
        {
            sample.Add(source.Current);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var spreadsheet = Wait(Spreadsheet.CreateNewAsync(new SynchronousWriteStream(output), ExportStyles.Options, cancellationToken));
        try
        {
            var sheet = new SheetRun(this, spreadsheet, WidthsFor(sample), progress, cancellationToken);
            foreach (var row in sample)
            {
                Wait(sheet.AddAsync(row));
            }

            sample.Clear();
            while (source.MoveNext())
            {
                Wait(sheet.AddAsync(source.Current));
            }

            return sheet.CompleteAsync().GetAwaiter().GetResult();
        }
        finally
        {
            Wait(spreadsheet.DisposeAsync());
        }
    }

    /// <inheritdoc cref="Write"/>
    public async Task<long> WriteAsync(Stream output, IAsyncEnumerable<T> rows, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var source = rows.GetAsyncEnumerator(cancellationToken);
        var sample = new List<T>();
        while (sample.Count < WidthSampleRows && await source.MoveNextAsync().ConfigureAwait(false))
        {
            sample.Add(source.Current);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(new SynchronousWriteStream(output), ExportStyles.Options, cancellationToken).ConfigureAwait(false);
        var sheet = new SheetRun(this, spreadsheet, WidthsFor(sample), progress, cancellationToken);
        foreach (var row in sample)
        {
            await sheet.AddAsync(row).ConfigureAwait(false);
        }

        sample.Clear();
        while (await source.MoveNextAsync().ConfigureAwait(false))
        {
            await sheet.AddAsync(source.Current).ConfigureAwait(false);
        }

        return await sheet.CompleteAsync().ConfigureAwait(false);
    }

    private static void Wait(ValueTask pending)
    {
        if (pending.IsCompletedSuccessfully)
        {
            return;
        }

        pending.AsTask().GetAwaiter().GetResult();
    }

    private static TResult Wait<TResult>(ValueTask<TResult> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    /// <summary>The width of each column: its header and the sampled values, by <see cref="SafeCells.WidthFor(IEnumerable{string})"/>.</summary>
    internal double[] WidthsFor(IReadOnlyList<T> sample) =>
        columns.Select(column => SafeCells.WidthFor(sample.Select(row => column.Cell(row).Display()).Prepend(column.Header))).ToArray();

    private string SheetName(int number)
    {
        if (sheetName is null)
        {
            return $"Sheet{number}";
        }

        if (number == 1)
        {
            return sheetName;
        }

        var suffix = $" ({number})";
        return sheetName[..Math.Min(sheetName.Length, MaxSheetNameLength - suffix.Length)] + suffix;
    }

    /// <summary>
    /// One run of the writer: adds rows to the current sheet, starts the next one when it is full, checks
    /// for cancellation and reports progress. Each column's style is set once on the sheet, so a row is
    /// plain <see cref="DataCell"/>s read straight from the columns' typed values
    /// (<see cref="ExportColumn{T}.TryRawCell"/>) into one reused array: SpreadCheetah's fast path.
    /// Only a row holding an exception (a number beyond 15 digits or a date before 1900 kept as exact
    /// text) is written cell by cell with a style on each.
    /// </summary>
    private sealed class SheetRun(RawExportWriter<T> writer, Spreadsheet spreadsheet, double[] widths, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        private readonly ExportStyles styles = ExportStyles.AddTo(spreadsheet);
        private readonly DataCell[] dataCells = new DataCell[writer.columns.Length];
        private readonly StyledCell[] styledCells = new StyledCell[writer.columns.Length];
        private int sheets;
        private int sheetRows;
        private long rows;

        public ValueTask AddAsync(T row) => sheets == 0 || sheetRows == writer.rowsPerSheet ? AddOnNextSheetAsync(row) : AddToSheet(row);

        private async ValueTask AddOnNextSheetAsync(T row)
        {
            await NextSheetAsync().ConfigureAwait(false);
            await AddToSheet(row).ConfigureAwait(false);
        }

        private ValueTask AddToSheet(T row)
        {
            // Cancellation is checked here, every thousand rows, as documented; never inside a write.
            sheetRows++;
            rows++;
            if (rows % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (rows % ProgressInterval == 0)
            {
                progress?.Report(rows);
            }

            var columns = writer.columns;
            for (var c = 0; c < columns.Length; c++)
            {
                if (!columns[c].TryRawCell(row, out dataCells[c]))
                {
                    return AddStyled(row);
                }
            }

            return spreadsheet.AddRowAsync(dataCells, CancellationToken.None);
        }

        /// <summary>A row holding an exception: each cell in the style of its own format.</summary>
        private ValueTask AddStyled(T row)
        {
            var columns = writer.columns;
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = columns[c].Cell(row);
                styledCells[c] = cell.IsEmpty ? default : new StyledCell(cell.ToDataCell(), styles.Of(cell.Format));
            }

            return spreadsheet.AddRowAsync(styledCells, CancellationToken.None);
        }

        /// <summary>Finishes the last sheet and the package; returns the number of data rows written.</summary>
        public async Task<long> CompleteAsync()
        {
            if (sheets == 0)
            {
                await NextSheetAsync().ConfigureAwait(false);
            }

            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
            if (rows % ProgressInterval != 0)
            {
                progress?.Report(rows);
            }

            return rows;
        }

        private async ValueTask NextSheetAsync()
        {
            sheets++;
            var options = new WorksheetOptions { FrozenRows = 1 };
            for (var c = 0; c < widths.Length; c++)
            {
                var column = options.Column(c + 1);
                column.Width = widths[c];
                column.DefaultStyle = ExportStyles.StyleOf(writer.columns[c].Format);
            }

            await spreadsheet.StartWorksheetAsync(writer.SheetName(sheets), options, cancellationToken).ConfigureAwait(false);
            spreadsheet.StartTable(new Table(TableStyle.None, $"Rows{sheets}"));
            await spreadsheet.AddHeaderRowAsync(writer.headers, styles.Header, cancellationToken).ConfigureAwait(false);
            sheetRows = 0;
        }
    }
}
