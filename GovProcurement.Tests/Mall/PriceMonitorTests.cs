using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Mall;

/// <summary>Price monitoring: each listing against the median of the others and the reference price, at the rule's threshold.</summary>
public sealed class PriceMonitorTests : ListingScenario
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    private static RuleSet Rules(long limitBasisPoints = 3000, long? referenceFen = null)
    {
        var rules = new List<ProcurementRule>
        {
            new(RuleKind.ListingPriceDeviationLimit, limitBasisPoints, RuleUnit.BasisPoints, RegionDirectory.ProvinceCode, new DateOnly(2021, 1, 1), null, ListingRules.DeviationSource),
        };
        if (referenceFen is { } fen)
        {
            rules.Add(new(RuleKind.ListingReferencePrice, fen, RuleUnit.Fen, RegionDirectory.ProvinceCode, new DateOnly(2021, 1, 1), null, "参考价", null, [Desktop]));
        }

        return new RuleSet(rules, RegionDirectory.Guangdong);
    }

    private static PricedListing At(decimal yuan, string code = Desktop) => new(Guid.NewGuid(), code, "台式电脑", "供应商", "440703", Money.FromYuan(yuan));

    [Fact]
    public void A_price_exactly_at_the_limit_is_not_flagged_one_fen_beyond_is()
    {
        var atLimit = At(130m);
        var beyond = At(130.01m);

        var atFlags = PriceMonitor.Evaluate([At(100m), At(100m), atLimit], Rules(), Day);
        var beyondFlags = PriceMonitor.Evaluate([At(100m), At(100m), beyond], Rules(), Day);

        Assert.DoesNotContain(atFlags, f => f.ListingId == atLimit.ListingId);
        var flag = Assert.Single(beyondFlags, f => f.ListingId == beyond.ListingId);
        Assert.Equal((PriceBenchmark.PeerMedian, Money.FromYuan(100m), 2, 3001L, 3000L), (flag.Benchmark, flag.BenchmarkPrice, flag.Peers, flag.DeviationBasisPoints, flag.LimitBasisPoints));
        Assert.Contains("待核实", flag.Citation);
    }

    [Fact]
    public void A_price_far_below_the_others_is_flagged_with_a_negative_deviation()
    {
        var cheap = At(60m);

        var flags = PriceMonitor.Evaluate([At(100m), At(100m), At(100m), cheap], Rules(), Day);

        Assert.Equal(-4000L, Assert.Single(flags, f => f.ListingId == cheap.ListingId).DeviationBasisPoints);
    }

    [Fact]
    public void Listings_are_compared_only_within_their_catalogue_item_and_a_lone_listing_has_no_peers()
    {
        var flags = PriceMonitor.Evaluate([At(100m), At(5_000m, Laptop)], Rules(), Day);

        Assert.Empty(flags);
    }

    [Fact]
    public void The_reference_price_is_a_second_benchmark_where_the_rules_give_one()
    {
        var lone = At(140m);

        var flags = PriceMonitor.Evaluate([lone], Rules(referenceFen: 10_000), Day);

        var flag = Assert.Single(flags);
        Assert.Equal((PriceBenchmark.ReferencePrice, Money.FromYuan(100m), 4000L), (flag.Benchmark, flag.BenchmarkPrice, flag.DeviationBasisPoints));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(150, PriceMonitor.Median([100, 200]));
        Assert.Equal(200, PriceMonitor.Median([100, 200, 900]));
        Assert.Equal(151, PriceMonitor.Median([100, 201]));
    }

    [Fact]
    public async Task The_regulator_sees_the_flags_of_its_region_under_the_seeded_rule()
    {
        await ListedAsync(Small, Form(price: 4_800m));
        await ListedAsync(Micro, Form(price: 4_600m));
        await ListedAsync(Large, Form(price: 4_700m));
        var dear = await ListedAsync(Small, Form(name: "台式电脑（高配）", price: 9_800m));

        var flags = await Store.Get<PriceMonitor>().FlagsAsync(await Scenario.ActorAsync(ProjectScenario.Regulator));

        var flag = Assert.Single(flags);
        Assert.Equal((dear, Money.FromYuan(4_700m), 3000L), (flag.ListingId, flag.BenchmarkPrice, flag.LimitBasisPoints));
        await Assert.ThrowsAsync<DomainException>(() => Store.Get<PriceMonitor>().FlagsAsync(Small));
    }

    [Fact]
    public async Task A_price_raised_after_an_order_is_flagged_with_the_ordered_and_the_new_price()
    {
        var mall = new MallScenario(Store.Services, Scenario);
        var plan = await mall.FiledPlanAsync();
        var supplier = await mall.SupplierAsync(0);
        var listing = (await Desk.MineAsync(supplier)).Rows.Single().Id;
        await Store.Get<GovProcurement.Domain.Mall.Orders.MallOrders>().PlaceAsync(
            new GovProcurement.Domain.Mall.Orders.CartForm(plan.Id, plan.Items[0].Id, [new GovProcurement.Domain.Mall.Orders.CartLine(listing, 1)]), await mall.OperatorAsync());
        var province = await Scenario.ActorAsync("440000cz");
        Assert.DoesNotContain(await Store.Get<PriceMonitor>().FlagsAsync(province), f => f.Benchmark == PriceBenchmark.LastOrderPrice);

        await Desk.EditAsync(listing, Form(name: "台式电脑1", price: 5_000m), supplier);
        await Desk.SubmitAsync(listing, supplier);
        await Desk.ApproveAsync(listing, Admin);

        var rise = Assert.Single(await Store.Get<PriceMonitor>().FlagsAsync(province), f => f.Benchmark == PriceBenchmark.LastOrderPrice);
        Assert.Equal((listing, Money.FromYuan(5_000m), Money.FromYuan(4_800m), 417L), (rise.ListingId, rise.Price, rise.BenchmarkPrice, rise.DeviationBasisPoints));
        Assert.Equal(PriceMonitor.RiseAfterOrderRule, rise.Citation);
    }
}
