using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Layout;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The header's user menu: a sign-in link for a visitor, and for a user their organisation, the password change, the languages and sign-out.</summary>
public sealed class UserMenuTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<OrganizationQueries>());
        Services.AddScoped<CurrentWorkspace>();
        return Task.CompletedTask;
    }

    private static IReadOnlyList<(string Text, string? Href)> Items(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll(".mud-menu-item").Select(i => (i.TextContent.Trim(), i.GetAttribute("href") ?? i.QuerySelector("a")?.GetAttribute("href"))).ToList();

    [Fact]
    public void A_visitor_is_offered_the_sign_in_page()
    {
        AddAuthorization();

        var menu = Render<UserMenu>();

        Assert.Equal("/Account/Login", menu.FindAll("a").Single(a => a.TextContent.Trim() == "登录").GetAttribute("href"));
        Assert.Empty(menu.FindAll("[data-testid=user-menu]"));
    }

    [Fact]
    public async Task A_purchaser_opens_the_menu_by_its_named_button_and_finds_the_unit_the_password_change_the_languages_and_sign_out()
    {
        await using (var db = Store.Db())
        {
            var unit = await db.Organizations.SingleAsync(o => o.Name == "江门市第一中学");
            AddAuthorization().SetAuthorized(ProjectScenario.Operator).SetRoles(Roles.PurchaserOperator).SetClaims(new Claim(PortalClaims.OrganizationId, unit.Id.ToString()));
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("/plans?page=2");
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<UserMenu>();
        var button = menu.Find($"button[aria-label='账号菜单：{ProjectScenario.Operator}']");
        Assert.Contains(ProjectScenario.Operator, button.TextContent, StringComparison.Ordinal);

        button.Click();

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-menu-item")));
        Assert.Equal(
            [("江门市第一中学", WorkspaceNavigation.HomeFor([Roles.PurchaserOperator])), ("修改密码", "/Account/ChangePassword"),
             ("简体中文", "/culture?culture=zh-CN&redirectUri=%2Fplans%3Fpage%3D2"), ("English", "/culture?culture=en-US&redirectUri=%2Fplans%3Fpage%3D2"),
             ("退出登录", "/Account/Logout")],
            Items(popovers));
    }

    [Fact]
    public void A_user_without_an_organisation_has_no_organisation_item()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<UserMenu>();

        menu.Find("button[aria-label='账号菜单：admin']").Click();

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-menu-item")));
        Assert.Equal(["修改密码", "简体中文", "English", "退出登录"], Items(popovers).Select(i => i.Text));
    }
}
