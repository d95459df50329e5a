using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovProcurement.Benchmarks;

/// <summary>
/// A summary column of <see cref="ExcelExportBenchmarks"/>: the peak resident memory or the file size
/// of one export of the case, run by <see cref="ExportPeakCommand"/> in a fresh process once the
/// benchmarks are done (so it adds one export per case to the run, not to the measured iterations).
/// </summary>
public sealed class ExportPeakColumn(ExportPeakColumn.Figure figure) : IColumn
{
    public enum Figure
    {
        PeakMemory,
        FileSize,
    }

    private static readonly ConcurrentDictionary<(string Writer, int Rows), ExportPeak> Measured = new();

    public string Id => $"{nameof(ExportPeakColumn)}.{figure}";

    public string ColumnName => figure == Figure.PeakMemory ? "Peak RSS" : "File";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)figure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => figure == Figure.PeakMemory
        ? "Peak resident set (VmHWM) of one export in a fresh process, runtime included"
        : "Size of the .xlsx file written";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var writer = benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(ExcelExportBenchmarks.ExportWriter) => "export",
            nameof(ExcelExportBenchmarks.ExportWriterAsync) => "export-async",
            _ => "plain",
        };
        var rows = (int)benchmarkCase.Parameters[nameof(ExcelExportBenchmarks.Rows)];
        var peak = Measured.GetOrAdd((writer, rows), key => ExportPeak.Measure(key.Writer, key.Rows));
        var megabytes = figure == Figure.PeakMemory ? peak.PeakMegabytes : peak.FileMegabytes;
        return megabytes is { } value ? value.ToString("N1", CultureInfo.InvariantCulture) + " MB" : "?";
    }

    /// <summary>The figures <see cref="ExportPeakCommand"/> prints for one export.</summary>
    private sealed record ExportPeak(double? PeakMegabytes, double? FileMegabytes)
    {
        public static ExportPeak Measure(string writer, int rows)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(ExportPeakColumn).Assembly.Location);
            }

            foreach (var argument in new[] { ExportPeakCommand.Name, writer, rows.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var figures = output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split('='))
                .Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => pair[1]);
            return new ExportPeak(Number(figures, "peak_mb"), Number(figures, "file_mb"));
        }

        private static double? Number(Dictionary<string, string> figures, string name) =>
            figures.TryGetValue(name, out var text) && double.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
