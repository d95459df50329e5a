using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>The portal as Development starts it: the demo organisations and the demo story.</summary>
public sealed class DemoStoryFixture : BrowserFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["DemoData:Story"] = "true" };
}

/// <summary>A new user of each role signs in for the first time and finds the demo story's work.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class DemoStoryTests(DemoStoryFixture browser) : IClassFixture<DemoStoryFixture>
{
    private async Task<IPage> NewUserAsync(string userName, string initialPassword)
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(userName, initialPassword);
        await page.WaitForSignedInAsync();
        return page;
    }

    private static async Task FollowAsync(IPage page, string link)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).First.ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    private static async Task OpenProjectAsync(IPage page, string title, string projectsLink = "采购项目")
    {
        await FollowAsync(page, projectsLink);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    [Fact]
    public async Task The_agency_finds_an_opened_project_with_its_panel_drawn_and_replayable()
    {
        var page = await NewUserAsync("jmggzy", "a123456-");

        await OpenProjectAsync(page, "江门市教育城域网服务器扩容项目");

        var members = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "专业" }) });
        await Expect(members.Locator("tbody").GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(page.GetByText("抽取记录可复现（含回避名单及其依据）", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_winner_downloads_its_award_notice_from_an_awarded_project()
    {
        const string title = "江门市第一中学校园物业管理服务项目";
        var winner = await WinnerAsync(title);
        var page = await NewUserAsync(winner.CreditCode, "a123456-");

        await OpenProjectAsync(page, title, "项目与投标");
        var letter = page.GetByRole(AriaRole.Link, new() { Name = "下载中标（成交）通知书" });
        await Expect(letter).ToBeVisibleAsync();

        var text = await page.PdfTextAsync(letter);
        Assert.Contains("成交通知书", text);
        Assert.Contains(winner.Name, text);
    }

    [Fact]
    public async Task The_regulators_dashboard_charts_the_years_filings_and_lists_the_exceptions()
    {
        var page = await NewUserAsync("440700cz", "a123456-");

        await FollowAsync(page, "监管看板");
        var byRegion = page.GetByRole(AriaRole.Region, new() { Name = "按地区" });
        await Expect(byRegion).ToContainTextAsync("鹤山市");
        // The chart's segments have no accessible name (the table under the chart says the same in words): counted by their class.
        await Expect(byRegion.Locator("path.mud-chart-serie")).ToHaveCountAsync(2);
        await FollowAsync(page, "监管异常");
        await Expect(page.GetByText("可能化整为零", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("未在法定期限内发布结果公告", new() { Exact = false }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("仅一家供应商响应并成交", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_purchaser_finds_plans_in_several_statuses()
    {
        // 江门市教育局 is the competent unit of 江门市第一中学: its list holds both units' plans.
        var page = await NewUserAsync("440700101001002", "101001");

        await FollowAsync(page, "采购计划");
        // Each status chip reads "状态：…" to a screen reader.
        var chips = page.GetByRole(AriaRole.Table).GetByText(new System.Text.RegularExpressions.Regex("^状态：.+"));
        await Expect(chips.First).ToBeVisibleAsync();
        var statuses = (await chips.AllInnerTextsAsync()).Select(t => t.Replace("状态：", "", StringComparison.Ordinal).Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "草稿", "待审核", "已退回", "已备案" }, statuses);
    }

    [Fact]
    public async Task The_furniture_supplier_finds_its_e_mall_orders_to_deliver_and_its_listings()
    {
        // 鹤山市南粤办公家具有限公司 confirmed a direct order of copy paper and won the paper bidding: both wait for delivery.
        var page = await NewUserAsync("91440784MA4WJ7C3RF", "a123456-");

        // The link names the two to-dos too.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^电子卖场订单.*2 项待办") }).ClickAsync();
        await page.WaitForInteractiveAsync();
        var filter = page.GetByRole(AriaRole.Group, new() { Name = "按订单状态筛选" });
        await Expect(filter.GetByRole(AriaRole.Button, new() { Name = "已确认（2）", Exact = true })).ToBeVisibleAsync();
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "已确认" });
        await Expect(rows.Filter(new() { HasText = "网上直购" })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = "网上竞价" })).ToHaveCountAsync(1);

        await FollowAsync(page, "我的商品");
        await Expect(page.GetByText("网布办公椅", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_finance_department_finds_its_regions_contracts_filed_signed_and_drafted()
    {
        // Heshan's three: the school's dormitory contract filed, the school's displays signed, the bureau's firewalls drafted
        // (Jiangmen's finance department files Jiangmen's).
        var page = await NewUserAsync("440784cz", "a123456-");

        await FollowAsync(page, "合同备案");
        var rows = page.GetByTestId("contract-list").Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Filter(new() { HasText = "鹤山市第一中学学生宿舍物业服务项目" })).ToContainTextAsync("已备案");
        await Expect(rows.Filter(new() { HasText = "鹤山市第一中学教室液晶显示屏采购项目" })).ToContainTextAsync("已签订");
        await Expect(rows.Filter(new() { HasText = "鹤山市教育局网络安全设备采购项目" })).ToContainTextAsync("草稿");

        await rows.Filter(new() { HasText = "鹤山市第一中学学生宿舍物业服务项目" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("已备案", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_school_finds_its_property_contract_accepted_by_both_parties_and_paid_in_full_in_time()
    {
        // 江门市第一中学's property service: performed over six months, accepted by both parties, both instalments paid in time.
        const string title = "江门市第一中学校园物业管理服务项目";
        var winner = await WinnerAsync(title);
        var page = await NewUserAsync("440700101002002", "101002");

        await FollowAsync(page, "合同管理");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForInteractiveAsync();
        var contractPath = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "办理履约验收", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync($"**{contractPath}/acceptance");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("acceptance-status")).ToHaveTextAsync(AcceptanceTexts.Status(AcceptanceStatus.Passed).Zh);
        await Expect(page.GetByTestId("acceptance-deliveries")).ToContainTextAsync("服务期届满");
        await Expect(page.GetByTestId("acceptance-plan")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "采购人确认验收书", Exact = true })).ToHaveCountAsync(0);
        var record = await page.PdfTextAsync(page.GetByRole(AriaRole.Link, new() { Name = "验收书 PDF" }));
        Assert.Contains(winner.Name, record);
        Assert.Contains("合格", record);

        // Both instalments paid in full, none late: the page offers no further payment.
        await page.GotoAsync($"{contractPath}/payments");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("payment-schedule").Locator("tbody").GetByRole(AriaRole.Row).Filter(new() { HasText = "已付清" })).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("instalment-1")).Not.ToContainTextAsync("逾期");
        await Expect(page.GetByTestId("instalment-2")).Not.ToContainTextAsync("逾期");
        await Expect(page.GetByTestId("payment-records")).ToContainTextAsync("验收款 财政直接支付");
        await Expect(page.GetByTestId("payment-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_visitor_finds_the_public_services_acceptance_result_and_downloads_it()
    {
        // 江门市第一中学's sports grounds opened to the public: a public service, so its accepted result is announced to all.
        const string title = "江门市第一中学体育场馆向社会开放管理服务项目验收结果公告";
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/notices");
        await visitor.WaitForInteractiveAsync();

        await visitor.Labelled("搜索标题、编号或发布单位").FillAsync("验收结果公告");
        var row = visitor.GetByTestId("notice-table").Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("公共服务项目验收结果公告");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await visitor.WaitForAddressAsync("**/notices/*");
        await visitor.WaitForInteractiveAsync();
        await Expect(visitor.GetByText("梁淑仪（服务对象代表）", new() { Exact = false }).First).ToBeVisibleAsync();

        var text = await visitor.PdfTextAsync(visitor.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }));
        Assert.Contains("验收结果公告", text);
        Assert.Contains("梁淑仪", text);
    }

    private async Task<(string CreditCode, string Name)> WinnerAsync(string title)
    {
        await using var db = await browser.Host.Services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var project = await db.Projects.SingleAsync(p => p.Title == title);
        var winner = await db.LotResults.Where(r => r.ProjectId == project.Id && r.WinnerSupplierId != null).Select(r => r.WinnerSupplierId).SingleAsync();
        return await db.Organizations.OfType<GovProcurement.Domain.Organizations.Supplier>().Where(s => s.Id == winner).Select(s => ValueTuple.Create(s.CreditCode, s.Name)).SingleAsync();
    }
}
