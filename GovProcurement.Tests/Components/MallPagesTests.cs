using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Regions;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The e-mall's listing pages over the demo suppliers: the buyer's search passes its term and price bounds to
/// the query, the supplier's rows offer what each listing's answer offers, the reviewer returns with a reason,
/// and the regulator sees the prices past the rule's limit.
/// </summary>
public sealed class MallPagesTests : StoreComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Actor Admin = new("admin", null, new HashSet<string> { Roles.PlatformAdmin });

    private Actor small = default!;
    private Actor micro = default!;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<ListingDesk>());
        Services.AddSingleton(Store.Get<ListingQueries>());
        Services.AddSingleton(Store.Get<PriceMonitor>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Mall.Orders.OrderQueries>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Mall.Orders.MallOrders>());
        Services.AddScoped<MallCart>();
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        var scenario = new ProjectScenario(Store.Services);
        small = await scenario.ActorAsync(ProjectScenario.SmallSupplier);
        micro = await scenario.ActorAsync(ProjectScenario.MicroSupplier);
    }

    private static ListingForm Form(string name, decimal price, string code = "A02010104") =>
        new(code, name, "联想", "启天M437", "i5/16G/512G SSD", "台", price, 50, [RegionDirectory.ProvinceCode], 7);

    private async Task<Guid> ListedAsync(Actor supplier, ListingForm form)
    {
        var desk = Store.Get<ListingDesk>();
        var id = await desk.CreateAsync(form, supplier);
        await desk.SubmitAsync(id, supplier);
        await desk.ApproveAsync(id, Admin);
        return id;
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> page, string label) where T : Microsoft.AspNetCore.Components.IComponent =>
        page.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;

    private static IReadOnlyList<string> Names(IRenderedComponent<MallSearchPage> page) =>
        page.FindAll("tbody tr strong").Select(s => s.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_search_passes_its_term_and_price_bounds_to_the_query()
    {
        await ListedAsync(small, Form("台式电脑", 4_800m));
        await ListedAsync(micro, Form("笔记本电脑", 6_200m, "A02010105"));
        await ListedAsync(micro, Form("台式电脑（入门）", 3_100m));
        AddAuthorization();
        var page = Render<MallSearchPage>();
        page.WaitForAssertion(() => Assert.Equal(3, Names(page).Count), Patience);

        await page.InvokeAsync(() => Input(page, "关键词").Change("台式"));
        // Found and clicked on the renderer's context, so that a render the change started cannot replace the button in between.
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "查询").Click());
        page.WaitForAssertion(() => Assert.Equal(["台式电脑", "台式电脑（入门）"], Names(page).Order()), Patience);

        await page.InvokeAsync(() => Input(page, "最高价（元）").Change("4000"));
        await page.InvokeAsync(() => Input(page, "关键词").KeyUp(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" }));
        page.WaitForAssertion(() => Assert.Equal(["台式电脑（入门）"], Names(page)), Patience);
        var row = page.Find("tbody tr");
        Assert.Contains("¥3,100.00 / 台", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("中小企业", row.TextContent, StringComparison.Ordinal);

        await page.InvokeAsync(() => Input(page, "最低价（元）").Change("3500"));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "查询").Click());
        page.WaitForAssertion(() => Assert.Contains("没有符合条件的商品。", page.Find("table").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task Each_of_the_suppliers_rows_offers_what_its_listing_allows_and_a_submission_leaves_only_the_withdrawal()
    {
        var desk = Store.Get<ListingDesk>();
        var draft = await desk.CreateAsync(Form("草稿电脑", 4_000m), small);
        var reviewing = await desk.CreateAsync(Form("待审电脑", 4_100m), small);
        await desk.SubmitAsync(reviewing, small);
        await ListedAsync(small, Form("在售电脑", 4_200m));
        SignIn(small);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();

        var page = Render<MyListingsPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count), Patience);
        string[] Offered(string name) => page.FindAll("button[aria-label]").Select(b => b.GetAttribute("aria-label")!).Where(l => l.Contains($"“{name}”", StringComparison.Ordinal)).Order().ToArray();
        Assert.Equal(["修改“草稿电脑”", "提交“草稿电脑”审核"], Offered("草稿电脑"));
        Assert.Equal(["下架“待审电脑”"], Offered("待审电脑"));
        Assert.Equal(["下架“在售电脑”", "修改“在售电脑”"], Offered("在售电脑"));

        page.Find("button[aria-label='提交“草稿电脑”审核']").Click();

        page.WaitForAssertion(() => Assert.Equal(["下架“草稿电脑”"], Offered("草稿电脑")), Patience);
        await using var db = Store.Db();
        Assert.Equal(ListingStatus.InReview, (await db.Listings.AsNoTracking().SingleAsync(l => l.Id == draft)).Status);
    }

    [Fact]
    public async Task The_reviewer_returns_a_listing_with_the_reason_asked_for()
    {
        var desk = Store.Get<ListingDesk>();
        var id = await desk.CreateAsync(Form("台式电脑", 4_800m), small);
        await desk.SubmitAsync(id, small);
        AddAuthorization().SetAuthorized("admin").SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var queue = Render<ListingReviewPage>();
        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("button[aria-label='退回“台式电脑”']")), Patience);

        queue.Find("button[aria-label='退回“台式电脑”']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("退回理由", dialogs.Markup, StringComparison.Ordinal));
        dialogs.Find("[data-testid=reason-input] textarea, textarea[data-testid=reason-input]").Input("请补充产品彩页");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "确定").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("已退回。", snackbar.Markup, StringComparison.Ordinal), Patience);
        queue.WaitForAssertion(() => Assert.Contains("没有待审核的商品。", queue.Find("table").TextContent, StringComparison.Ordinal), Patience);
        await using var db = Store.Db();
        Assert.Equal(ListingStatus.Returned, (await db.Listings.AsNoTracking().SingleAsync(l => l.Id == id)).Status);
    }

    [Fact]
    public async Task The_regulator_sees_the_listing_priced_past_the_limit_against_its_peers_median()
    {
        await ListedAsync(small, Form("台式电脑", 4_800m));
        await ListedAsync(micro, Form("台式电脑", 4_600m));
        await ListedAsync(micro, Form("台式电脑", 4_700m));
        await ListedAsync(small, Form("台式电脑（高配）", 9_800m));
        var regulator = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Regulator);
        SignIn(regulator);

        var page = Render<PriceFlagsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")), Patience);
        var cells = page.Find("tbody tr").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.StartsWith("台式电脑（高配）", cells[0], StringComparison.Ordinal);
        Assert.Equal("¥9,800.00", cells[2]);
        Assert.Equal("同品目中位数 ¥4,700.00（3 个商品）", cells[3]);
        Assert.Equal("+108.51%", cells[4]);
        Assert.StartsWith("阈值 30%：", cells[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_listings_past_the_limit_the_regulator_is_told_so()
    {
        await ListedAsync(small, Form("台式电脑", 4_800m));
        SignIn(await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Regulator));

        var page = Render<PriceFlagsPage>();

        page.WaitForAssertion(() => Assert.Contains("没有价格异常的商品。", page.Find("table").TextContent, StringComparison.Ordinal), Patience);
    }
}
