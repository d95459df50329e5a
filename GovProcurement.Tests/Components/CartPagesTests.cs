using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Portal.Components.Workspaces.Mall.Orders;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// 网上直购 from the pages: the search adds listings to the cart of the plan line chosen on the plan's panel
/// (a listing of a second supplier is refused and the cart stays as it was), the cart prices its lines,
/// refuses a total above the line's remaining amount and orders the rest.
/// </summary>
public sealed class CartPagesTests : ProjectComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<MallOrders>());
        Services.AddSingleton(Store.Get<OrderQueries>());
        Services.AddSingleton(Store.Get<ListingQueries>());
        Services.AddSingleton(Store.Get<ListingDesk>());
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<MallCart>();
    }

    private MallScenario Mall => new(Store.Services, new ProjectScenario(Store.Services));

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private async Task<Guid> ListingOfAsync(int supplier) => (await Store.Get<ListingDesk>().MineAsync(await Mall.SupplierAsync(supplier))).Rows.Single().Id;

    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> page, string label) where T : IComponent =>
        page.FindAll("button").Single(b => b.GetAttribute("aria-label") == label || b.TextContent.Trim() == label);

    private static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> page, string label) where T : IComponent =>
        page.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    [Fact]
    public async Task The_search_opened_for_a_plan_line_adds_listings_of_one_supplier_to_its_cart()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var line = plan.Items[0].Id;
        SignIn(await Mall.OperatorAsync());
        var snackbars = Render<MudSnackbarProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/mall?line={line}");

        var page = Render<MallSearchPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("button").Count(b => b.TextContent.Trim() == "加入购物车")), Patience);
        await page.InvokeAsync(() => Button(page, "将“台式电脑1”加入购物车").Click());
        snackbars.WaitForAssertion(() => Assert.Contains("已加入购物车。", snackbars.Markup, StringComparison.Ordinal), Patience);
        await page.InvokeAsync(() => Button(page, "将“台式电脑1”加入购物车").Click());
        page.WaitForAssertion(() => Assert.Equal(2, Services.GetRequiredService<MallCart>().Form(plan.Id, line).Lines.Single().Quantity), Patience);

        await page.InvokeAsync(() => Button(page, "将“台式电脑2”加入购物车").Click());

        snackbars.WaitForAssertion(() => Assert.Contains("一个订单只能向一家供应商下单。", snackbars.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal([new CartLine(await ListingOfAsync(0), 2)], Services.GetRequiredService<MallCart>().Form(plan.Id, line).Lines);
        page.WaitForAssertion(() => Assert.Contains("查看购物车（1 种商品）", page.Markup, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task The_cart_refuses_a_total_above_the_remaining_amount_and_orders_once_it_fits()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var line = plan.Items[0].Id;
        var listing = await ListingOfAsync(0);
        SignIn(await Mall.OperatorAsync());
        Render<MudSnackbarProvider>();
        Services.GetRequiredService<MallCart>().Put(new CartForm(plan.Id, line, [new CartLine(listing, 2)]));

        var page = Render<CartPage>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.PlanItemId, line));

        page.WaitForAssertion(() => Assert.Contains("合计：¥9,600.00 · 剩余额度：¥50,000.00", page.Find("[data-testid=cart-total]").TextContent, StringComparison.Ordinal), Patience);
        await page.InvokeAsync(() => Input(page, "“台式电脑1”的数量").Change("11"));
        page.WaitForAssertion(() => Assert.Contains("超过计划明细的剩余额度", page.Find("[data-testid=cart-refusal]").TextContent, StringComparison.Ordinal), Patience);
        Assert.True(Button(page, "提交订单").HasAttribute("disabled"));
        Assert.Equal(11, Services.GetRequiredService<MallCart>().Form(plan.Id, line).Lines.Single().Quantity);

        await page.InvokeAsync(() => Input(page, "“台式电脑1”的数量").Change("10"));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=cart-refusal]")), Patience);
        await page.InvokeAsync(() => Button(page, "提交订单").Click());

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Contains("/mall/orders/", navigation.Uri, StringComparison.Ordinal), Patience);
        var id = Guid.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..]);
        var placed = (await Store.Get<MallOrders>().GetAsync(id, await Mall.OperatorAsync()))!.Value.Order;
        Assert.Equal(Money.FromYuan(48_000m), placed.Total);
        Assert.Empty(Services.GetRequiredService<MallCart>().Form(plan.Id, line).Lines);
    }

    [Fact]
    public async Task A_cart_whose_listing_was_taken_off_sale_says_so_and_can_be_emptied()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        var line = plan.Items[0].Id;
        var listing = await ListingOfAsync(0);
        SignIn(await Mall.OperatorAsync());
        Services.GetRequiredService<MallCart>().Put(new CartForm(plan.Id, line, [new CartLine(listing, 2)]));
        await Store.Get<ListingDesk>().WithdrawAsync(listing, await Mall.SupplierAsync(0));

        var page = Render<CartPage>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.PlanItemId, line));

        page.WaitForAssertion(() => Assert.Equal("购物车中的商品已下架或不可见。", page.Find("[role=alert]").TextContent.Trim()), Patience);
        Assert.True(Button(page, "提交订单").HasAttribute("disabled"));
        await page.InvokeAsync(() => Button(page, "清空购物车").Click());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=alert]")), Patience);
        Assert.Empty(Services.GetRequiredService<MallCart>().Form(plan.Id, line).Lines);
        Assert.Contains("购物车是空的", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_line_not_open_to_the_reader_has_no_cart()
    {
        var plan = await Mall.FiledPlanAsync(50_000m);
        SignIn(await Mall.SupplierAsync(0));

        var page = Render<CartPage>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.PlanItemId, plan.Items[0].Id));

        page.WaitForAssertion(() => Assert.Equal("该计划明细现在不能网上直购，或不属于本单位。", page.Find("[role=status]").TextContent.Trim()), Patience);
        Assert.Empty(page.FindAll("button"));
    }
}
