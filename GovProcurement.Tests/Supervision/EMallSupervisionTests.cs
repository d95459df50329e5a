using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Supervision;

/// <summary>The e-mall figures of the regulator's dashboard over the <see cref="EMallStory"/>, whose numbers are known.</summary>
public sealed class EMallSupervisionTests : ListingScenario
{
    private static readonly SupervisionPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private EMallStory story = default!;

    private EMallQueries Figures => Store.Get<EMallQueries>();

    protected override async Task ArrangeAsync()
    {
        await base.ArrangeAsync();
        story = new EMallStory(Store.Services, Scenario, Time);
        await story.TellAsync(Large.OrganizationId!.Value);
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    [Fact]
    public async Task Jiangmen_sees_each_method_its_regions_and_classes_with_the_known_amounts()
    {
        var figures = await Figures.DashboardAsync(await Scenario.ActorAsync("440700cz"), Year);

        Assert.Equal(4, figures.Orders);
        Assert.Equal(Yuan(36_500m + 9_600m + 1_000_000m + 200_000m), figures.Amount);
        Assert.Equal(
            [("ReverseAuction", 1, Yuan(1_000_000m)), ("FrameworkCallOff", 1, Yuan(200_000m)), ("OnlineBidding", 1, Yuan(36_500m)), ("DirectPurchase", 1, Yuan(9_600m))],
            figures.ByMethod.Select(s => (s.Key, s.Count, s.Amount)));
        Assert.Equal([("440700", 2, Yuan(46_100m)), ("440781", 1, Yuan(200_000m)), ("440784", 1, Yuan(1_000_000m))],
            figures.ByRegion.Select(s => (s.Key, s.Count, s.Amount)));
        Assert.Equal([("A02", 3, Yuan(1_046_100m)), ("A06", 1, Yuan(200_000m))], figures.ByCatalogueClass.Select(s => (s.Key, s.Count, s.Amount)));
        Assert.Equal("通用设备", EMallQueries.ClassName("A02").Zh);

        var province = await Figures.DashboardAsync(MallScenario.PlatformAdmin, Year);
        Assert.Equal([("440700", 4, Yuan(1_246_100m))], province.ByRegion.Select(s => (s.Key, s.Count, s.Amount)));
    }

    [Fact]
    public async Task Savings_against_ceilings_and_budgets_are_the_differences_of_the_sums()
    {
        var savings = (await Figures.DashboardAsync(await Scenario.ActorAsync("440700cz"), Year)).Savings;

        Assert.Equal((1, Yuan(40_000m), Yuan(36_500m)), (savings.Biddings, savings.Ceilings, savings.Awarded));
        Assert.Equal(Yuan(3_500m), savings.AgainstCeilings);
        Assert.Equal(0.0875m, savings.CeilingRate);
        Assert.Equal(4, savings.PlanLines);
        Assert.Equal(Yuan(50_000m + 10_000m + 1_100_000m + 300_000m), savings.Budgets);
        Assert.Equal(Yuan(1_246_100m), savings.Ordered);
        Assert.Equal(Yuan(213_900m), savings.AgainstBudgets);
    }

    [Fact]
    public async Task The_failed_bidding_the_sme_shares_the_price_flag_and_the_old_platform_record_are_counted()
    {
        var figures = await Figures.DashboardAsync(await Scenario.ActorAsync("440700cz"), Year);

        Assert.Equal((2, 1, 0.5m), (figures.Biddings.Decided, figures.Biddings.Failed, figures.Biddings.FailedShare));
        var failed = Assert.Single(figures.FailedBiddings);
        Assert.Equal((story.FailedBiddingId, 2, 2, 3, Yuan(20_000m)), (failed.Id, failed.Quotes, failed.ValidQuotes, failed.MinimumQuotes, failed.Ceiling));
        Assert.Equal((Yuan(1_246_100m), Yuan(1_046_100m), Yuan(46_100m)), (figures.Sme.Amount, figures.Sme.ToSme, figures.Sme.ToSmallAndMicro));
        Assert.Equal(1_046_100m / 1_246_100m, figures.Sme.Share);
        var flag = Assert.Single(figures.PriceFlags);
        Assert.Equal((Yuan(9_000m), Yuan(4_900m)), (flag.Price, flag.BenchmarkPrice));
        Assert.Equal((1, Yuan(400m)), (figures.OldPlatform.Records, figures.OldPlatform.Amount));
    }

    [Fact]
    public async Task Heshan_sees_only_its_reverse_auction_and_the_declined_order_counts_nowhere()
    {
        var figures = await Figures.DashboardAsync(await Scenario.ActorAsync("440784cz"), Year);

        Assert.Equal((1, Yuan(1_000_000m)), (figures.Orders, figures.Amount));
        Assert.Equal(["ReverseAuction"], figures.ByMethod.Select(s => s.Key));
        Assert.Equal(["440784"], figures.ByRegion.Select(s => s.Key));
        Assert.Equal((0, 0), (figures.Biddings.Decided, figures.OldPlatform.Records));
        Assert.Empty(figures.FailedBiddings);
        Assert.Empty(figures.PriceFlags);
        Assert.Equal((Yuan(1_000_000m), Yuan(1_000_000m), Money.Zero), (figures.Sme.Amount, figures.Sme.ToSme, figures.Sme.ToSmallAndMicro));
        Assert.Equal((1, Yuan(1_100_000m)), (figures.Savings.PlanLines, figures.Savings.Budgets));
    }

    [Fact]
    public async Task An_order_confirmed_at_the_first_Beijing_instant_of_the_period_counts_and_one_a_tick_before_or_at_the_end_does_not()
    {
        var period = new SupervisionPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31));
        var taishan = await story.PlanAsync(story.Supervision.TaishanPlan);
        var tick = TimeSpan.FromTicks(10);
        await story.AwardAsync(OrderMethod.FrameworkCallOff, taishan, story.LargeSupplierId, "A060205", "木制台、桌类", 1, 1m, period.FromUtc - tick);
        await story.AwardAsync(OrderMethod.FrameworkCallOff, taishan, story.LargeSupplierId, "A060205", "木制台、桌类", 1, 20m, period.FromUtc);
        await story.AwardAsync(OrderMethod.FrameworkCallOff, taishan, story.LargeSupplierId, "A060205", "木制台、桌类", 1, 300m, period.ToUtcExclusive - tick);
        await story.AwardAsync(OrderMethod.FrameworkCallOff, taishan, story.LargeSupplierId, "A060205", "木制台、桌类", 1, 4_000m, period.ToUtcExclusive);

