using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal with the demo organisations only; the test files the e-mall plan it buys for.</summary>
public sealed class DirectPurchaseFixture : BrowserFixture;

/// <summary>
/// 网上直购 end to end in the browser: the purchaser's operator goes from the plan's e-mall panel to the
/// search, adds a desktop to the line's cart and orders it; the supplier confirms and delivers; the
/// purchaser records receipt; the result notice is on the public list and its PDF names the supplier and amount.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class DirectPurchaseTests(DirectPurchaseFixture browser) : IClassFixture<DirectPurchaseFixture>
{
    private async Task<IPage> SignedInAsync(string userName, string initialPassword)
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(userName, initialPassword);
        await page.WaitForSignedInAsync();
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Opens the order from the side's order list (reached from the navigation) by its number.</summary>
    private static async Task OpenOrderAsync(IPage page, string listLink, string number)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = listLink }).First.ClickAsync();
        await Link(page, number).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"订单 {number}");
    }

    [Fact]
    public async Task A_desktop_is_searched_carted_ordered_confirmed_delivered_received_and_its_result_notice_published()
    {
        var mall = new MallScenario(browser.Host.Services, new ProjectScenario(browser.Host.Services));
        var plan = await mall.FiledPlanAsync(50_000m);

        // The purchaser goes from the plan's e-mall panel to the line's cart, and from there to the search.
        var purchaser = await SignedInAsync(ProjectScenario.Operator, "101002");
        await purchaser.GotoAsync($"/plans/{plan.Id}");
        await purchaser.WaitForInteractiveAsync();
        await purchaser.GetByTestId("emall-panel").GetByRole(AriaRole.Link, new() { Name = "网上直购", Exact = true }).ClickAsync();
        await Expect(purchaser.GetByText("购物车是空的", new() { Exact = false })).ToBeVisibleAsync();
        await Link(purchaser, "去选购").ClickAsync();
        var term = purchaser.GetByLabel("关键词");
        await Expect(term).ToHaveValueAsync("A02010104");
        await Expect(purchaser.GetByRole(AriaRole.Button, new() { Name = "加入购物车" })).ToHaveCountAsync(3);
        await term.FillAsync("台式电脑1");
        await Button(purchaser, "查询").ClickAsync();
        await Expect(purchaser.GetByRole(AriaRole.Button, new() { Name = "加入购物车" })).ToHaveCountAsync(1);
        await Button(purchaser, "将“台式电脑1”加入购物车").ClickAsync();
        await Expect(purchaser.GetByText("已加入购物车。")).ToBeVisibleAsync();
        await purchaser.GetByRole(AriaRole.Link, new() { Name = "查看购物车（1 种商品）" }).ClickAsync();

        // Three of them: the cart prices them at the listed price against the line's remaining amount, and orders.
        var quantity = purchaser.GetByLabel("“台式电脑1”的数量");
        await quantity.FillAsync("3");
        await quantity.BlurAsync();
        await Expect(purchaser.GetByTestId("cart-total")).ToContainTextAsync("合计：¥14,400.00 · 剩余额度：¥50,000.00");
        await Button(purchaser, "提交订单").ClickAsync();
        var heading = purchaser.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToContainTextAsync("订单 ");
        var number = (await heading.TextContentAsync())!.Trim()["订单 ".Length..];
        await Expect(purchaser.GetByText("待供应商确认", new() { Exact = true })).ToBeVisibleAsync();

        // The supplier, in its own session, confirms and delivers from its order list.
        var supplier = await SignedInAsync(ProjectScenario.SmallSupplier, "a123456-");
        await OpenOrderAsync(supplier, "电子卖场订单", number);
        await Button(supplier, "确认订单").ClickAsync();
        await Button(supplier, "确认发货").ClickAsync();
        await Expect(supplier.GetByText("已发货", new() { Exact = true })).ToBeVisibleAsync();

        // The purchaser records receipt.
        await OpenOrderAsync(purchaser, "电子卖场订单", number);
        await Button(purchaser, "确认收货").ClickAsync();
        await Expect(purchaser.GetByText("已收货", new() { Exact = true })).ToBeVisibleAsync();

        // The result notice is on the public list; its PDF names the supplier, the amount and the order.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/notices");
        await visitor.WaitForInteractiveAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "江门市第一中学台式电脑1网上直购成交结果公告" }).ClickAsync();
        var text = await visitor.PdfTextAsync(visitor.GetByRole(AriaRole.Link, new() { Name = "下载 PDF", Exact = true }));
        Assert.Contains("成交结果公告", text, StringComparison.Ordinal);
        Assert.Contains("江门市华信电脑科技有限公司", text, StringComparison.Ordinal);
        Assert.Contains("14,400.00", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
    }
}
