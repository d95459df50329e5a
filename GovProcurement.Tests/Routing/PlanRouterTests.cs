using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using static GovProcurement.Domain.Routing.ProcurementRoute;

namespace GovProcurement.Tests.Routing;

public class PlanRouterTests
{
    private const string Jiangmen = "440700";
    private const string Heshan = "440784";
    private const string Guangzhou = "440100";
    private const string Desktop = "A02010104";
    private const string PropertyManagement = "C1204";
    private const string Renovation = "B07";
    private const string SurgicalMasks = "A03209902";
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static PlanRouter Router(params ProcurementRule[] extra) =>
        new(new RuleSet(DefaultProcurementRules.All().Concat(extra), RegionDirectory.Guangdong), CatalogueDirectory.Shipped, RegionDirectory.Guangdong);

    private static RoutingDecision Decide(string region, string code, decimal yuan, DateOnly? day = null, PlanRouter? router = null) =>
        (router ?? Router()).Decide(new RoutingRequest(region, day ?? Today, [new RoutingItem(code, Money.FromYuan(yuan))]));

    [Fact]
    public void CatalogueItemJustBelowFourMillion_MayGoToTheEMall()
    {
        var decision = Decide(Jiangmen, Desktop, 3_999_999.99m);
        Assert.True(decision.IsCentralized);
        Assert.Equal([EMallSimpleProcurement, EntrustCentralizedAgency], decision.AllowedRoutes);
        Assert.Contains("江财采购〔2020〕32号", decision.Routes[0].Reason.Source!.Zh);
    }

    [Fact]
    public void CatalogueItemAtFourMillion_MustBeEntrustedToTheCentralizedAgency()
    {
        var decision = Decide(Jiangmen, Desktop, 4_000_000.00m);
        Assert.Equal([EntrustCentralizedAgency], decision.AllowedRoutes);
        Assert.Contains("须委托集中采购机构", decision.Routes.Single(r => r.Route == EMallSimpleProcurement).Reason.Text.Zh);
    }

    [Fact]
    public void HeshanUnit_FollowsJiangmensLine() =>
        Assert.Equal([EntrustCentralizedAgency], Decide(Heshan, Desktop, 4_000_000m).AllowedRoutes);

    [Fact]
    public void MasksJustBelowHalfAMillion_AreBoughtFromTheFrameworkWinners()
    {
        var decision = Decide(Jiangmen, SurgicalMasks, 499_999.99m, new DateOnly(2021, 6, 1));
        Assert.Equal([FrameworkWinners], decision.AllowedRoutes);
        Assert.Contains("江财采购〔2020〕28号", decision.Routes[0].Reason.Source!.Zh);
    }

    [Fact]
    public void MasksAtHalfAMillion_AreEntrustedToTheCentralizedAgency() =>
        Assert.Equal([EntrustCentralizedAgency], Decide(Jiangmen, SurgicalMasks, 500_000.00m, new DateOnly(2021, 6, 1)).AllowedRoutes);

    [Fact]
    public void MaskRule_EndsWithTheNoticesPeriod() =>
        Assert.DoesNotContain(FrameworkWinners, Decide(Jiangmen, SurgicalMasks, 100_000m, new DateOnly(2022, 1, 1)).AllowedRoutes);

    [Fact]
    public void RuleVersionStartingTomorrow_DoesNotApplyToday()
    {
        var lowered = new ProcurementRule(RuleKind.CentralizedEntrustmentLine, 300_000_000, RuleUnit.Fen, Jiangmen, Today.AddDays(1), null, "测试：明日生效");
        var router = Router(lowered);
        Assert.Contains(EMallSimpleProcurement, Decide(Jiangmen, Desktop, 3_500_000m, Today, router).AllowedRoutes);
        Assert.DoesNotContain(EMallSimpleProcurement, Decide(Jiangmen, Desktop, 3_500_000m, Today.AddDays(1), router).AllowedRoutes);
    }

    [Fact]
    public void CityRule_BeatsTheProvinceRule()
    {
        var provinceLine = new ProcurementRule(RuleKind.CentralizedEntrustmentLine, 100_000_000, RuleUnit.Fen, RegionDirectory.ProvinceCode, new DateOnly(2021, 1, 1), null, "测试：省级 100 万");
        var router = Router(provinceLine);
        Assert.Contains(EMallSimpleProcurement, Decide(Jiangmen, Desktop, 2_000_000m, Today, router).AllowedRoutes);
        Assert.DoesNotContain(EMallSimpleProcurement, Decide(Guangzhou, Desktop, 2_000_000m, Today, router).AllowedRoutes);
    }

