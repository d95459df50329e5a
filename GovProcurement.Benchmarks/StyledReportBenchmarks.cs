using BenchmarkDotNet.Attributes;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Benchmarks;

/// <summary>
/// The plan filing register at its cap of 20,000 rows (title, filters, frozen header, autofilter,
/// yuan and date formats, fitted CJK widths, total row): ClosedXML building it in memory, as the
/// register was written until now, against the streaming Open XML writer it is written with now.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StyledReportBenchmarks
{
    private const string Filters = "辖区：广东省/江门市；期间：2026-01-01 至 2026-12-31；已备案";
    private static readonly DateTime Generated = new(2026, 11, 27, 8, 5, 0, DateTimeKind.Utc);
    private static readonly string[] Regions = ["440703", "440704", "440705", "440781", "440783", "440784", "440785"];
    private IReadOnlyList<PlanRegisterRow> rows = [];

    [GlobalSetup]
    public void MakeRows() => rows = Enumerable.Range(0, 20_000).Select(i => new PlanRegisterRow(
        $"440700-2026-B{i:D11}", $"江门市第{i % 50 + 1}中学", Regions[i % Regions.Length], $"办公设备采购项目（第{i}批）",
        "已备案", new Money(10_000_000 + i * 137L % 10_000_000_000), new DateOnly(2026, 3, 1).AddDays(i % 300),
        new DateTime(2026, 1, 4, 0, 30, 0, DateTimeKind.Utc).AddMinutes(i * 11L))).ToList();

    [Benchmark(Baseline = true)]
    public long ClosedXml_20k()
    {
        using var output = Stream.Null;
        ClosedXmlReportBaseline.Write(output, PlanFilingRegister.Title, PlanFilingRegister.Columns, rows, Filters, Generated);
        return rows.Count;
    }

    [Benchmark]
    public long Streaming_20k() => ReportWorkbook.Write(Stream.Null, PlanFilingRegister.Title, PlanFilingRegister.Columns, rows, Filters, Generated);
}
