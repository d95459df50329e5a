using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>Page objects for the plan form and the plan page.</summary>
internal static class PlanPages
{
    /// <summary>The input of a MudBlazor field, whether the test id sits on the input or around it.</summary>
    public static ILocator Field(this IPage page, string testId, string element = "input") =>
        page.Locator($"{element}[data-testid='{testId}'], [data-testid='{testId}'] {element}").First;

    public static async Task ChooseItemAsync(this IPage page, int line, string search, string name)
    {
        var input = page.Field($"line-{line}-item");
        await input.FillAsync(search);
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = name }).First.ClickAsync();
    }

    public static async Task SetAmountAsync(this IPage page, int line, string yuan)
    {
        var input = page.Field($"line-{line}-amount");
        await input.FillAsync(yuan);
        await input.BlurAsync();
    }

    public static async Task ChooseAsync(this IPage page, string selectTestId, string option)
    {
        await page.GetByTestId(selectTestId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }

    public static Task ExpectRouteAsync(this IPage page, string route, bool allowed) =>
        Expect(page.GetByTestId($"route-{route}")).ToHaveAttributeAsync("data-allowed", allowed ? "true" : "false");

    public static async Task OpenPlanAsync(this IPage page, string listPath, string title)
    {
        await page.GotoAsync(listPath);
        await page.WaitForInteractiveAsync();
        var row = page.GetByTestId("plan-grid").Locator("tr").Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("plan-timeline")).ToBeVisibleAsync();
    }

    public static Task ExpectStatusAsync(this IPage page, string status) =>
        Expect(page.GetByTestId("plan-status").First).ToHaveAttributeAsync("data-status", status);
}
