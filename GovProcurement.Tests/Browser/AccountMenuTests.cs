using GovProcurement.Domain.Audit;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>The account menu in the app bar: the user's organisation, password, language and sign-out, by mouse and by keyboard.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class AccountMenuTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AccountMenu_OpensByMouse_OffersOrganisationPasswordAndLanguage_AndSignsOut()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("jmggzy", "a123456-");
        await page.WaitForAddressAsync("**/agency");
        await page.WaitForInteractiveAsync();

        await page.AccountMenuButton().ClickAsync();

        await Expect(page.MenuItem("江门市公共资源交易中心")).ToHaveAttributeAsync("href", "/agency");
        await Expect(page.MenuItem("修改密码")).ToBeVisibleAsync();
        await Expect(page.MenuItem("简体中文")).ToBeVisibleAsync();
        await Expect(page.MenuItem("English")).ToBeVisibleAsync();
        await page.MenuItem("退出登录").ClickAsync();
        await Expect(page.GetByText("确定退出账号 jmggzy 吗")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();

        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true })).ToBeVisibleAsync();
        await Expect(page.AccountMenuButton()).ToHaveCountAsync(0);
        var audit = await browser.Host.Get<AuditLog>().PageAsync(0, 50);
        Assert.Contains(audit.Items, e => e.Actor == "jmggzy" && e.Type == AuditEventType.SignOut);

        // The session is over: the workspace sends the browser to sign in again.
        await page.GotoAsync("/agency");
        Assert.Contains("/Account/Login", page.Url);
    }

    [Fact]
    public async Task AccountMenu_OpensByKeyboard_MovesByArrowKeys_EscapeReturnsFocus_AndSignsOut()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("91440784MA4WJ7C3RF", "a123456-");
        await page.WaitForAddressAsync("**/supplier");
        await page.WaitForInteractiveAsync();
        var button = page.AccountMenuButton();
        await button.FocusAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.MenuItem("鹤山市南粤办公家具有限公司")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.MenuItem("修改密码")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();

        // Space opens it as well; from the first item, up wraps round to the last: sign out.
        await page.Keyboard.PressAsync(" ");
        await Expect(page.MenuItem("鹤山市南粤办公家具有限公司")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.MenuItem("退出登录")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).PressAsync("Enter");

        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true })).ToBeVisibleAsync();
        await Expect(page.AccountMenuButton()).ToHaveCountAsync(0);
    }
}
