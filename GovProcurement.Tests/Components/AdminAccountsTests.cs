using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Portal.Components.Workspaces.Admin;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The accounts page offers what the domain's answer for the account row offers, and shows the state the domain names.</summary>
public sealed class AdminAccountsTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<TimeProvider>());
        Services.AddSingleton(Store.Get<PasswordResetRequests>());
        Services.AddSingleton(Store.Get<AccountAdministration>()); // the page resolves it in a scope of its own
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_disabled_account_is_offered_enabling_and_not_disabling()
    {
        var accounts = Store.Get<AccountAdministration>();
        var row = (await accounts.SearchAsync("440784cz", 0, 10)).Items.Single();
        await accounts.DisableAsync(row.Id, row.ConcurrencyStamp, "admin");
        var popovers = Render<MudPopoverProvider>();
        var page = Render<AdminAccounts>();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=account-grid] tbody tr"), r => r.TextContent.Contains("440784cz")));
        var account = page.FindAll("[data-testid=account-grid] tbody tr").Single(r => r.TextContent.Contains("440784cz"));
        Assert.Contains("已停用", account.TextContent);
        account.QuerySelector("button[aria-label=操作]")!.Click();

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-menu-item")));
        var items = popovers.FindAll(".mud-menu-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Contains("启用账号", items);
        Assert.DoesNotContain("停用账号", items);
        Assert.Contains("重置为初始密码", items);
    }
}
