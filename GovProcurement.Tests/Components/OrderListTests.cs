using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall.Orders;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The order lists of both sides: paged on the server, a filter by status naming how many stand in each, the other party in its column.</summary>
public sealed class OrderListTests : ProjectComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<OrderQueries>());
        Services.AddScoped<CurrentActor>();
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static string[] Filters(IRenderedComponent<OrderList> list) => list.FindAll("[role=group] button").Select(b => b.TextContent.Trim()).ToArray();

    private static int Rows(IRenderedComponent<OrderList> list) => list.FindAll("[data-testid=order-list] tbody tr").Count;

    /// <summary>Three orders of the first supplier's desktop: the first confirmed, the others placed.</summary>
    private async Task<IReadOnlyList<MallOrder>> OrdersAsync()
    {
        var mall = Mall;
        var plan = await mall.FiledPlanAsync(100_000m);
        var supplier = await mall.SupplierAsync(0);
        var listing = (await Store.Get<ListingDesk>().MineAsync(supplier)).Rows.Single().Id;
        var orders = Store.Get<MallOrders>();
        var placed = new List<MallOrder>();
        for (var i = 1; i <= 3; i++)
        {
            placed.Add(await orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, i)]), await mall.OperatorAsync()));
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        await orders.ConfirmAsync(placed[0].Id, supplier);
        return placed;
    }

    [Fact]
    public async Task The_purchasers_list_filters_by_status_with_the_counts_and_pages_on_the_server()
    {
        var placed = await OrdersAsync();
        SignIn(await Mall.OperatorAsync());

        var list = Render<OrderList>(p => p.Add(x => x.Side, OrderSide.Purchaser).Add(x => x.PageSize, 2));

        list.WaitForAssertion(() => Assert.Equal(["全部（3）", "待供应商确认（2）", "已确认（1）"], Filters(list)), Patience);
        Assert.Equal(2, Rows(list));
        Assert.Equal(placed[2].Number, list.Find("[data-testid=order-list] tbody tr a").TextContent.Trim());
        Assert.Contains("江门市华信电脑科技有限公司", list.Find("[data-testid=order-list] tbody").TextContent, StringComparison.Ordinal);

        await list.InvokeAsync(() => list.FindAll("[role=group] button").Single(b => b.TextContent.Trim() == "已确认（1）").Click());

        list.WaitForAssertion(() => Assert.Equal(1, Rows(list)), Patience);
        Assert.Equal(placed[0].Number, list.Find("[data-testid=order-list] tbody tr a").TextContent.Trim());
        Assert.Equal("true", list.FindAll("[role=group] button").Single(b => b.TextContent.Trim() == "已确认（1）").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task The_suppliers_list_names_the_purchaser_and_another_supplier_sees_none()
    {
        await OrdersAsync();
        SignIn(await Mall.SupplierAsync(0));

        var list = Render<OrderList>(p => p.Add(x => x.Side, OrderSide.Supplier));

        list.WaitForAssertion(() => Assert.Equal(3, Rows(list)), Patience);
        Assert.Contains("江门市第一中学", list.Find("[data-testid=order-list] tbody").TextContent, StringComparison.Ordinal);

        var other = Store.Get<OrderQueries>();
        var page = await other.PageAsync(await Mall.SupplierAsync(1), new OrderFilter(OrderSide.Supplier));
        Assert.Equal(0, page.All);
        Assert.Empty(page.Rows.Items);
    }
}
