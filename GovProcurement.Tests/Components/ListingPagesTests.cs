using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The supplier's listing form checks its fields as the use case does; the reviewer approves on the queue and buyers then find the listing.</summary>
public sealed class ListingPagesTests : StoreComponentTest
{
    /// <summary>The store's first queries on a busy machine take longer than bUnit's default second.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<ListingDesk>());
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        return Task.CompletedTask;
    }

    /// <summary>The input of the field a person finds by its label.</summary>
    private static IElement Field(IRenderedComponent<MudDialogProvider> dialogs, string label) =>
        dialogs.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input, textarea")!;

    /// <summary>Types the text as a person does and leaves the field: text fields listen to input, numeric ones to change.</summary>
    private static void Type(IElement input, string text)
    {
        try
        {
            input.Input(text);
        }
        catch (MissingEventHandlerException)
        {
            input.Change(text);
        }

        input.Blur();
    }

    private static IElement Button(IRenderedComponent<MudDialogProvider> dialogs, string text) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public async Task The_supplier_form_shows_a_missing_stock_at_its_field_and_saves_nothing()
    {
        await using var db = Store.Db();
        var supplier = await db.Organizations.SingleAsync(o => o.Name == "江门市华信电脑科技有限公司");
        var auth = AddAuthorization();
        auth.SetAuthorized(ProjectScenario.SmallSupplier);
        auth.SetRoles(Roles.Supplier);
        auth.SetClaims(new Claim(PortalClaims.OrganizationId, supplier.Id.ToString()));
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var mine = Render<MyListingsPage>();

        mine.WaitForAssertion(() => Assert.Contains(mine.FindAll("button"), b => b.TextContent.Trim() == "发布商品"), Patience);
        mine.FindAll("button").Single(b => b.TextContent.Trim() == "发布商品").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("规格参数", dialogs.Markup), Patience);
        Type(Field(dialogs, "品目编码"), "A02010104");
        Type(Field(dialogs, "商品名称"), "电脑机箱");
        Type(Field(dialogs, "品牌"), "航嘉");
        Type(Field(dialogs, "规格参数"), "ATX 中塔，含 500W 电源");
        Type(Field(dialogs, "计量单位"), "个");
        Type(Field(dialogs, "单价（元）"), "300");
        Button(dialogs, "保存").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("货物请填写库存数量。", dialogs.Markup), Patience);
        Assert.False(await db.Listings.AnyAsync());
    }

    [Fact]
    public async Task The_reviewer_approves_a_submitted_listing_on_the_queue_and_buyers_then_find_it()
    {
        var supplier = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.SmallSupplier);
        var desk = Store.Get<ListingDesk>();
        var id = await desk.CreateAsync(new ListingForm("A02010104", "电脑机箱", "航嘉", "H-600", "ATX 中塔，含 500W 电源", "个", 300m, 20, ["440000"], 7), supplier);
        await desk.SubmitAsync(id, supplier);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(Roles.PlatformAdmin);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var snackbar = Render<MudSnackbarProvider>();

        var queue = Render<ListingReviewPage>();
        queue.WaitForAssertion(() => Assert.Contains("电脑机箱", queue.Find("tbody").TextContent), Patience);
        Assert.Contains("新商品", queue.Find("tbody").TextContent);
        queue.Find("button[aria-label='通过“电脑机箱”']").Click();
        snackbar.WaitForAssertion(() => Assert.Contains("已通过，商品已上架。", snackbar.Markup), Patience);

        var card = Assert.Single((await Store.Get<ListingQueries>().SearchAsync(new ListingSearch("DNJ"))).Items);
        Assert.Equal(("电脑机箱", Money.FromYuan(300m), 20), (card.Name, card.Price, card.Stock));
    }
}