    [Fact]
    public void RegionWithoutAnEMallLine_EntrustsCatalogueItems() =>
        Assert.Equal([EntrustCentralizedAgency], Decide(Guangzhou, Desktop, 10_000m).AllowedRoutes);

    [Fact]
    public void WorksOutsideTheCatalogue_BelowTheThreshold_AreNotGovernmentProcurement()
    {
        var below = Decide(Jiangmen, Renovation, 1_199_999.99m);
        var at = Decide(Jiangmen, Renovation, 1_200_000.00m);
        Assert.False(below.IsGovernmentProcurement);
        Assert.Equal([NotGovernmentProcurement], below.AllowedRoutes);
        Assert.True(at.IsGovernmentProcurement);
        Assert.False(at.IsCentralized);
        Assert.Equal([DecentralizedSelfOrganized, DecentralizedEntrustAgency], at.AllowedRoutes);
    }

    [Fact]
    public void ServicesAtTheOpenTenderThreshold_MustBeTendered()
    {
        var decision = Decide(Jiangmen, PropertyManagement, 2_000_000m);
        Assert.Equal([ProcurementMethod.OpenTender], decision.AllowedMethods);
        Assert.All(decision.Methods.Where(m => !m.Allowed), m => Assert.Contains("第二十七条", m.Reason.Text.Zh));
    }

    [Fact]
    public void ServicesBelowTheThreshold_MayUseEveryMethodButQuotation()
    {
        var decision = Decide(Jiangmen, PropertyManagement, 1_999_999.99m);
        Assert.Equal(5, decision.AllowedMethods.Count());
        Assert.DoesNotContain(ProcurementMethod.RequestForQuotation, decision.AllowedMethods);
    }

    [Fact]
    public void EMallOnlyPlan_HasNoStatutoryMethodToChoose() =>
        Assert.Empty(Decide(Jiangmen, SurgicalMasks, 100_000m, new DateOnly(2021, 6, 1)).Methods);

    [Theory]
    [InlineData("2000000.00", "2023-03-01", "全部预留")]
    [InlineData("2000000.01", "2021-03-01", "30%")]
    [InlineData("2000000.01", "2023-03-01", "40%")]
    public void SmeReservation_FollowsTheRuleInForce(string yuan, string day, string expected)
    {
        var decision = Decide(Jiangmen, Desktop, decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(expected, decision.SmeReservation!.Text.Zh);
    }

    [Fact]
    public void SameItemAddingUpPastTheTenderThreshold_WarnsOfSplitting()
    {
        var earlier = new Dictionary<string, Money> { [PropertyManagement] = Money.FromYuan(1_500_000m) };
        var split = Router().Decide(new RoutingRequest(Jiangmen, Today, [new RoutingItem(PropertyManagement, Money.FromYuan(600_000m))], earlier));
        var fine = Router().Decide(new RoutingRequest(Jiangmen, Today, [new RoutingItem(PropertyManagement, Money.FromYuan(400_000m))], earlier));
        Assert.Contains(split.Warnings, w => w.Text.Zh.Contains("化整为零") && w.Source!.Zh.Contains("第二十八条"));
        Assert.DoesNotContain(fine.Warnings, w => w.Text.Zh.Contains("化整为零"));
    }

    [Fact]
    public void TwoItems_AreRoutedOnTheirTotal()
    {
        var decision = Router().Decide(new RoutingRequest(Jiangmen, Today,
            [new RoutingItem(Desktop, Money.FromYuan(2_500_000m)), new RoutingItem("A0201060102", Money.FromYuan(1_500_000m))]));
        Assert.Equal(Money.FromYuan(4_000_000m), decision.Total);
        Assert.Equal([EntrustCentralizedAgency], decision.AllowedRoutes);
    }

    [Fact]
    public void UnknownCatalogueCode_IsNamedInAWarning()
    {
        var decision = Decide(Jiangmen, "Z999", 1_000m);
        Assert.Contains(decision.Warnings, w => w.Text.Zh.Contains("Z999"));
        Assert.False(decision.IsGovernmentProcurement);
    }

    [Fact]
    public void CityItemRule_BeatsAProvinceItemRuleForTheSameItems()
    {
        var province = new ProcurementRule(RuleKind.FrameworkDirectPurchaseLine, 10_000_000, RuleUnit.Fen, RegionDirectory.ProvinceCode,
            new DateOnly(2021, 3, 1), null, "测试：省级口罩 10 万", ProcurementCategory.Goods, DefaultProcurementRules.MaskCodes);
        var decision = Decide(Jiangmen, SurgicalMasks, 200_000m, new DateOnly(2021, 6, 1), Router(province));
        Assert.Equal([FrameworkWinners], decision.AllowedRoutes); // Jiangmen's 500,000 line, not the province's 100,000
    }
}
