using BenchmarkDotNet.Attributes;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Benchmarks;

/// <summary>
/// The plan filing register at its cap of 20,000 rows (title, filters, frozen header, autofilter,
/// yuan and date formats, fitted CJK widths, total row), written by <see cref="ReportWorkbook"/> with
/// SpreadCheetah like the raw exports. (ClosedXML, which built it in memory before, took 5.48 s and
/// 457.5 MB here: README, Performance.)
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

    [Benchmark]
    public long ReportWorkbook_20k() => ReportWorkbook.Write(Stream.Null, PlanFilingRegister.Title, PlanFilingRegister.Columns, rows, Filters, Generated);
}
