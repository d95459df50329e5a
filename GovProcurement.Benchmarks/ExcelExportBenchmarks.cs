using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace GovProcurement.Benchmarks;

/// <summary>
/// A raw-data export of 15 columns (Chinese text, 18-character codes, money, whole numbers, dates,
/// times) to an .xlsx file, side by side in one run at 100,000 and 1,000,000 rows: the export writer
/// (<c>RawExportWriter</c>, safe cells) against SpreadCheetah's plain writer given the same values
/// with no safety (the baseline). The rows are made on the fly. MemoryDiagnoser counts allocations;
/// the "Peak RSS" and "File" columns come from one more export of each case in a fresh process
/// (<see cref="ExportPeakCommand"/>), since BenchmarkDotNet does not measure the peak working set.
/// Run it with a job from the command line (README, Performance: <c>--job short --inProcess</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ExcelExportBenchmarks
{
    private string path = "";

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [IterationSetup]
    public void NewFile() => path = Path.Combine(Path.GetTempPath(), $"gp-export-bench-{Guid.NewGuid():N}.xlsx");

    [IterationCleanup]
    public void DeleteFile() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public long PlainSpreadCheetah()
    {
        using var file = File.Create(path);
        return ExportSampleData.WritePlainSpreadCheetah(file, ExportSampleData.Rows(Rows));
    }

    [Benchmark]
    public long ExportWriter()
    {
        using var file = File.Create(path);
        return ExportSampleData.WriteExport(file, ExportSampleData.Rows(Rows));
    }

    [Benchmark]
    public long ExportWriterAsync()
    {
        using var file = File.Create(path);
        return ExportSampleData.WriteExportAsync(file, ExportSampleData.Rows(Rows));
    }

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new ExportPeakColumn(ExportPeakColumn.Figure.PeakMemory), new ExportPeakColumn(ExportPeakColumn.Figure.FileSize));
        }
    }
}
