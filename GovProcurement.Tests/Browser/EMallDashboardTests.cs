using ClosedXML.Excel;
using GovProcurement.Tests.Supervision;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal on the system clock, shifted forward when the story's biddings close.</summary>
public sealed class EMallDashboardFixture : BrowserFixture
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override TimeProvider? Time => Clock;
}

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class EMallDashboardTests(EMallDashboardFixture browser) : IClassFixture<EMallDashboardFixture>
{
    /// <summary>Where the run leaves its screenshot of the dashboard's e-mall section, for a person to look at.</summary>
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "gp-emall-dashboard.png");

    [Fact]
    public async Task A_regulator_reads_the_e_mall_section_and_exports_the_order_lines()
    {
        await new EMallStory(browser.Host.Services, new ProjectScenario(browser.Host.Services), browser.Clock).TellAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1400, 1000);
        await page.SignInFirstTimeAsync("440700cz", "a123456-");
        await page.WaitForSignedInAsync();

        await page.GotoAsync("/regulator/dashboard");
        await page.WaitForInteractiveAsync();
        var section = page.GetByRole(AriaRole.Region, new() { Name = "电子卖场", Exact = true });
        await Expect(section.GetByRole(AriaRole.Group, new() { Name = "期间内成交订单（个 · 金额）" })).ToContainTextAsync("4 · ¥1,246,100.00");
        await Expect(section.GetByRole(AriaRole.Region, new() { Name = "电子卖场成交（采购方式）" })).ToContainTextAsync("电子反拍");
        await Expect(section).ToContainTextAsync("教研室台式计算机竞价");
        await page.ScreenshotAsync(new() { Path = Screenshot, FullPage = true });
        AxeAudit.AssertNone(await page.ViolationsAsync("/regulator/dashboard"));

        await page.GotoAsync("/regulator/reports");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "电子卖场订单原始数据（每行一条订单明细）" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "下载 电子卖场订单原始数据.xlsx" }).First;
        await Expect(link).ToContainTextAsync("5 行");
        var response = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        using var book = new XLWorkbook(new MemoryStream(await response.BodyAsync()));
        var sheet = book.Worksheet(1);
        Assert.Equal(["订单编号", "采购方式", "订单状态"], Enumerable.Range(1, 3).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(5, sheet.RowsUsed().Count() - 1);
        AxeAudit.AssertNone(await page.ViolationsAsync("/regulator/reports"));
    }
}
