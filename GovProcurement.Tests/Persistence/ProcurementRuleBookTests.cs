using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Rules;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Persistence;

public class ProcurementRuleBookTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    private static readonly Actor Admin = new("admin", null, new HashSet<string> { Roles.PlatformAdmin });

    [Fact]
    public async Task A_finance_department_is_not_offered_a_new_version_and_the_rule_book_refuses_it_with_the_same_reason()
    {
        await using var store = await TestStore.CreateAsync();
        var regulator = new Actor("440700cz", Guid.NewGuid(), new HashSet<string> { Roles.Regulator });
        var answer = RuleBookSteps.For(regulator);
        Assert.True(RuleBookSteps.For(Admin).Allows(RuleBookAction.AddVersion));
        Assert.False(answer.Allows(RuleBookAction.AddVersion));

        var book = store.Get<ProcurementRuleBook>();
        var before = (await book.ListAsync()).Count;
        var refused = await Assert.ThrowsAsync<DomainException>(() => book.AddVersionAsync(
            new ProcurementRuleDraft(RuleKind.CentralizedEntrustmentLine, Money.FromYuan(3_000_000m).Fen, "440700", null, [], NextMonth, "测试：江门调整为 300 万"), regulator));
        Assert.Equal(answer.WhyNot(RuleBookAction.AddVersion)!.ToException().Message, refused.Message);
        Assert.Equal(before, (await book.ListAsync()).Count);
    }

    [Fact]
    public async Task SeededRules_AnswerForJiangmenAndTheProvince()
    {
        await using var store = await TestStore.CreateAsync();
        var rules = await store.Get<ProcurementRuleBook>().CurrentAsync();
        var today = new DateOnly(2026, 11, 27);
        Assert.Equal(Money.FromYuan(4_000_000m), rules.Find(RuleKind.CentralizedEntrustmentLine, "440784", today)!.Amount);
        Assert.Null(rules.Find(RuleKind.CentralizedEntrustmentLine, "440100", today));
        Assert.Equal(Money.FromYuan(2_000_000m), rules.Find(RuleKind.PublicTenderThreshold, "440784", today, ProcurementCategory.Goods)!.Amount);
    }

    [Fact]
    public async Task NewVersion_TakesOverOnItsDate_AndTheCachedSetFollows()
    {
        await using var store = await TestStore.CreateAsync();
        var book = store.Get<ProcurementRuleBook>();
        var before = await book.CurrentAsync();
        await book.AddVersionAsync(new ProcurementRuleDraft(RuleKind.CentralizedEntrustmentLine, Money.FromYuan(3_000_000m).Fen, "440700", null, [], NextMonth, "测试：江门调整为 300 万"), Admin);
        var after = await book.CurrentAsync();
        Assert.NotSame(before, after);
        Assert.Equal(Money.FromYuan(4_000_000m), after.Find(RuleKind.CentralizedEntrustmentLine, "440700", NextMonth.AddDays(-1))!.Amount);
        Assert.Equal(Money.FromYuan(3_000_000m), after.Find(RuleKind.CentralizedEntrustmentLine, "440700", NextMonth)!.Amount);
    }

    [Fact]
    public async Task PastDatesAndUnknownItems_AreRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var book = store.Get<ProcurementRuleBook>();
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => book.AddVersionAsync(
            new ProcurementRuleDraft(RuleKind.PublicTenderThreshold, 1, "440700", ProcurementCategory.Goods, [], new DateOnly(2025, 1, 1), "x"), Admin));
        var unknown = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => book.AddVersionAsync(
            new ProcurementRuleDraft(RuleKind.FrameworkDirectPurchaseLine, 1, "440700", null, ["Z999"], NextMonth, "x"), Admin));
        Assert.Contains("Z999", Assert.Single(unknown.Errors).Text().Zh);
    }
}
