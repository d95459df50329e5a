using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The supplier's listing dialog opened from "我的商品": a new listing names its catalogue item as it is typed, an empty name
/// is told at its field, a valid one is saved and listed; editing a listing on sale says its change goes to review, keeps
/// the catalogue code fixed, starts from the listing's values, and a new price is saved as a change awaiting review.
/// </summary>
public sealed class ListingDialogTests : StoreComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly Actor Admin = new("admin", null, new HashSet<string> { Roles.PlatformAdmin });

    private Actor supplier = default!;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<ListingDesk>());
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        supplier = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.SmallSupplier);
        AddAuthorization().SetAuthorized(supplier.UserName).SetRoles(Roles.Supplier).SetClaims(new Claim(PortalClaims.OrganizationId, supplier.OrganizationId!.Value.ToString()));
    }

    private static IElement Control(IRenderedComponent<MudDialogProvider> dialogs, string label) =>
        dialogs.FindAll(".mud-input-control").First(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static IElement Field(IRenderedComponent<MudDialogProvider> dialogs, string label) => Control(dialogs, label).QuerySelector("input, textarea")!;

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

    private static IElement Button<T>(IRenderedComponent<T> where, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        where.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbar, IRenderedComponent<MyListingsPage> Page) Open()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var page = Render<MyListingsPage>();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "发布商品"), Patience);
        return (dialogs, snackbar, page);
    }

    [Fact]
    public async Task A_new_listing_names_its_item_is_told_a_missing_name_at_the_field_and_once_complete_is_saved_and_listed()
    {
        var (dialogs, snackbar, page) = Open();
        Button(page, "发布商品").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("规格参数", dialogs.Markup, StringComparison.Ordinal), Patience);
        Assert.Contains("填写采购品目编码，例如 A02010104", Control(dialogs, "品目编码").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("须重新审核", dialogs.Markup, StringComparison.Ordinal);

        Type(Field(dialogs, "品目编码"), "A02010104");
        dialogs.WaitForAssertion(() => Assert.Contains("台式计算机", Control(dialogs, "品目编码").TextContent, StringComparison.Ordinal));
        Type(Field(dialogs, "品牌"), "联想");
        Type(Field(dialogs, "规格参数"), "i5/16G/512G SSD");
        Type(Field(dialogs, "计量单位"), "台");
        Type(Field(dialogs, "单价（元）"), "4800");
        Type(Field(dialogs, "库存"), "20");
        Button(dialogs, "保存").Click();

        dialogs.WaitForAssertion(() => Assert.NotNull(Control(dialogs, "商品名称").QuerySelector(".mud-input-error")), Patience);
        Assert.Null(Control(dialogs, "品牌").QuerySelector(".mud-input-error"));
        Assert.Empty((await Store.Get<ListingDesk>().MineAsync(supplier)).Rows);

        Type(Field(dialogs, "商品名称"), "台式电脑");
        Button(dialogs, "保存").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("已保存。", snackbar.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        var row = Assert.Single((await Store.Get<ListingDesk>().MineAsync(supplier)).Rows);
        Assert.Equal(("台式电脑", Money.FromYuan(4_800m), 20), (row.Proposed.Name, row.Proposed.Price, row.Stock));
        page.WaitForAssertion(() => Assert.Contains("台式电脑", page.Find("tbody").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public async Task Editing_a_listing_on_sale_says_the_change_is_reviewed_keeps_the_code_and_saves_a_new_price_as_a_change()
    {
        var desk = Store.Get<ListingDesk>();
        var id = await desk.CreateAsync(ListingScenario.Form(), supplier);
        await desk.SubmitAsync(id, supplier);
        await desk.ApproveAsync(id, Admin);
        var (dialogs, snackbar, page) = Open();

        page.Find("button[aria-label='修改“台式电脑”']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("修改价格或规格参数后须重新审核，审核通过前仍按原审核版本销售。", dialogs.Markup, StringComparison.Ordinal), Patience);
        Assert.True(Field(dialogs, "品目编码").HasAttribute("disabled"));
        Assert.Equal("A02010104", Field(dialogs, "品目编码").GetAttribute("value"));
        Assert.Equal("台式电脑", Field(dialogs, "商品名称").GetAttribute("value"));
        Assert.False(Field(dialogs, "商品名称").HasAttribute("disabled"));

        Type(Field(dialogs, "单价（元）"), "4600");
        Button(dialogs, "保存").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("已保存。价格或规格的修改提交审核后生效。", snackbar.Markup, StringComparison.Ordinal), Patience);
        var row = Assert.Single((await desk.MineAsync(supplier)).Rows);
        Assert.Equal((Money.FromYuan(4_600m), Money.FromYuan(4_800m)), (row.Proposed.Price, row.Approved!.Price));
    }
}
