using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Layout;
using GovProcurement.Portal.Components.Workspaces.Admin;
using GovProcurement.Portal.Components.Workspaces.Regulator;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// What a regulator's and the administrator's overview pages count and list, over the demo organisations: the
/// organisations of the signed-in regulator's jurisdiction alone, tallied by kind as the store holds them. The
/// worklist and the audit chain status (tested in their own classes) are stood in for.
/// </summary>
public sealed class JurisdictionPagesTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<OrganizationQueries>());
        Services.AddScoped<CurrentWorkspace>();
        ComponentFactories.AddStub<GovProcurement.Portal.Components.Shared.WorklistView>("<p>worklist</p>");
        ComponentFactories.AddStub<GovProcurement.Portal.Components.Shared.AuditChainStatus>("<p>audit chain</p>");
        return Task.CompletedTask;
    }

    private async Task SignInAsync(string userName, string organization, string role)
    {
        await using var db = Store.Db();
        var id = await db.Organizations.Where(o => o.Name == organization).Select(o => o.Id).SingleAsync();
        AddAuthorization().SetAuthorized(userName).SetRoles(role).SetClaims(new Claim(PortalClaims.OrganizationId, id.ToString()));
    }

    /// <summary>The store's count of each kind in exactly this region, in the table's column order.</summary>
    private async Task<string[]> CountsAsync(string region)
    {
        await using var db = Store.Db();
        var kinds = new[] { OrganizationKind.BudgetUnit, OrganizationKind.Agency, OrganizationKind.Supplier, OrganizationKind.Regulator };
        var counts = await db.Organizations.Where(o => o.RegionCode == region).GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return kinds.Select(k => (counts.SingleOrDefault(c => c.Key == k)?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static string[] Row(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()).ToArray();

    [Fact]
    public async Task The_heshan_bureau_s_overview_tallies_its_own_region_s_organisations_by_kind()
    {
        await SignInAsync("440784cz", "鹤山市财政局", Roles.Regulator);

        var page = Render<RegulatorHome>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=region-tally] tbody tr")));
        Assert.Equal("辖区概览", page.Find("h1").TextContent.Trim());
        var rows = page.FindAll("[data-testid=region-tally] tbody tr");
        Assert.Equal(await CountsAsync("440784"), Row(rows[0]));
        Assert.Contains("鹤山", rows[0].QuerySelector("td")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", Row(rows[0])[3]); // the bureau itself
        await using var db = Store.Db();
        Assert.Equal(await db.Organizations.CountAsync(o => o.RegionCode.StartsWith("440784")), rows.Sum(r => Row(r).Sum(int.Parse)));
    }

    [Fact]
    public async Task The_heshan_bureau_lists_the_organisations_of_its_jurisdiction_alone()
    {
        await SignInAsync("440784cz", "鹤山市财政局", Roles.Regulator);
        Render<MudPopoverProvider>();

        var page = Render<RegulatorOrganizations>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=organization-grid] tbody tr.mud-table-row")));
        var names = page.FindAll("[data-testid=organization-grid] tbody tr.mud-table-row").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Contains("鹤山市第一中学", names);
        Assert.DoesNotContain("江门市第一中学", names);
        Assert.DoesNotContain("江门市财政局", names);
    }

    [Fact]
    public async Task The_administrator_s_overview_tallies_the_province_with_jiangmen_s_row_as_the_store_counts_it()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);

        var page = Render<AdminHome>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=region-tally] tbody tr")));
        Assert.Equal("worklist", page.FindAll("p").First(p => p.TextContent == "worklist").TextContent);
        var rows = page.FindAll("[data-testid=region-tally] tbody tr");
        Assert.True(rows.Count > 1);
        await using var db = Store.Db();
        Assert.Equal(await db.Organizations.CountAsync(), rows.Sum(r => Row(r).Sum(int.Parse))); // each organisation counted once, in its region's row
        Assert.Equal(await CountsAsync("440000"), Row(rows[0]));
    }

    [Fact]
    public async Task The_header_badge_names_the_signed_in_organisation_and_its_region()
    {
        await SignInAsync(ProjectScenario.Operator, "江门市第一中学", Roles.PurchaserOperator);

        var badge = Render<OrganizationBadge>();

        badge.WaitForAssertion(() => Assert.StartsWith("江门市第一中学 · ", badge.Find("[data-testid=organization-badge]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("江门市", badge.Find("[data-testid=organization-badge]").TextContent.Trim()["江门市第一中学 · ".Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_badge_is_absent_without_an_organisation()
    {
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);

        var badge = Render<OrganizationBadge>();

        Assert.Empty(badge.FindAll("[data-testid=organization-badge]"));
    }
}
