using BenchmarkDotNet.Attributes;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Benchmarks;

/// <summary>The routing decision for one plan, as the live panel and the API make it.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class RoutingBenchmarks
{
    private readonly PlanRouter router = new(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), CatalogueDirectory.Shipped, RegionDirectory.Guangdong);
    private readonly RoutingRequest twoItems = new("440784", new DateOnly(2026, 11, 27),
        [new RoutingItem("A02010104", Money.FromYuan(2_500_000m)), new RoutingItem("A0201060102", Money.FromYuan(1_500_000m))]);
    private readonly RoutingRequest tenItemsWithHistory = new("440784", new DateOnly(2026, 11, 27),
        Enumerable.Range(0, 10).Select(i => new RoutingItem(i % 2 == 0 ? "C1204" : "A02010104", Money.FromYuan(150_000m + i))).ToList(),
        new Dictionary<string, Money> { ["C1204"] = Money.FromYuan(1_500_000m) });

    [Benchmark(Baseline = true)]
    public RoutingDecision TwoItemPlan() => router.Decide(twoItems);

    [Benchmark]
    public RoutingDecision TenItemPlanWithSplittingCheck() => router.Decide(tenItemsWithHistory);
}
