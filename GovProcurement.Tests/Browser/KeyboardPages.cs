using Microsoft.Playwright;

namespace GovProcurement.Tests.Browser;

/// <summary>What a person who uses only the keyboard does: move focus with Tab or Shift+Tab and type.</summary>
internal static class KeyboardPages
{
    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> holds the focus; fails when it is never reached.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, bool backwards = false, int presses = 80)
    {
        for (var i = 0; i < presses; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{presses} presses of {(backwards ? "Shift+Tab" : "Tab")} never reached {target}");
    }

    /// <summary>Reaches a field by Tab and types into it as a person would, key by key.</summary>
    public static async Task TabAndTypeAsync(this IPage page, ILocator field, string text, bool backwards = false)
    {
        await page.TabToAsync(field, backwards);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Resolves once the focus is inside the open dialog.</summary>
    public static Task ExpectFocusInDialogAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
}
