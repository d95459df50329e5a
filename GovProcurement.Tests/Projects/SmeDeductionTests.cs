using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Projects;

public sealed class SmeDeductionTests
{
    private static readonly RuleSet Rules = new(DefaultProcurementRules.All(), RegionDirectory.Guangdong);
    private static readonly DateOnly Under2021Rule = new(2022, 6, 30);
    private static readonly DateOnly Under2022Rule = new(2022, 7, 1);

    [Fact]
    public void The_range_in_force_follows_the_date_and_the_category()
    {
        Assert.Equal((600, 1000), Range(Under2021Rule, ProcurementCategory.Goods));
        Assert.Equal((1000, 2000), Range(Under2022Rule, ProcurementCategory.Services));
        Assert.Equal((300, 500), Range(Under2021Rule, ProcurementCategory.Works));
        Assert.Equal((400, 600), Range(Under2022Rule, ProcurementCategory.Works));
        Assert.Contains("财库〔2022〕19号", SmePriceDeduction.RangeOn(Rules, "440784", Under2022Rule, ProcurementCategory.Goods).Citation);
    }

    [Fact]
    public void A_rate_allowed_in_2021_is_refused_under_the_2022_rule()
    {
        SmePriceDeduction.Check(800, SmePriceDeduction.RangeOn(Rules, "440700", Under2021Rule, ProcurementCategory.Goods), false);
        var error = Assert.Throws<DomainException>(() => SmePriceDeduction.Check(800, SmePriceDeduction.RangeOn(Rules, "440700", Under2022Rule, ProcurementCategory.Goods), false));
        Assert.Contains("10%—20%", error.Message);
        SmePriceDeduction.Check(0, SmePriceDeduction.RangeOn(Rules, "440700", Under2022Rule, ProcurementCategory.Goods), reservedForSme: true);
    }

    [Fact]
    public void Only_small_and_micro_prices_are_deducted_exactly_to_the_fen()
    {
        Assert.Equal(Money.FromYuan(900_000m), SmePriceDeduction.EvaluatedPrice(Money.FromYuan(1_000_000m), EnterpriseScale.Small, 1000));
        Assert.Equal(Money.FromYuan(313.33m), SmePriceDeduction.EvaluatedPrice(Money.FromYuan(333.33m), EnterpriseScale.Micro, 600));
        Assert.Equal(Money.FromYuan(1_000_000m), SmePriceDeduction.EvaluatedPrice(Money.FromYuan(1_000_000m), EnterpriseScale.Medium, 1000));
        Assert.Equal(Money.FromYuan(1_000_000m), SmePriceDeduction.EvaluatedPrice(Money.FromYuan(1_000_000m), EnterpriseScale.Large, 2000));
    }

    [Fact]
    public void The_2022_rate_lets_a_small_enterprise_win_where_the_2021_rate_did_not()
    {
        BidUnderEvaluation[] bids =
        [
            Bid("大型企业", EnterpriseScale.Large, 950_000m),
            Bid("小型企业", EnterpriseScale.Small, 1_020_000m),
        ];

        var under2021 = BidEvaluator.Rank(bids, ScoringMethod.LowestEvaluatedPrice, 10_000, 600);
        var under2022 = BidEvaluator.Rank(bids, ScoringMethod.LowestEvaluatedPrice, 10_000, 1000);

        Assert.Equal("大型企业", under2021[0].SupplierName);
        Assert.Equal(Money.FromYuan(958_800m), under2021[1].EvaluatedPrice);
        Assert.Equal("小型企业", under2022[0].SupplierName);
        Assert.Equal(Money.FromYuan(918_000m), under2022[0].EvaluatedPrice);
        Assert.Equal(Money.FromYuan(1_020_000m), under2022[0].Price);
    }

    [Fact]
    public void Comprehensive_scoring_adds_the_price_score_to_the_panel_average()
    {
        BidUnderEvaluation[] bids =
        [
            Bid("甲", EnterpriseScale.Large, 1_000_000m, 50m),
            Bid("乙", EnterpriseScale.Micro, 1_000_000m, 45m),
            Bid("丙", EnterpriseScale.Large, 800_000m, 40m, qualified: false),
        ];

        var ranking = BidEvaluator.Rank(bids, ScoringMethod.Comprehensive, 3000, 1000);

        Assert.Equal(2, ranking.Count);
        // 乙 is evaluated at 900,000 and gets the full 30 price points; 甲 gets 900,000 / 1,000,000 × 30 = 27.
        Assert.Equal(("甲", 27m, 77m), (ranking[0].SupplierName, ranking[0].PriceScore, ranking[0].Total));
        Assert.Equal(("乙", 30m, 75m), (ranking[1].SupplierName, ranking[1].PriceScore, ranking[1].Total));
    }

    private static (int, int) Range(DateOnly day, ProcurementCategory category)
    {
        var range = SmePriceDeduction.RangeOn(Rules, "440700", day, category);
        return (range.Minimum, range.Maximum);
    }

    private static BidUnderEvaluation Bid(string name, EnterpriseScale scale, decimal yuan, decimal? technical = null, bool qualified = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, scale, Money.FromYuan(yuan), DateTime.UtcNow, qualified, qualified ? null : "资格不符", technical);
}
