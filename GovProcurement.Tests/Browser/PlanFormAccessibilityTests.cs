using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal with the purchaser operator of the story's unit signed in once (first sign-in and its password change done).</summary>
public sealed class PlanOperatorFixture : BrowserFixture
{
    private Task<IPage>? operatorPage;

    public Task<IPage> OperatorAsync() => operatorPage ??= SignInAsync();

    private async Task<IPage> SignInAsync()
    {
        var page = await NewPageAsync();
        await page.SignInFirstTimeAsync(ProjectScenario.Operator, "101002");
        await page.WaitForSignedInAsync();
        return page;
    }
}

/// <summary>
/// The plan form by keyboard alone, and axe's WCAG 2.1 A/AA rules (GB/T 37668-2019) on what only
/// appears once a person acts: the editable form with an item row, its routing warnings, an open
/// dialog and the open account menu.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class PlanFormAccessibilityTests(PlanOperatorFixture browser) : IClassFixture<PlanOperatorFixture>
{
    private const string ItemLabel = PlanPages.ItemLabel;
    private const string AmountLabel = PlanPages.AmountLabel;

    [Fact]
    public async Task OperatorDraftsAPlan_ByKeyboardOnly_AndTheReasonDialogClosesOnEscape_ReturningFocus()
    {
        var page = await browser.OperatorAsync();
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();

        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "新建采购计划" }).First);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.PlanTitle()).ToBeVisibleAsync();

        var title = page.GetByLabel("项目名称", new() { Exact = true });
        await page.TabAndTypeAsync(title, "键盘录入的办公设备采购");
        var start = DateTime.UtcNow.Add(GovProcurement.Domain.Common.Clock.ChinaOffset).Date.AddDays(60).ToString("yyyy-MM-dd");
        var date = page.GetByLabel("预计采购开始日期", new() { Exact = true });
        await page.TabAndTypeAsync(date, start);
        await page.Keyboard.PressAsync("Enter");

        // Add an item row with Enter, then go back up into it with Shift+Tab.
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "添加品目" }));
        await page.Keyboard.PressAsync("Enter");
        var item = page.GetByLabel(ItemLabel, new() { Exact = true });
        await page.TabAndTypeAsync(item, "tsjsj", backwards: true);
        // The list first shows every item, then only those the search finds; Enter takes the highlighted first one.
        await Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("台式计算机");
        await page.Keyboard.PressAsync("Enter");
        await Expect(item).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("台式计算机"));
        await page.TabAndTypeAsync(page.GetByLabel(AmountLabel, new() { Exact = true }), "2500000");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥2,500,000.00");
        await Expect(page.GetByText("草稿已自动保存")).ToBeVisibleAsync();

        // The cancel action asks for a reason in a dialog: opened by keyboard, focus inside, Escape closes it and nothing happens.
        var cancel = page.GetByRole(AriaRole.Button, new() { Name = "撤销计划" });
        await page.TabToAsync(cancel);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await page.ExpectFocusInDialogAsync();
        await page.TabAndTypeAsync(page.GetByRole(AriaRole.Dialog).GetByLabel("理由"), "不再需要");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(cancel).ToBeFocusedAsync();
        await page.ExpectStatusAsync("草稿");

        // What was typed is stored: the form reloads with it.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(title).ToHaveValueAsync("键盘录入的办公设备采购");
        await Expect(date).ToHaveValueAsync(start);
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥2,500,000.00");
    }

    [Fact]
    public async Task DraftPlanForm_WithAnItemRow_AndWithRoutingWarnings_PassesWcag21AA()
    {
        var page = await NewDraftAsync();
        await page.AddLineAsync();
        await page.ChooseItemAsync(1, "tsjsj", "台式计算机");
        await Expect(page.RoutingTotal()).ToBeVisibleAsync();
        var violations = (await page.ViolationsAsync("plan form with an item row")).ToList();

        await page.SetAmountAsync(1, "2500000");
        // A rule warning is a status message named for what it is, told so from the form's other status
        // messages (the autosave state); this test only needs some warning to be showing, whatever its words.
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "规则提示", Exact = true }).First).ToBeVisibleAsync();
        violations.AddRange(await page.ViolationsAsync("plan form with routing warnings"));

        AxeAudit.AssertNone(violations);
    }

    [Fact]
    public async Task OpenReasonDialog_PassesWcag21AA()
    {
        var page = await NewDraftAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "撤销计划" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).GetByLabel("理由")).ToBeVisibleAsync();

        AxeAudit.AssertNone(await page.ViolationsAsync("plan page with the reason dialog open"));
    }

    [Fact]
    public async Task OpenAccountMenu_PassesWcag21AA()
    {
        var page = await browser.OperatorAsync();
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();
        await page.AccountMenuButton().ClickAsync();
        await Expect(page.MenuItem("退出登录")).ToBeVisibleAsync();

        AxeAudit.AssertNone(await page.ViolationsAsync("plan list with the account menu open"));
    }

    private async Task<IPage> NewDraftAsync()
    {
        var page = await browser.OperatorAsync();
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();
        await page.NewPlanAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        return page;
    }
}
