using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Persistence;

public class AccountRuleBookTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    private static AccountRuleDraft HeshanBudgetCodes(DateOnly from) => new(
        OrganizationKind.BudgetUnit, "440700", RegionScope.SelfAndBelow, AccountNameBase.BudgetCode, "", null,
        InitialPasswordSource.BudgetCode, null, from, "江门市财政局调整账号规则（测试）");

    [Fact]
    public async Task NewVersion_EndsTheRuleItReplaces_OnItsStartDate()
    {
        await using var store = await TestStore.CreateAsync();
        var book = store.Get<AccountRuleBook>();

        var added = await book.AddVersionAsync(HeshanBudgetCodes(NextMonth), "admin");

        var rules = await book.ListAsync();
        var replaced = rules.Single(r => r.RegionCode == "440700" && r.Id != added.Id && r.Kind == OrganizationKind.BudgetUnit);
        Assert.Equal(NextMonth, replaced.EffectiveTo);
        var selector = new AccountRuleSelector(rules, RegionDirectory.Guangdong);
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, selector.Select(OrganizationKind.BudgetUnit, "440784", NextMonth.AddDays(-1)).NameBase);
        Assert.Equal(AccountNameBase.BudgetCode, selector.Select(OrganizationKind.BudgetUnit, "440784", NextMonth).NameBase);
    }

    [Fact]
    public async Task History_CannotBeRewritten()
    {
        await using var store = await TestStore.CreateAsync();
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            store.Get<AccountRuleBook>().AddVersionAsync(HeshanBudgetCodes(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))), "admin"));
        Assert.Contains("不能改写", Assert.Single(error.Errors).Text().Zh);
    }

    [Fact]
    public async Task TwoVersionsOnTheSameDay_AreRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var book = store.Get<AccountRuleBook>();
        await book.AddVersionAsync(HeshanBudgetCodes(NextMonth), "admin");
        await Assert.ThrowsAsync<DomainException>(() => book.AddVersionAsync(HeshanBudgetCodes(NextMonth), "admin"));
    }

    [Fact]
    public async Task RuleUsingCodesTheKindLacks_IsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var draft = HeshanBudgetCodes(NextMonth) with { Kind = OrganizationKind.Supplier };
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => store.Get<AccountRuleBook>().AddVersionAsync(draft, "admin"));
        Assert.Contains(error.Errors, f => f.PropertyName == nameof(AccountRuleDraft.NameBase) && f.Text().Zh.Contains("没有的编码"));
    }
}
