using BenchmarkDotNet.Attributes;

namespace GovProcurement.Benchmarks;

/// <summary>
/// A raw-data export of 15 columns (Chinese text, 18-character codes, money, whole numbers, dates,
/// times) to an .xlsx file: 100,000 rows with plain ClosedXML, which builds the workbook in memory,
/// against the streaming writer, and 1,000,000 rows with the streaming writer. The rows are made on
/// the fly. MemoryDiagnoser counts allocations, not the peak working set:
/// scripts/measure-export-memory.sh measures that, one export per fresh process.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExcelExportBenchmarks
{
    private string path = "";

    [IterationSetup]
    public void NewFile() => path = Path.Combine(Path.GetTempPath(), $"gp-export-bench-{Guid.NewGuid():N}.xlsx");

    [IterationCleanup]
    public void DeleteFile() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public long ClosedXml_100k()
    {
        using var file = File.Create(path);
        return ExportSampleData.WriteWithClosedXml(file, ExportSampleData.Rows(100_000));
    }

    [Benchmark]
    public long Streaming_100k()
    {
        using var file = File.Create(path);
        return ExportSampleData.WriteStreaming(file, ExportSampleData.Rows(100_000));
    }

    [Benchmark]
    public long Streaming_1M()
    {
        using var file = File.Create(path);
        return ExportSampleData.WriteStreaming(file, ExportSampleData.Rows(1_000_000));
    }
}
