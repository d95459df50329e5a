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
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>An e-mall order's page: its lines in words, and the steps the domain offers the one who reads it.</summary>
public sealed class OrderPageTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<MallOrders>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Contracts.GovContracts>());
        Services.AddScoped<CurrentActor>();
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private async Task<MallOrder> PlacedAsync()
    {
        var mall = Mall;
        var plan = await mall.FiledPlanAsync(50_000m);
        var listing = (await Store.Get<ListingDesk>().MineAsync(await mall.SupplierAsync(0))).Rows.Single().Id;
        return await Store.Get<MallOrders>().PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 2)]), await mall.OperatorAsync());
    }

    private static string[] Buttons(IRenderedComponent<OrderPage> page) => page.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    [Fact]
    public async Task The_supplier_confirms_a_placed_order_and_is_then_offered_the_delivery()
    {
        var order = await PlacedAsync();
        SignIn(await Mall.SupplierAsync(0));
        Render<MudSnackbarProvider>();

        var page = Render<OrderPage>(p => p.Add(x => x.Id, order.Id));

        page.WaitForAssertion(() => Assert.Equal($"订单 {order.Number}", page.Find("h1").TextContent.Trim()));
        Assert.Contains("网上直购", page.Markup, StringComparison.Ordinal);
        Assert.Equal(["台式电脑1（A02010104）", "2 台", "¥4,800.00", "¥9,600.00"], page.FindAll("tbody td").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal(["确认订单", "拒绝订单"], Buttons(page));

        page.FindAll("button").Single(b => b.TextContent.Trim() == "确认订单").Click();

        page.WaitForAssertion(() => Assert.Equal(["确认发货"], Buttons(page)));
        Assert.Contains("已确认", page.Find(".mud-chip").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purchaser_is_not_offered_the_suppliers_steps_and_an_unknown_order_is_not_found()
    {
        var order = await PlacedAsync();
        SignIn(await Mall.OperatorAsync());

        var page = Render<OrderPage>(p => p.Add(x => x.Id, order.Id));
        page.WaitForAssertion(() => Assert.Contains("待供应商确认", page.Find(".mud-chip").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("确认订单", Buttons(page));

        var missing = Render<OrderPage>(p => p.Add(x => x.Id, Guid.NewGuid()));
        missing.WaitForAssertion(() => Assert.Equal("订单不存在或无权查看。", missing.Find("[role=status]").TextContent.Trim()));
    }
}
