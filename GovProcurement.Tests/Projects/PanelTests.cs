using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Projects;

public sealed class PanelTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly PanelRules Rules = new(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong));
    private static readonly BidderIdentity Bidder = new("91440703MA51K2Q8XY", "江门市蓬江区示例科技有限公司");

    [Theory]
    [InlineData(ProcurementMethod.OpenTender, 2_000_000, false, 5)]
    [InlineData(ProcurementMethod.OpenTender, 9_999_999.99, false, 5)]
    [InlineData(ProcurementMethod.OpenTender, 10_000_000, false, 7)]
    [InlineData(ProcurementMethod.InvitedTender, 3_000_000, true, 7)]
    [InlineData(ProcurementMethod.CompetitiveConsultation, 20_000_000, true, 3)]
    [InlineData(ProcurementMethod.RequestForQuotation, 500_000, false, 3)]
    public void Minimum_size_follows_method_budget_and_complexity(ProcurementMethod method, double yuan, bool complex, int expected)
    {
        var (minimum, reason, citation) = Rules.MinimumSize(method, Money.FromYuan((decimal)yuan), complex, "440700", Today);

        Assert.Equal(expected, minimum);
        Assert.Contains(expected.ToString(), reason.Zh);
        Assert.NotEmpty(citation);
    }

    [Fact]
    public void Negotiation_and_quotation_panels_grow_to_five_at_the_open_tender_threshold()
    {
        Assert.Equal(3, Rules.MinimumSize(ProcurementMethod.CompetitiveNegotiation, Money.FromYuan(1_999_999.99m), false, "440700", Today, ProcurementCategory.Goods).Minimum);
        Assert.Equal(5, Rules.MinimumSize(ProcurementMethod.RequestForQuotation, Money.FromYuan(2_000_000m), false, "440700", Today, ProcurementCategory.Goods).Minimum);
        Assert.Equal(3, Rules.MinimumSize(ProcurementMethod.CompetitiveConsultation, Money.FromYuan(3_000_000m), false, "440700", Today, ProcurementCategory.Services).Minimum);
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(9, 7, true)]
    [InlineData(6, 5, false)]
    [InlineData(3, 5, false)]
    [InlineData(4, 3, false)]
    public void Size_must_be_odd_and_at_least_the_minimum(int size, int minimum, bool ok)
    {
        var error = Record.Exception(() => Rules.CheckSize(size, minimum));
        Assert.Equal(ok, error is null);
        if (!ok)
        {
            Assert.IsType<DomainException>(error);
        }
    }

    [Fact]
    public void Experts_linked_to_a_bidder_within_three_years_or_from_the_purchaser_sit_out()
    {
        var purchaser = Guid.NewGuid();
        var employedUntilLastYear = Expert("甲");
        employedUntilLastYear.Declare(ExpertLinkKind.Employment, Bidder.CreditCode, Bidder.Name, new DateOnly(2015, 1, 1), new DateOnly(2025, 6, 30));
        var longAgo = Expert("乙");
        longAgo.Declare(ExpertLinkKind.Employment, Bidder.CreditCode, Bidder.Name, new DateOnly(2010, 1, 1), new DateOnly(2023, 11, 26));
        var kin = Expert("丙");
        kin.Declare(ExpertLinkKind.Kinship, Bidder.CreditCode.ToLowerInvariant(), Bidder.Name, new DateOnly(2000, 1, 1), null);
        var ownStaff = Expert("丁", purchaser);
        var unrelated = Expert("戊");
        unrelated.Declare(ExpertLinkKind.Shareholding, "91440101MA5CTY6L0C", "另一家公司", new DateOnly(2020, 1, 1), null);

        var recusals = PanelRules.Recusals([employedUntilLastYear, longAgo, kin, ownStaff, unrelated], [Bidder], purchaser, Today);

        Assert.Equal(["甲", "丙", "丁"], recusals.Select(r => r.ExpertName).ToArray());
        Assert.Contains("任职", recusals[0].Reason.Zh);
        Assert.Contains("近亲属", recusals[1].Reason.Zh);
        Assert.Contains("采购人单位人员", recusals[2].Reason.Zh);
    }

    [Fact]
    public void A_recorded_draw_replays_to_the_same_panel_and_another_seed_gives_another()
    {
        var candidates = Enumerable.Range(1, 12).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var draw = new PanelDraw(Guid.NewGuid(), 1, new string('a', 64), 5, Facts(candidates.Select(id => new ExpertFacts(id, "专家", null, "某单位", [])).ToList()), "jmggzy", DateTime.UtcNow);

        Assert.Equal(5, draw.Selected.Count);
        Assert.Equal(5, draw.Selected.Distinct().Count());
        Assert.Equal(DrawProof.Replays, draw.Verify());
        Assert.Equal(draw.Selected, PanelDraw.Pick(draw.Seed, candidates.AsEnumerable().Reverse().OrderBy(c => c.ToString("D"), StringComparer.Ordinal).ToList(), 5));
        Assert.NotEqual(draw.Selected, PanelDraw.Pick(new string('b', 64), draw.Candidates, 5));
    }

    [Fact]
    public void A_draw_records_its_exclusions_in_both_languages_with_the_facts_behind_them()
    {
        var pool = Enumerable.Range(1, 6).Select(i => new ExpertFacts(new Guid(i, 0, 0, new byte[8]), $"专家{i}", null, "某单位", [])).ToList();
        pool[0] = pool[0] with { Links = [new LinkFact(ExpertLinkKind.Kinship, Bidder.CreditCode, new DateOnly(2000, 1, 1), null)] };

        var draw = new PanelDraw(Guid.NewGuid(), 1, PanelDraw.NewSeed(), 3, Facts(pool), "jmggzy", DateTime.UtcNow);

        var excluded = Assert.Single(draw.Excluded);
        Assert.Equal(pool[0].ExpertId, excluded.ExpertId);
        Assert.Contains("近亲属", excluded.Reasons.Zh);
        Assert.Contains("close kin", excluded.Reasons.En);
        Assert.DoesNotContain(pool[0].ExpertId, draw.Candidates);
        Assert.Contains(Bidder.CreditCode, draw.FactsJson);
    }

    private static DrawFacts Facts(IReadOnlyList<ExpertFacts> pool) => new(Today, Guid.NewGuid(), [Bidder], pool);

    [Fact]
    public void Too_few_eligible_experts_is_refused_with_the_count()
    {
        var error = Assert.Throws<DomainException>(() => PanelDraw.Pick(PanelDraw.NewSeed(), [Guid.NewGuid(), Guid.NewGuid()], 3));
        Assert.Contains("只有 2 人", error.Message);
    }

    private static Expert Expert(string name, Guid? unit = null) => new(name, "440700", ["A02"], "某单位", unit, DateTime.UtcNow);
}
