using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal whose clock the test can move past a bid deadline.</summary>
public sealed class ProjectProcurementFixture : BrowserFixture
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override TimeProvider? Time => Clock;
}

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class ProjectProcurementTests(ProjectProcurementFixture browser) : IClassFixture<ProjectProcurementFixture>
{
    private readonly Dictionary<string, IPage> sessions = [];

    private async Task<IPage> AsAsync(string userName, string initialPassword)
    {
        if (!sessions.TryGetValue(userName, out var page))
        {
            page = await browser.NewPageAsync();
            await page.SignInFirstTimeAsync(userName, initialPassword);
            await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
            sessions[userName] = page;
        }

        return page;
    }

    /// <summary>Days later the sessions have expired: everyone signs in again with the password they chose.</summary>
    private async Task SignInAgainAsync()
    {
        foreach (var (userName, page) in sessions)
        {
            await page.SignInAsync(userName, PortalPages.StrongPassword);
            await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        }
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("project-facts").Or(page.GetByTestId("entrust-panel"))).ToBeVisibleAsync();
    }

    private async Task BidAsync(string supplier, string price)
    {
        var page = await AsAsync(supplier, "a123456-");
        await OpenAsync(page, projectPath);
        await page.GetByTestId("register").ClickAsync();
        await page.GetByLabel("包 1 · 校园物业管理").CheckAsync();
        await page.Field("bid-price-1").FillAsync(price);
        await page.Field("bid-price-1").BlurAsync();
        await page.Locator("[data-testid=supplier-panel] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "响应文件.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 offer"u8.ToArray() });
        await Expect(page.GetByTestId("bid-file-names")).ToHaveTextAsync("响应文件.pdf");
        await page.GetByTestId("submit-bid").ClickAsync();
        await Expect(page.GetByTestId("bid-receipt")).ToContainTextAsync("加密递交");
    }

    private string projectPath = "";

    [Fact]
    public async Task A_project_goes_from_entrustment_to_a_result_pdf_that_names_the_winner_and_price()
    {
        var scenario = new ProjectScenario(browser.Host.Services);
        var planId = await scenario.FiledPlanAsync();

        // The purchaser entrusts the centralized agency from the filed plan.
        var purchaser = await AsAsync(ProjectScenario.Operator, "101002");
        await purchaser.GotoAsync($"/plans/{planId}");
        await purchaser.WaitForInteractiveAsync();
        await purchaser.GetByTestId("entrust").ClickAsync();
        await purchaser.WaitForURLAsync("**/projects/*");
        projectPath = new Uri(purchaser.Url).AbsolutePath;

        // The agency accepts, sets the lot up for comprehensive scoring, attaches the documents and publishes.
        var agency = await AsAsync(ProjectScenario.Agency, "a123456-");
        await OpenAsync(agency, projectPath);
        await agency.GetByTestId("accept-entrustment").ClickAsync();
        // The lot starts from the filed plan's item and the plan's SME reservation; dropping it is warned with the rule.
        await Expect(agency.Field("lot-code")).ToHaveValueAsync("C1204");
        await agency.Field("lot-name").FillAsync("校园物业管理");
        await agency.Field("lot-max").FillAsync("1550000");
        await agency.GetByLabel("专门面向中小企业采购").UncheckAsync();
        await Expect(agency.GetByTestId("setup-warning")).ToContainTextAsync("财库〔2020〕46号");
        await agency.ChooseAsync("scoring", "综合评分法");
        await agency.Field("price-weight").FillAsync("30");
        await agency.GetByTestId("save-setup").ClickAsync();
        await Expect(agency.GetByTestId("lot-table")).ToContainTextAsync("C1204");
        await agency.Locator("[data-testid=agency-panel] input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "磋商文件.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 documents"u8.ToArray() });
        await Expect(agency.GetByTestId("documents-name")).ToContainTextAsync("磋商文件.pdf");
        await Expect(agency.GetByTestId("statutory-dates")).ToContainTextAsync("首次响应文件截止时间");
        await agency.GetByTestId("publish-announcement").ClickAsync();
        await Expect(agency.GetByTestId("project-status")).ToHaveAttributeAsync("data-status", "Active");
        await Expect(agency.GetByTestId("project-notices")).ToContainTextAsync("竞争性磋商公告");

        // Two suppliers register and seal their bids.
        await BidAsync(ProjectScenario.SmallSupplier, "1450000");
        await BidAsync(ProjectScenario.MicroSupplier, "1480000");

        // The deadline passes; the agency opens, draws three experts and scores.
        await using (var db = await browser.Host.Services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync())
        {
            var id = Guid.Parse(projectPath.Split('/')[^1]);
            var deadline = (await db.Projects.SingleAsync(p => p.Id == id)).CurrentRound.DeadlineUtc!.Value;
            browser.Clock.Offset = deadline - DateTime.UtcNow + TimeSpan.FromMinutes(1);
        }

        await SignInAgainAsync();

        await OpenAsync(agency, projectPath);
        await agency.GetByTestId("open-bids").ClickAsync();
        await Expect(agency.GetByTestId("opening-record")).ToContainTextAsync("¥1,450,000.00");
        await Expect(agency.GetByTestId("opening-record")).ToContainTextAsync("¥1,480,000.00");
        await agency.GetByTestId("draw-panel").ClickAsync();
        await Expect(agency.GetByTestId("panel-replays")).ToContainTextAsync("可复现");
        await Expect(agency.GetByTestId("panel-recused")).ToContainTextAsync("郑海涛");
        var scores = agency.Locator("input[data-testid=score-input], [data-testid=score-input] input");
        await Expect(scores).ToHaveCountAsync(6);
        for (var i = 0; i < 6; i++)
        {
            await scores.Nth(i).FillAsync("60");
            await scores.Nth(i).BlurAsync();
        }

        await agency.GetByTestId("finish-evaluation").ClickAsync();
        await Expect(agency.GetByTestId("project-status")).ToHaveAttributeAsync("data-status", "Evaluated");
        await Expect(agency.GetByTestId("ranking-1")).ToContainTextAsync("¥1,305,000.00");

        // The purchaser confirms the first-ranked supplier; the agency publishes the result.
        await OpenAsync(purchaser, projectPath);
        await purchaser.GetByTestId("confirm-winner").ClickAsync();
        await Expect(purchaser.GetByTestId("project-status")).ToHaveAttributeAsync("data-status", "Awarded");
        await OpenAsync(agency, projectPath);
        await agency.GetByTestId("publish-result").ClickAsync();
        await Expect(agency.GetByTestId("project-notices")).ToContainTextAsync("成交结果公告");

        // The winner downloads the result announcement as PDF.
        var supplier = sessions[ProjectScenario.SmallSupplier];
        await OpenAsync(supplier, projectPath);
        await Expect(supplier.GetByTestId("result-letter")).ToContainTextAsync("成交");
        var link = supplier.GetByTestId("project-notices").Locator("li, .mud-list-item").Filter(new() { HasText = "成交结果公告" }).GetByTestId("notice-pdf");
        var href = await link.GetAttributeAsync("href");
        var response = await supplier.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains(ProjectScenario.Title, text);
        Assert.Contains("1,450,000.00", text);
        Assert.Contains("江门市华信电脑科技有限公司", text);

        // Its award notice and its submission receipt are PDFs too.
        using var letter = PdfDocument.Open(await (await supplier.Context.APIRequest.GetAsync($"{projectPath}/result-letter.pdf")).BodyAsync());
        var letterText = string.Concat(letter.GetPages().Select(p => p.Text));
        Assert.Contains("成交通知书", letterText);
        Assert.Contains("1,450,000.00", letterText);
        using var receipt = PdfDocument.Open(await (await supplier.Context.APIRequest.GetAsync($"{projectPath}/receipt.pdf")).BodyAsync());
        Assert.Contains("递交回执", string.Concat(receipt.GetPages().Select(p => p.Text)));
    }
}
