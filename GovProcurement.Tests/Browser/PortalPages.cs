using Microsoft.Playwright;

namespace GovProcurement.Tests.Browser;

/// <summary>Page objects: what a person does on the sign-in and password pages.</summary>
internal static class PortalPages
{
    public const string StrongPassword = "Gd-Proc2026";

    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }

    public static async Task ChangePasswordAsync(this IPage page, string current, string next)
    {
        await page.GetByLabel("当前密码", new() { Exact = true }).FillAsync(current);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("确认新密码", new() { Exact = true }).FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in with an initial password and changes it, ending in the role's workspace.</summary>
    public static async Task SignInFirstTimeAsync(this IPage page, string userName, string initialPassword)
    {
        await page.SignInAsync(userName, initialPassword);
        await page.WaitForAddressAsync("**/Account/ChangePassword");
        await page.ChangePasswordAsync(initialPassword, StrongPassword);
    }

    /// <summary>
    /// Waits until the page's address matches, counting from the navigation's commit. Playwright's
    /// default also waits for the load event, which Chromium under load has twice failed to report
    /// for a page whose network had gone idle (after sign-in, and on the way to the password
    /// change); what follows waits for the element it needs anyway.
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, string glob) =>
        page.WaitForURLAsync(glob, new() { WaitUntil = WaitUntilState.Commit });

    /// <inheritdoc cref="WaitForAddressAsync(IPage, string)"/>
    public static Task WaitForAddressAsync(this IPage page, Func<string, bool> matches) =>
        page.WaitForURLAsync(matches, new() { WaitUntil = WaitUntilState.Commit });

    /// <summary>The card of the signed-in unit on a workspace home: the table whose first row reads "机构类型".</summary>
    public static ILocator OrganizationProfile(this IPage page) =>
        page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "机构类型" }) });

    /// <summary>The account button in the app bar that opens the account menu.</summary>
    public static ILocator AccountMenuButton(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "账号菜单" });

    /// <summary>An item of the open menu, by its exact name.</summary>
    public static ILocator MenuItem(this IPage page, string name) =>
        page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Menuitem, new() { Name = name, Exact = true });

    /// <summary>
    /// Waits until sign-in has left the account pages and the page it landed on is interactive (its
    /// circuit is live, so that clicks reach the server).
    /// </summary>
    public static async Task WaitForSignedInAsync(this IPage page)
    {
        await page.WaitForAddressAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
