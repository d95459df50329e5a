using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Projects;

/// <summary>Each eligibility rule at its edges, with its refusal and citation.</summary>
public sealed class SupplierEligibilityTests : ProjectScenarioTest
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void A_debarment_refuses_from_its_first_day_to_its_last_and_not_outside()
    {
        var debarment = new SupplierDebarment(Guid.NewGuid(), new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1), "提供虚假材料谋取中标", "440700cz", DateTime.UtcNow);

        Assert.Null(SupplierEligibility.Debarment([debarment], new DateOnly(2026, 5, 31)));
        var first = SupplierEligibility.Debarment([debarment], new DateOnly(2026, 6, 1));
        Assert.NotNull(SupplierEligibility.Debarment([debarment], new DateOnly(2027, 5, 31)));
        Assert.Null(SupplierEligibility.Debarment([debarment], new DateOnly(2027, 6, 1)));
        Assert.Null(SupplierEligibility.Debarment([], Today));

        Assert.Equal(SupplierEligibility.DebarmentCitation, first!.Citation);
        Assert.Contains("2026-06-01 至 2027-05-31 禁止参加政府采购活动（提供虚假材料谋取中标）", first.Why.Zh);
        Assert.Contains("barred from government procurement from 2026-06-01 to 2027-05-31", first.Why.En);
    }

    [Theory]
    [InlineData(EnterpriseScale.Large, true)]
    [InlineData(EnterpriseScale.Medium, false)]
    [InlineData(EnterpriseScale.Small, false)]
    [InlineData(EnterpriseScale.Micro, false)]
    public void Only_a_large_enterprise_is_not_an_sme(EnterpriseScale scale, bool refused)
    {
        var refusal = SupplierEligibility.Size(scale);
        Assert.Equal(refused, refusal is not null);
        if (refusal is not null)
        {
            Assert.Equal(SupplierEligibility.SizeCitation, refusal.Citation);
            Assert.Contains("大型企业", refusal.Why.Zh);
        }
    }

    [Theory]
    [InlineData(true, EnterpriseScale.Large, true)]
    [InlineData(true, EnterpriseScale.Medium, false)]
    [InlineData(true, EnterpriseScale.Micro, false)]
    [InlineData(false, EnterpriseScale.Large, false)]
    public void A_project_reserved_for_smes_refuses_a_large_enterprise_only(bool reserved, EnterpriseScale scale, bool refused)
    {
        var refusal = SupplierEligibility.SmeReservation(Project(reserved), scale);
        Assert.Equal(refused, refusal is not null);
        if (refusal is not null)
        {
            Assert.Equal(SupplierEligibility.SmeReservationCitation, refusal.Citation);
            Assert.Contains("专门面向中小企业", refusal.Why.Zh);
            Assert.Contains("reserved for SMEs", refusal.Why.En);
        }
    }

    [Fact]
    public void The_debarment_range_comes_from_the_rule_rows_with_its_citation()
    {
        var range = DebarmentRange.From(new RuleSet(DefaultProcurementRules.Debarment(), RegionDirectory.Guangdong), Today);

        Assert.Equal((1, 3, 1), (range.MinimumYears, range.MaximumYears, range.LatestStartYearsAgo));
        Assert.Contains("第七十七条", range.Citation);
        Assert.Contains("待核实", range.StartCitation);
    }

    [Theory]
    [InlineData(0, 1, 0, true)]      // exactly one year
    [InlineData(0, 1, -1, false)]    // a day short of one year
    [InlineData(0, 3, 0, true)]      // exactly three years
    [InlineData(0, 3, 1, false)]     // a day over three years
    [InlineData(-365, 2, 0, true)]   // starting exactly a year ago (2025-11-27)
    [InlineData(-366, 2, 0, false)]  // a day further back
    public void A_new_debarment_lasts_one_to_three_years_and_starts_no_more_than_a_year_ago(int startDays, int years, int extraDays, bool allowed)
    {
        var range = DebarmentRange.From(new RuleSet(DefaultProcurementRules.Debarment(), RegionDirectory.Guangdong), Today);
        var from = Today.AddDays(startDays);
        var refusal = SupplierEligibility.DebarmentPeriod(from, from.AddYears(years).AddDays(extraDays), Today, range);
        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void A_longer_range_in_the_rules_moves_the_edge()
    {
        var rules = DefaultProcurementRules.Debarment().Where(r => r.Kind != RuleKind.DebarmentMaximumYears)
            .Append(new ProcurementRule(RuleKind.DebarmentMaximumYears, 5, RuleUnit.Years, RegionDirectory.ProvinceCode, new DateOnly(2003, 1, 1), null, "测试规则"));
        var range = DebarmentRange.From(new RuleSet(rules, RegionDirectory.Guangdong), Today);

        Assert.Null(SupplierEligibility.DebarmentPeriod(Today, Today.AddYears(5), Today, range));
        var refusal = SupplierEligibility.DebarmentPeriod(Today, Today.AddYears(5).AddDays(1), Today, range);
        Assert.Equal(("禁止参加政府采购活动的期限为一至五年。", "测试规则"), (refusal!.Why.Zh, refusal.Citation));
    }

    [Fact]
    public async Task The_regulator_is_refused_a_debarment_outside_the_range_with_the_laws_citation()
    {
        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);
        var today = Time.TodayInChina();
        var debarments = Store.Get<SupplierDebarments>();

        var tooLong = await Assert.ThrowsAsync<DomainException>(() => debarments.DebarAsync(ProjectScenario.SmallSupplier, today, today.AddYears(3).AddDays(1), "提供虚假材料谋取中标", regulator));
        Assert.Contains("一至三年", tooLong.Message);
        Assert.Contains("第七十七条", tooLong.Message);
        var tooEarly = await Assert.ThrowsAsync<DomainException>(() => debarments.DebarAsync(ProjectScenario.SmallSupplier, today.AddYears(-1).AddDays(-1), today.AddYears(1), "提供虚假材料谋取中标", regulator));
        Assert.Contains("一年前", tooEarly.Message);

        await debarments.DebarAsync(ProjectScenario.SmallSupplier, today.AddYears(-1), today.AddYears(2), "提供虚假材料谋取中标", regulator);
        Assert.Single(await debarments.ListAsync());
    }

    private static ProcurementProject Project(bool reservedForSme)
    {
        var now = new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
        var project = new ProcurementProject(Guid.NewGuid(), "JM-2026-0001", Guid.NewGuid(), Guid.NewGuid(), "440700", "校园物业管理服务",
            ProcurementCategory.Services, ProcurementMethod.CompetitiveConsultation, Money.FromYuan(1_600_000m), "agency", now);
        project.Accept("agency", now);
        project.SetUp(new ProjectSetup([new LotDraft("校园物业管理", "C1204", Money.FromYuan(1_600_000m), Money.FromYuan(1_550_000m), "保洁")],
            "", reservedForSme, ScoringMethod.LowestEvaluatedPrice, 0, 0, false), "agency", now);
        return project;
    }
}
