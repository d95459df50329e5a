using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>Page objects for the plan form and the plan page, finding what a person reads: labels, headings, words.</summary>
internal static class PlanPages
{
    public const string ItemLabel = "品目（编码、名称或拼音首字母）";
    public const string AmountLabel = "金额（元）";

    /// <summary>The labelled field, exactly by its label.</summary>
    public static ILocator Labelled(this IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    public static ILocator PlanTitle(this IPage page) => page.Labelled("项目名称");

    /// <summary>The rules panel beside the form, a region named by its heading.</summary>
    public static ILocator RoutingPanel(this IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "规则判断" });

    /// <summary>The budget total the rules panel computed.</summary>
    public static ILocator RoutingTotal(this IPage page) => page.RoutingPanel().GetByLabel("预算合计", new() { Exact = true });

    /// <summary>The record of who did what on the plan page.</summary>
    public static ILocator PlanTimeline(this IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "办理记录" });

    public static Task NewPlanAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "新建采购计划" }).First.ClickAsync();

    public static Task AddLineAsync(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "添加品目" }).ClickAsync();

    public static async Task ChooseItemAsync(this IPage page, int line, string search, string name)
    {
        var input = page.Labelled(ItemLabel).Nth(line - 1);
        await input.FillAsync(search);
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = name }).First.ClickAsync();

        // As a person would, look that the line shows the chosen item before going on: its choice is a
        // round trip, and an amount typed meanwhile could be re-rendered away under load.
        await Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(name)));
    }

    public static async Task SetAmountAsync(this IPage page, int line, string yuan)
    {
        var input = page.Labelled(AmountLabel).Nth(line - 1);
        await input.FillAsync(yuan);
        await input.BlurAsync();
    }

    /// <summary>Opens the select labelled so and picks the option (by its text, in the browser's own select or in MudBlazor's list).</summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        var field = page.Labelled(label);
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await field.SelectOptionAsync(new SelectOptionValue { Label = option });
            await Expect(field.Locator("option:checked")).ToHaveTextAsync(option);
            return;
        }

        await field.ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option });
        await choice.ClickAsync();

        // The list closes when the portal has taken the choice: wait for that before typing on, as a
        // person sees the list close, so a field filled next is not re-rendered away by the choice.
        await Expect(choice).ToBeHiddenAsync();
    }

    /// <summary>The rules panel says in words whether a route (by its label) may be taken.</summary>
    public static Task ExpectRouteAsync(this IPage page, string route, bool allowed) =>
        Expect(page.RoutingPanel().GetByText((allowed ? "可以采用：" : "不能采用：") + route, new() { Exact = true })).ToBeVisibleAsync();

    public static async Task OpenPlanAsync(this IPage page, string listPath, string title)
    {
        await page.GotoAsync(listPath);
        await page.WaitForInteractiveAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.PlanTimeline()).ToBeVisibleAsync();
    }

    /// <summary>The plan's status chip, as a screen reader hears it ("状态：已备案").</summary>
    public static Task ExpectStatusAsync(this IPage page, string status) =>
        Expect(page.GetByText("状态：" + status, new() { Exact = true }).First).ToBeVisibleAsync();
}
