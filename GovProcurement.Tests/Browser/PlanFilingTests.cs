using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal shared by the plan tests, with one signed-in browser per account.</summary>
public sealed class PlanFilingFixture : BrowserFixture
{
    public Dictionary<string, IPage> Sessions { get; } = [];
}

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class PlanFilingTests(PlanFilingFixture browser) : IClassFixture<PlanFilingFixture>
{
    private const string Operator = "440700101001002";
    private const string Reviewer = "440700101001001";
    private const string Regulator = "440700cz";

    /// <summary>One signed-in browser per account, first sign-in (and its password change) done once.</summary>
    private async Task<IPage> AsAsync(string userName, string initialPassword)
    {
        if (!browser.Sessions.TryGetValue(userName, out var page))
        {
            page = await browser.NewPageAsync();
            await page.SignInFirstTimeAsync(userName, initialPassword);
            await page.WaitForSignedInAsync();
            browser.Sessions[userName] = page;
        }

        return page;
    }

    private async Task<IPage> DraftTwoItemPlanAsync(string title)
    {
        var page = await AsAsync(Operator, "101001");
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();
        await page.NewPlanAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        await Expect(page.RoutingPanel()).ToContainTextAsync("添加品目和金额后");

        await page.AddLineAsync();
        await Expect(page.Labelled(PlanPages.ItemLabel)).ToBeVisibleAsync();
        await page.ChooseItemAsync(1, "tsjsj", "台式计算机");
        await page.SetAmountAsync(1, "2500000");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥2,500,000.00");
        await page.AddLineAsync();
        await page.ChooseItemAsync(2, "jgdyj", "激光打印机");
        await page.SetAmountAsync(2, "1499999.99");

        // Below 4,000,000: the e-mall is open.
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥3,999,999.99");
        await page.ExpectRouteAsync("电子卖场简易采购（直购、竞价、反拍）", true);

        // Across the line: only the centralized agency, and open tender is required.
        await page.SetAmountAsync(2, "1500000");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥4,000,000.00");
        await page.ExpectRouteAsync("电子卖场简易采购（直购、竞价、反拍）", false);
        await page.ExpectRouteAsync("委托集中采购机构实施项目采购", true);
        await Expect(page.RoutingPanel().GetByText("可以采用：公开招标", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.RoutingPanel()).ToContainTextAsync("江财采购〔2020〕32号");

        await page.PlanTitle().FillAsync(title);
        await page.ChooseAsync("实施途径", "委托集中采购机构实施项目采购");
        await page.ChooseAsync("采购方式", "公开招标");
        await Expect(page.GetByText("草稿已自动保存")).ToBeVisibleAsync();
        return page;
    }

    private static async Task SubmitAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await page.ExpectStatusAsync("待审核");
    }

    private async Task ApproveAsync(string title)
    {
        var reviewer = await AsAsync(Reviewer, "101001");
        await reviewer.OpenPlanAsync("/plans", title);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过并提交备案" }).ClickAsync();
        await reviewer.ExpectStatusAsync("待备案");
    }

    [Fact]
    public async Task OperatorDrafts_ReviewerSubmits_JiangmenFiles_AndThePurchaserSeesItFiled()
    {
        var page = await DraftTwoItemPlanAsync("市教育局办公设备采购");

        // The draft survives a reload: it saved itself.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.PlanTitle()).ToHaveValueAsync("市教育局办公设备采购");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥4,000,000.00");

        await SubmitAsync(page);
        await ApproveAsync("市教育局办公设备采购");

        var regulator = await AsAsync(Regulator, "a123456-");
        await regulator.OpenPlanAsync("/regulator/plans", "市教育局办公设备采购");
        await regulator.GetByRole(AriaRole.Button, new() { Name = "备案", Exact = true }).ClickAsync();
        await regulator.ExpectStatusAsync("已备案");

        await page.OpenPlanAsync("/plans", "市教育局办公设备采购");
        await page.ExpectStatusAsync("已备案");
        await Expect(page.PlanTimeline()).ToContainTextAsync("财政部门备案");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "预算合计" })).ToContainTextAsync("¥4,000,000.00");
    }

    [Fact]
    public async Task RegulatorReturnsThePlan_WithAReason_AndThePurchaserResubmits()
    {
        var page = await DraftTwoItemPlanAsync("市教育局实验设备采购");
        await SubmitAsync(page);
        await ApproveAsync("市教育局实验设备采购");

        var regulator = await AsAsync(Regulator, "a123456-");
        await regulator.OpenPlanAsync("/regulator/plans", "市教育局实验设备采购");
        await regulator.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await regulator.GetByRole(AriaRole.Dialog).GetByLabel("理由").FillAsync("请补充采购需求论证");
        await regulator.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await regulator.ExpectStatusAsync("已退回");

        await page.OpenPlanAsync("/plans", "市教育局实验设备采购");
        await page.ExpectStatusAsync("已退回");
        await Expect(page.PlanTimeline().GetByText("理由：请补充采购需求论证")).ToBeVisibleAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        await SubmitAsync(page);
        await Expect(page.PlanTimeline()).ToContainTextAsync("财政部门退回");
    }
}
