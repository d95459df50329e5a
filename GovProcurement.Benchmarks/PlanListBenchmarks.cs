using BenchmarkDotNet.Attributes;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;

namespace GovProcurement.Benchmarks;

/// <summary>
/// The regulator's plan list over 1,000,000 plans in SQLite: the first page, and a page 2,000 deep
/// (40,000 rows in) reached by offset paging and by keyset paging, both filtered to "filed".
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class PlanListBenchmarks
{
    private PlanStore store = default!;
    private PlanQueries queries = default!;
    private Actor regulator = default!;
    private PlanCursor deepCursor = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        store = await PlanStore.OpenAsync(1_000_000);
        queries = store.Queries;
        regulator = store.JiangmenRegulator;
        // The cursor a reader has after walking to page 1,999 one page at a time.
        var previous = await queries.ListAsync(regulator, new PlanListQuery(PlanStatus.Filed, Skip: 1_999 * 20 - 1, Take: 1, CountTotal: false));
        deepCursor = previous.Items[0].Cursor;
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => store.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<Page<PlanRow>> FirstPage_WithCount() => queries.ListAsync(regulator, new PlanListQuery(PlanStatus.Filed, Take: 20));

    [Benchmark]
    public Task<Page<PlanRow>> FirstPage_NoCount() => queries.ListAsync(regulator, new PlanListQuery(PlanStatus.Filed, Take: 20, CountTotal: false));

    [Benchmark]
    public Task<Page<PlanRow>> DeepPage_Offset() => queries.ListAsync(regulator, new PlanListQuery(PlanStatus.Filed, Skip: 1_999 * 20, Take: 20, CountTotal: false));

    [Benchmark]
    public Task<Page<PlanRow>> DeepPage_Keyset() => queries.ListAsync(regulator, new PlanListQuery(PlanStatus.Filed, Take: 20, After: deepCursor, CountTotal: false));
}
