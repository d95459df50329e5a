using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Rules;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// The rule book's answer and its use case agree for every party signed in from the demo data: a new
/// version offered is stored and takes over on its date, a new version refused throws the answer's very
/// reason and stores nothing. The rule book has one state, so the table is one row per party.
/// </summary>
public sealed class RuleBookStepsAgreementTests : ProjectScenarioTest
{
    private static readonly DateOnly NextMonth = new(2026, 12, 27);

    private ProcurementRuleBook Book => Store.Get<ProcurementRuleBook>();

    private MallParties parties = default!;

    protected override Task ArrangeAsync()
    {
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    /// <summary>The rule, written out: only the platform administrator adds versions; every other party, finance departments included, reads.</summary>
    private static readonly List<(MallParty, RuleBookAction)> Expected = [(MallParty.Admin, RuleBookAction.AddVersion)];

    private static ProcurementRuleDraft Draft(MallParty by) => new(RuleKind.CentralizedEntrustmentLine, Money.FromYuan(3_000_000m).Fen, "440700", null, [], NextMonth, $"测试：{by} 将江门调整为 300 万");

    [Fact]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason()
    {
        var before = (await Book.ListAsync()).Count;
        var offered = await parties.RefusalsAgreeAsync<RuleBookAction>(
            actor => Task.FromResult<ActionSet<RuleBookAction>?>(RuleBookSteps.For(actor)), (_, actor) => Book.AddVersionAsync(Draft(MallParty.OwnOperator), actor));

        Assert.Equal(MallParties.Sorted(Expected), MallParties.Sorted(offered));
        Assert.Equal(before, (await Book.ListAsync()).Count);
        foreach (var (party, _) in offered)
        {
            await Book.AddVersionAsync(Draft(party), await parties.ActorAsync(party));
        }

        Assert.Equal(before + offered.Count, (await Book.ListAsync()).Count);
        var rules = await Book.CurrentAsync();
        Assert.Equal(Money.FromYuan(4_000_000m), rules.Find(RuleKind.CentralizedEntrustmentLine, "440700", NextMonth.AddDays(-1))!.Amount);
        Assert.Equal(Money.FromYuan(3_000_000m), rules.Find(RuleKind.CentralizedEntrustmentLine, "440700", NextMonth)!.Amount);
    }

    [Fact]
    public void An_actor_with_every_role_but_the_administrator_s_is_refused_on_the_role_ground()
    {
        var everyOther = Roles.All.Where(r => r != Roles.PlatformAdmin).ToHashSet();
        var refusal = RuleBookSteps.For(new Actor("440700cz", Guid.NewGuid(), everyOther)).WhyNot(RuleBookAction.AddVersion);
        Assert.NotNull(refusal);
        Assert.Equal(RefusalGround.Role, refusal.Ground);
        Assert.True(RuleBookSteps.For(new Actor("admin", null, new HashSet<string> { Roles.PlatformAdmin })).Allows(RuleBookAction.AddVersion));
    }
}
