using GovProcurement.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Scale;

/// <summary>The time from a keystroke in a plan form's amount to the routing panel's new total, on the page's own clock.</summary>
internal static class KeystrokeTiming
{
    /// <summary>From the plan list: a new plan draft with one line (desktop computers) and an amount, the routing panel showing its total, the timing observer in place.</summary>
    public static async Task OpenDraftAsync(IPage page)
    {
        await page.NewPlanAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        await page.AddLineAsync();
        await page.ChooseItemAsync(1, "tsjsj", "台式计算机");
        await page.SetAmountAsync(1, "1000");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥1,000.00");
        await page.EvaluateAsync(ObserveScript);
    }

    /// <summary>Notes, on the page's clock, the keystroke in the amount and the first change of the routing total after it.</summary>
    public const string ObserveScript = """
        () => {
          const total = () => document.getElementById('routing-total')?.textContent ?? '';
          window.gpKey = 0; window.gpShown = 0; window.gpBefore = total();
          document.addEventListener('keydown', () => { window.gpKey = performance.now(); window.gpBefore = total(); window.gpShown = 0; }, true);
          new MutationObserver(() => { if (window.gpKey && !window.gpShown && total() !== window.gpBefore) window.gpShown = performance.now(); })
            .observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    /// <summary>Types one digit at the end of the amount and returns the time, on the page's clock, until the routing total changed.</summary>
    public static async Task<double> KeystrokeToPanelAsync(IPage page)
    {
        var amount = page.Labelled(PlanPages.AmountLabel).First;
        await amount.FocusAsync();
        await amount.PressAsync("End");
        var before = await page.RoutingTotal().TextContentAsync();
        await amount.PressAsync("5");
        await Expect(page.RoutingTotal()).Not.ToHaveTextAsync(before!);
        await page.WaitForFunctionAsync("() => window.gpShown > 0");
        var elapsed = await page.EvaluateAsync<double>("() => window.gpShown - window.gpKey");
        await amount.PressAsync("Backspace");
        await Expect(page.RoutingTotal()).ToHaveTextAsync(before!);
        return elapsed;
    }
}
