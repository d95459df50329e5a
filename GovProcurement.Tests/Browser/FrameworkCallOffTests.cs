using GovProcurement.Tests.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal with a desktop-computer framework agreement in force for Jiangmen.</summary>
public sealed class FrameworkCallOffFixture : BrowserFixture;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class FrameworkCallOffTests(FrameworkCallOffFixture browser) : IClassFixture<FrameworkCallOffFixture>
{
    [Fact]
    public async Task A_purchaser_calls_off_by_direct_selection_from_the_plans_e_mall_panel_and_sees_the_order()
    {
        var frameworks = new FrameworkScenario(browser.Host.Services, new ProjectScenario(browser.Host.Services));
        await frameworks.InForceAsync();
        var plan = await frameworks.FiledPlanAsync(50_000m);
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(ProjectScenario.Operator, "101002");
        await page.WaitForSignedInAsync();

        await page.GotoAsync($"/plans/{plan.Id}");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "框架协议采购" }).ClickAsync();
        await page.WaitForAddressAsync($"**/mall/calloffs/new/{plan.Id}/{plan.Items[0].Id}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("剩余额度 ¥50,000.00")).ToBeVisibleAsync();

        await page.Locator(".mud-input-control.mud-select:has(label:text-is('供应商'))").ClickAsync();
        await page.GetByText("鹤山市南粤办公家具有限公司（¥4,500.00）").ClickAsync();

        // As a person would, read the amount the form works out before going on: the choice and the
        // quantity are each a round trip, and a quantity typed before the choice came back could be lost.
        await Expect(page.GetByText("金额：¥4,500.00", new() { Exact = true })).ToBeVisibleAsync();
        var quantity = page.GetByLabel("数量", new() { Exact = true });
        await quantity.FillAsync("3");
        await quantity.BlurAsync();
        await Expect(page.GetByText("金额：¥13,500.00", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await page.WaitForAddressAsync("**/mall/orders/*");
        await Expect(page.GetByText("供应商：鹤山市南粤办公家具有限公司")).ToBeVisibleAsync();
        await Expect(page.GetByText("¥13,500.00").First).ToBeVisibleAsync();
        await Expect(page.GetByText("框架协议").First).ToBeVisibleAsync();
    }
}
