using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>A workspace's home page: the greeting and the user's roles in words, and the signed-in organisation's registered facts.</summary>
public sealed class WorkspaceHomeTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<OrganizationQueries>());
        Services.AddScoped<CurrentWorkspace>();
        return Task.CompletedTask;
    }

    private async Task SignInAsync(string userName, string organization, params string[] roles)
    {
        await using var db = Store.Db();
        var id = await db.Organizations.Where(o => o.Name == organization).Select(o => o.Id).SingleAsync();
        AddAuthorization().SetAuthorized(userName).SetRoles(roles).SetClaims(new Claim(PortalClaims.OrganizationId, id.ToString()));
    }

    private IRenderedComponent<WorkspaceHome> Home(string title, string intro, string? guide = null) =>
        Render<WorkspaceHome>(p => p.Add(x => x.TitleKey, title).Add(x => x.IntroKey, intro).Add(x => x.GuideSlug, guide)
            .AddChildContent("<p id=\"worklist\">待办</p>"));

    private static string Fact(IRenderedComponent<WorkspaceHome> page, string label) =>
        page.FindAll("[data-testid=organization-profile] tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == label).QuerySelector("td")!.TextContent.Trim();

    [Fact]
    public async Task A_competent_unit_s_operator_is_greeted_with_their_role_and_sees_the_unit_s_codes_and_its_subordinate_units()
    {
        await SignInAsync("440700101001002", "江门市教育局", Roles.PurchaserOperator);

        var page = Home("Nav.PurchaserHome", "Purchaser.Intro", "purchaser");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=organization-profile]")));
        Assert.Equal("本单位", page.Find("h1").TextContent.Trim());
        Assert.Equal("您好，440700101001002", page.Find("[data-testid=welcome]").TextContent.Trim());
        Assert.Contains("采购人经办", page.Find(".mud-chip").TextContent, StringComparison.Ordinal);
        Assert.Equal("江门市教育局", page.Find("[data-testid=organization-profile] h2").TextContent.Trim());
        Assert.Equal("预算单位", Fact(page, "机构类型"));
        Assert.Equal("701001", Fact(page, "预算编码"));
        Assert.Contains("江门市第一中学", page.Find("[data-testid=subordinates]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("[data-testid=organization-profile] th"), h => h.TextContent.Trim() == "机构性质");
        Assert.Equal("/guides/purchaser", page.FindAll("a").Single(a => a.TextContent.Trim() == "查看本角色操作指南").GetAttribute("href"));
        Assert.Equal("待办", page.Find("#worklist").TextContent);
    }

    [Fact]
    public async Task An_agency_sees_whether_it_is_a_centralised_agency_and_no_budget_code()
    {
        await SignInAsync(ProjectScenario.Agency, "江门市公共资源交易中心", Roles.Agency);

        var page = Home("Nav.AgencyHome", "Agency.Intro");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=organization-profile]")));
        Assert.Equal("集中采购机构", Fact(page, "机构性质"));
        Assert.DoesNotContain(page.FindAll("[data-testid=organization-profile] th"), h => h.TextContent.Trim() == "预算编码");
        Assert.Empty(page.FindAll("[data-testid=subordinates]"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.TextContent.Trim() == "查看本角色操作指南");
    }

    [Fact]
    public void A_user_without_an_organisation_gets_no_profile()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);

        var page = Home("Nav.AdminHome", "Admin.Intro");

        Assert.Equal("您好，admin", page.Find("[data-testid=welcome]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=organization-profile]"));
    }
}
