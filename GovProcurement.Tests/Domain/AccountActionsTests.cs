using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Domain;

/// <summary>What the administrator is offered for an account, and the use case refusing exactly what is not offered.</summary>
public class AccountActionsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    private static AccountRow Row(bool disabled = false, OrganizationKind? kind = OrganizationKind.BudgetUnit, DateTime? lockoutEnd = null, string userName = "440784cz") =>
        new("id", userName, userName, "开平市财政局", kind, "stamp", [], disabled, false, lockoutEnd);

    [Fact]
    public void An_enabled_account_may_be_disabled_and_reset_a_disabled_one_enabled()
    {
        Assert.Equal(new[] { AccountAction.Disable, AccountAction.Reset }, AccountActions.For(Row(), "admin").Available);
        Assert.Equal(new[] { AccountAction.Enable, AccountAction.Reset }, AccountActions.For(Row(disabled: true), "admin").Available);
        Assert.Contains("未停用", AccountActions.For(Row(), "admin").WhyNot(AccountAction.Enable)!.Why.Zh);
    }

    [Fact]
    public void The_administrator_may_not_disable_their_own_account_nor_reset_one_without_an_organisation()
    {
        var own = AccountActions.For(Row(kind: null, userName: "admin"), "admin");
        Assert.Empty(own.Available);
        Assert.Contains("不能停用自己的账号", own.WhyNot(AccountAction.Disable)!.Why.Zh);
        Assert.Contains("不属于任何机构", own.WhyNot(AccountAction.Reset)!.Why.Zh);
    }

    [Fact]
    public void An_account_is_disabled_before_it_is_locked_and_a_past_lockout_leaves_it_active()
    {
        Assert.Equal(AccountState.Disabled, AccountActions.StateOf(Row(disabled: true, lockoutEnd: Now.AddMinutes(5)), Now));
        Assert.Equal(AccountState.Locked, AccountActions.StateOf(Row(lockoutEnd: Now.AddMinutes(5)), Now));
        Assert.Equal(AccountState.Active, AccountActions.StateOf(Row(lockoutEnd: Now), Now));
        Assert.Equal(AccountState.Active, AccountActions.StateOf(Row(), Now));
    }

    [Fact]
    public async Task The_use_case_refuses_what_the_account_is_not_offered_with_the_same_reason()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var accounts = store.Get<AccountAdministration>();
        var admin = (await accounts.SearchAsync("admin", 0, 10)).Items.Single(a => a.UserName == "admin");
        var unit = (await accounts.SearchAsync("440784cz", 0, 10)).Items.Single();

        var own = await Assert.ThrowsAsync<DomainException>(() => accounts.DisableAsync(admin.Id, admin.ConcurrencyStamp, "admin"));
        Assert.Equal(AccountActions.For(admin, "admin").WhyNot(AccountAction.Disable)!.ToException().Message, own.Message);
        var enabled = await Assert.ThrowsAsync<DomainException>(() => accounts.EnableAsync(unit.Id, unit.ConcurrencyStamp, "admin"));
        Assert.Equal(AccountActions.For(unit, "admin").WhyNot(AccountAction.Enable)!.ToException().Message, enabled.Message);

        await accounts.DisableAsync(unit.Id, unit.ConcurrencyStamp, "admin");
        var disabled = (await accounts.SearchAsync("440784cz", 0, 10)).Items.Single();
        Assert.Equal(new[] { AccountAction.Enable, AccountAction.Reset }, AccountActions.For(disabled, "admin").Available);
        await accounts.EnableAsync(disabled.Id, disabled.ConcurrencyStamp, "admin");
        Assert.False((await accounts.SearchAsync("440784cz", 0, 10)).Items.Single().IsDisabled);
    }
}