        var figures = await Figures.DashboardAsync(await Scenario.ActorAsync("440700cz"), period);

        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), period.FromUtc);
        Assert.Equal((2, Yuan(320m)), (figures.Orders, figures.Amount));
        Assert.Equal(0, figures.Biddings.Decided);
    }

    public static TheoryData<string> FigureNames() => new(Each().Keys);

    [Theory]
    [MemberData(nameof(FigureNames))]
    public async Task Each_figure_is_one_grouped_query(string figure)
    {
        await using var db = Store.Db();
        var scope = Jurisdiction.For("440700");
        using var counter = new CommandCounter(db);

        var groups = await Each()[figure](db, scope, Year);

        Assert.True(groups > 0, $"{figure} returned no group");
        var command = Assert.Single(counter.Commands);
        if (figure != "failed")
        {
            Assert.Contains("GROUP BY", command, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Each figure, returning how many groups (or rows) it read.</summary>
    private static Dictionary<string, Func<GovProcurementDbContext, Jurisdiction, SupervisionPeriod, Task<int>>> Each() => new()
    {
        ["volume"] = async (db, scope, period) => (await EMallFigures.VolumeAsync(db, scope, period, default)).Count,
        ["classes"] = async (db, scope, period) => (await EMallFigures.CatalogueClassesAsync(db, scope, period, default)).Count,
        ["scales"] = async (db, scope, period) => (await EMallFigures.ScalesAsync(db, scope, period, default)).Count,
        ["ceilings"] = async (db, scope, period) => (await EMallFigures.CeilingsAsync(db, scope, period, default)).Count,
        ["budgets"] = async (db, scope, period) => (await EMallFigures.BudgetsAsync(db, scope, period, default)).Count,
        ["outcomes"] = async (db, scope, period) => (await EMallFigures.OutcomesAsync(db, scope, period, default)).Count,
        ["failed"] = async (db, scope, period) => (await EMallFigures.FailedAsync(db, scope, period, 20, default)).Count,
        ["old-platform"] = async (db, scope, period) => (await EMallFigures.OldPlatformAsync(db, scope, period, default)).Count,
    };
}
