using ClosedXML.Excel;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal with filed plans in Jiangmen, Heshan and Taishan.</summary>
public sealed class SupervisionFixture : BrowserFixture;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class SupervisionTests(SupervisionFixture browser) : IClassFixture<SupervisionFixture>
{
    [Fact]
    public async Task A_regulator_drills_from_a_chart_into_the_plans_and_exports_them()
    {
        var scenario = new SupervisionScenario(browser.Host.Services);
        await scenario.SeedAsync();
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("440700cz", "a123456-");
        await page.WaitForSignedInAsync();

        await page.GotoAsync("/regulator/dashboard");
        await page.WaitForInteractiveAsync();
        var regionChart = page.GetByRole(AriaRole.Region, new() { Name = "按地区" });
        await Expect(regionChart).ToContainTextAsync("鹤山市");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "期间内备案计划（个 · 金额）" })).ToContainTextAsync("4");

        // Heshan's slice lists the plans behind it. A person reaches it by the link in the table under the
        // chart (a chart segment has no accessible name; clicking one navigates to the same address).
        await regionChart.GetByRole(AriaRole.Link, new() { Name = "鹤山市", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/regulator/dashboard/plans?dimension=Region&key=440784*");
        await Expect(page.GetByText("地区：鹤山市")).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        var shown = (await rows.Locator("td:first-child").AllInnerTextsAsync()).Select(t => t.Trim()).Order().ToList();

        // The export runs in the background and offers the file when it is ready.
        await page.GetByRole(AriaRole.Button, new() { Name = "导出明细（Excel）" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "下载 采购计划明细.xlsx" });
        await Expect(link).ToContainTextAsync("2 行");
        var response = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        using var book = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        var sheet = book.Worksheet(1);
        Assert.Equal("计划编号", sheet.Cell(1, 1).GetString());
        Assert.Equal(shown, sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).Order().ToList());
        Assert.All(sheet.Column(6).CellsUsed().Skip(1), c => Assert.Contains("鹤山市", c.GetString()));

        // Another regulator cannot fetch it by its address.
        var other = await browser.NewPageAsync();
        await other.SignInFirstTimeAsync("440784cz", "a123456-");
        await other.WaitForSignedInAsync();
        Assert.Equal(404, (await other.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!)).Status);
    }
}
