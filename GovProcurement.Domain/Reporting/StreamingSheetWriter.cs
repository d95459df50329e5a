namespace GovProcurement.Domain.Reporting;

/// <summary>
/// Writes raw-data exports of any size as .xlsx in bounded memory: rows are read one at a time and
/// streamed into the zip, never held, except the first <see cref="WidthSampleRows"/>, which are kept
/// to fit the column widths (they precede the rows in the XML). Cells follow the rules of
/// <see cref="SafeCells"/>: text is an inline string (codes stay exact, nothing is a formula; text that
/// starts like a formula is quoted), money is exact yuan, dates are real dates. Each sheet has a bold,
/// frozen header row and an autofilter over the rows written.
/// </summary>
/// <remarks>
/// A sheet holds at most <see cref="MaxDataRowsPerSheet"/> rows under its header (Excel's limit of
/// 1,048,576 rows). Further rows continue on another sheet with the same header: "Sheet2", "Sheet3"…
/// when no sheet name is given, otherwise "name (2)", "name (3)"…
/// The output may be seekable or not, but it is written synchronously; on an error or cancellation
/// what was written is incomplete and must be discarded.
/// </remarks>
public sealed class StreamingSheetWriter<T>
{
    public const int MaxDataRowsPerSheet = 1_048_575;

    /// <summary>How many leading rows are kept to fit the column widths.</summary>
    public const int WidthSampleRows = 1_000;

    private const int MaxColumns = 16_384;
    private const int MaxSheetNameLength = 31;

    private readonly ExportColumn<T>[] columns;
    private readonly string? sheetName;
    private readonly int rowsPerSheet;

    public StreamingSheetWriter(IReadOnlyList<ExportColumn<T>> columns, string? sheetName = null)
        : this(columns, sheetName, MaxDataRowsPerSheet)
    {
    }

    /// <summary>With a smaller sheet size, so that tests can reach it.</summary>
    internal StreamingSheetWriter(IReadOnlyList<ExportColumn<T>> columns, string? sheetName, int rowsPerSheet)
    {
        if (columns.Count is 0 or > MaxColumns)
        {
            throw new ArgumentException($"An export has 1 to {MaxColumns:N0} columns.", nameof(columns));
        }

        if (sheetName is not null && (sheetName.Length is 0 or > MaxSheetNameLength
            || sheetName.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || sheetName.StartsWith('\'') || sheetName.EndsWith('\'')))
        {
            throw new ArgumentException("A sheet name has 1 to 31 characters, none of : \\ / ? * [ ], and does not start or end with an apostrophe.", nameof(sheetName));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerSheet, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowsPerSheet, MaxDataRowsPerSheet);
        this.columns = [.. columns];
        this.sheetName = sheetName;
        this.rowsPerSheet = rowsPerSheet;
    }

    public IReadOnlyList<ExportColumn<T>> Columns => columns;

    /// <summary>Writes the rows to <paramref name="output"/>; returns how many were written.</summary>
    /// <param name="progress">Receives the number of rows written every 10,000 rows and at the end.</param>
    /// <param name="cancellationToken">Checked every 1,000 rows; cancelling throws <see cref="OperationCanceledException"/>.</param>
    public long Write(Stream output, IEnumerable<T> rows, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        using var source = rows.GetEnumerator();
        var sample = new List<T>();
        while (sample.Count < WidthSampleRows && source.MoveNext())
        {
            sample.Add(source.Current);
        }

        using var session = Start(output, sample, progress, cancellationToken);
        while (source.MoveNext())
        {
            session.Add(source.Current);
        }

        return session.Complete();
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

        using var session = Start(output, sample, progress, cancellationToken);
        while (await source.MoveNextAsync().ConfigureAwait(false))
        {
            session.Add(source.Current);
        }

        return session.Complete();
    }

    /// <summary>The width of each column: its header and the sampled values, by <see cref="SafeCells.WidthFor"/>.</summary>
    internal double[] WidthsFor(IReadOnlyList<T> sample) =>
        columns.Select(column => SafeCells.WidthFor(sample.Select(column.DisplayText).Prepend(column.Header))).ToArray();

    private ExportSession<T> Start(Stream output, List<T> sample, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var session = new ExportSession<T>(output, columns, WidthsFor(sample), SheetName, rowsPerSheet, progress, cancellationToken);
        try
        {
            foreach (var row in sample)
            {
                session.Add(row);
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

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
}
