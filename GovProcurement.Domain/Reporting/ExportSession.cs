namespace GovProcurement.Domain.Reporting;

/// <summary>
/// One run of <see cref="StreamingSheetWriter{T}"/>: adds rows to the current worksheet, moves on to a
/// new worksheet when one is full, checks for cancellation and reports progress as it goes.
/// </summary>
internal sealed class ExportSession<T>(
    Stream output,
    IReadOnlyList<ExportColumn<T>> columns,
    IReadOnlyList<double> widths,
    Func<int, string> sheetName,
    int rowsPerSheet,
    IProgress<long>? progress,
    CancellationToken cancellationToken) : IDisposable
{
    /// <summary>Rows between two cancellation checks.</summary>
    internal const int CancellationInterval = 1_000;

    /// <summary>Rows between two progress reports (and one more at the end).</summary>
    internal const int ProgressInterval = 10_000;

    private readonly XlsxPackageWriter package = new(output);
    private readonly string[] headers = columns.Select(c => c.Header).ToArray();
    private readonly List<(string Name, string FilterRange)> finished = [];
    private Stream? sheetStream;
    private WorksheetXmlWriter? sheet;
    private long rows;

    public void Add(T row)
    {
        if (sheet is null || sheet.LastRow > rowsPerSheet)
        {
            NextSheet();
        }

        sheet!.StartRow();
        foreach (var column in columns)
        {
            column.Write(sheet, row);
        }

        sheet.EndRow();
        rows++;
        if (rows % CancellationInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (rows % ProgressInterval == 0)
        {
            progress?.Report(rows);
        }
    }

    /// <summary>Finishes the last worksheet and the package; returns the number of data rows written.</summary>
    public long Complete()
    {
        if (sheet is null)
        {
            NextSheet();
        }

        FinishSheet();
        package.Complete(finished);
        package.Dispose();
        if (rows % ProgressInterval != 0)
        {
            progress?.Report(rows);
        }

        return rows;
    }

    public void Dispose()
    {
        sheet?.Dispose();
        sheetStream?.Dispose();
        package.Dispose();
    }

    private void NextSheet()
    {
        if (sheet is not null)
        {
            FinishSheet();
        }

        sheetStream = package.AddWorksheet();
        sheet = new WorksheetXmlWriter(sheetStream, headers, widths, selected: finished.Count == 0);
    }

    private void FinishSheet()
    {
        sheet!.Finish();
        sheet.Dispose();
        sheetStream!.Dispose();
        finished.Add((sheetName(finished.Count + 1), sheet.FilterRange(sheet.LastRow)));
        sheet = null;
        sheetStream = null;
    }
}
