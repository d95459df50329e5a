using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Portal.Components.Layout;
using System.Globalization;
using System.Security.Claims;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Portal.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>Each role's workspace navigation, rendered as the layout renders it.</summary>
public class NavMenuTests : StoreComponentTest
{
    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<Worklist>());
        return Task.CompletedTask;
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
        Assert.Equal(["/", "/notices", "/public/intentions", "/mall", "/guides", "/support"], menu.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_home_link_names_how_many_things_wait_for_the_user()
    {
        var parties = new PlanParties(Store.Services);
        await parties.PlanAsync(PlanStatus.PendingReview);
        var reviewer = await parties.ActorAsync(PlanParty.OwnReviewer);
        var expected = (await Store.Get<Worklist>().CountsAsync(reviewer)).Total;
        var auth = AddAuthorization();
        auth.SetAuthorized(reviewer.UserName);
        auth.SetRoles(Roles.PurchaserReviewer);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, reviewer.OrganizationId!.ToString()!));

        var menu = Render<NavMenu>();

        menu.WaitForAssertion(() => Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), menu.Find("[data-testid=worklist-count]").TextContent));
        Assert.True(expected >= 1);
        var home = menu.FindAll("a").Single(a => a.GetAttribute("href") == "/purchaser");
        Assert.Contains($"（{expected} 项待办）", home.TextContent);
        Assert.Single(menu.FindAll("[data-testid=worklist-count]"));
    }

    [Fact]
    public async Task The_suppliers_order_link_names_the_orders_waiting_for_its_confirmation()
    {
        var mall = new Mall.MallScenario(Store.Services, new ProjectScenario(Store.Services));
        var plan = await mall.FiledPlanAsync();
        var supplier = await mall.SupplierAsync(0);
        var listing = (await Store.Get<GovProcurement.Domain.Mall.Listings.ListingDesk>().MineAsync(supplier)).Rows.Single().Id;
        await Store.Get<GovProcurement.Domain.Mall.Orders.MallOrders>().PlaceAsync(new(plan.Id, plan.Items[0].Id, [new(listing, 1)]), await mall.OperatorAsync());
        var auth = AddAuthorization();
        auth.SetAuthorized(supplier.UserName);
        auth.SetRoles(Roles.Supplier);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, supplier.OrganizationId!.ToString()!));

        var menu = Render<NavMenu>();

        menu.WaitForAssertion(() => Assert.Equal("1", menu.Find("[data-testid=nav-item-count]").TextContent));
        var orders = menu.FindAll("a").Single(a => a.GetAttribute("href") == "/supplier/orders");
        Assert.Contains("（1 项待办）", orders.TextContent);
    }

    [Fact]
    public void Nothing_waiting_shows_no_count()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(Roles.PurchaserReviewer);

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("[data-testid=worklist-count]"));
        Assert.DoesNotContain("项待办", menu.Markup);
    }
}
