using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Portal.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>Each role's workspace navigation, rendered as the layout renders it.</summary>
public class NavMenuTests : BunitContext, IAsyncLifetime
{
    public NavMenuTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public static TheoryData<string, string[], string[]> Workspaces => new()
    {
        { Roles.PurchaserOperator, ["/purchaser"], ["/regulator", "/admin", "/supplier", "/agency"] },
        { Roles.PurchaserReviewer, ["/purchaser"], ["/regulator", "/admin"] },
        { Roles.Agency, ["/agency"], ["/purchaser", "/regulator", "/admin"] },
        { Roles.Supplier, ["/supplier"], ["/purchaser", "/regulator", "/admin"] },
        { Roles.Regulator, ["/regulator", "/regulator/organizations"], ["/purchaser", "/admin"] },
        { Roles.PlatformAdmin, ["/admin", "/admin/import", "/admin/accounts", "/admin/audit", "/admin/account-rules"], ["/purchaser", "/regulator"] },
    };

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void EachRole_SeesItsOwnWorkspace_AndNoOther(string role, string[] shown, string[] hidden)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(role);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(shown, href => Assert.Contains(href, links));
        Assert.All(hidden, href => Assert.DoesNotContain(href, links));
        Assert.Contains("/guides", links);
    }

    [Fact]
    public void Operator_SeesTheSectionTitleInChinese()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("440700101001002");
        auth.SetRoles(Roles.PurchaserOperator);

        var menu = Render<NavMenu>();

        Assert.Equal(["采购人工作台", "公共服务"], menu.FindAll("[data-testid=nav-section]").Select(s => s.TextContent));
    }

    [Fact]
    public void Anonymous_SeesOnlyThePublicPortal()
    {
        AddAuthorization();
        var menu = Render<NavMenu>();
        Assert.Equal(["/", "/notices", "/public/intentions", "/guides", "/support"], menu.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
