using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task JiangmenOperator_MustChangeTheInitialPassword_BeforeReachingTheWorkspace()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("440700101001002", "101001");
        await page.WaitForAddressAsync("**/Account/ChangePassword");
        await Expect(page.GetByText("您正在使用初始密码。修改密码后才能使用平台其他功能。")).ToBeVisibleAsync();

        // Nothing else is reachable yet: a workspace page sends the user back, the live hub is closed.
        await page.GotoAsync("/purchaser");
        Assert.EndsWith("/Account/ChangePassword", page.Url);
        var hub = await page.APIRequest.PostAsync("/_blazor/negotiate?negotiateVersion=1");
        Assert.Equal(403, hub.Status);

        // A weak password is refused with the rule, in Chinese, under the new password.
        await page.ChangePasswordAsync("101001", "abcdefgh");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("至少 3 类");

        await page.ChangePasswordAsync("101001", PortalPages.StrongPassword);
        await page.WaitForAddressAsync("**/purchaser");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "本单位" })).ToBeVisibleAsync();
        await Expect(page.GetByText("江门市教育局 · 广东省 / 江门市")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "江门市第一中学" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndTheAnswerNeverRevealsWhetherItExists()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("no-such-account", "whatever");
        var unknownAnswer = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.SignInAsync("440784201001002", "wrong-" + attempt);
            Assert.Equal(unknownAnswer, await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        }

        // Now even the right password is refused, with the same answer.
        await page.SignInAsync("440784201001002", "201001");
        Assert.Equal(unknownAnswer, await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.EndsWith("/Account/Login", page.Url);

        using var scope = browser.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync("440784201001002");
        Assert.True(await users.IsLockedOutAsync(user!));
        Assert.InRange(user!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var audit = await browser.Host.Get<AuditLog>().PageAsync(0, 50);
        var mine = audit.Items.Where(e => e.Actor == "440784201001002").Select(e => e.Type).ToList();
        Assert.Equal(4, mine.Count(t => t == AuditEventType.SignInFailed)); // attempts 1-4
        Assert.Equal(2, mine.Count(t => t == AuditEventType.LockedOut));    // attempt 5 locks, the right password is then refused
        Assert.Contains(audit.Items, e => e.Actor == "no-such-account" && e.Type == AuditEventType.SignInFailed);
    }

    [Fact]
    public async Task Supplier_CannotOpenARegulatorPage()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("91440703MA51K2Q8XY", "a123456-");
        await page.WaitForAddressAsync("**/supplier");

        var response = await page.GotoAsync("/regulator");
        Assert.Equal(403, response!.Status);
        Assert.Contains("/Account/AccessDenied", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Expect(page.GetByText("辖区概览")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Regulator_OfJiangmen_SeesHeshanInItsJurisdiction()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("440700cz", "a123456-");
        await page.WaitForAddressAsync("**/regulator");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "鹤山市" }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "辖区机构" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "鹤山市第一中学" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "广东省教育厅" })).ToHaveCountAsync(0);

        // The filing register is a background export: the page offers the file once it is written.
        await page.GotoAsync("/regulator/plans");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "导出备案登记表（Excel）" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "下载 采购计划备案登记表.xlsx" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var register = await page.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, register.Status);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await register.BodyAsync()));
        var sheet = workbook.Worksheet("采购计划备案登记表");
        Assert.Equal("计划编号", sheet.Cell(5, 1).GetString());
        Assert.Equal("合计", sheet.Cell(6, 1).GetString());
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSame_ForKnownAndUnknownAccounts()
    {
        async Task<string> AskAsync(string userName)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync("/Account/ForgotPassword");
            await page.GetByLabel("账号", new() { Exact = true }).FillAsync(userName);
            await page.GetByLabel("联系电话", new() { Exact = true }).FillAsync("0750-1234567");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            return await page.GetByRole(AriaRole.Status).InnerTextAsync();
        }

        var known = await AskAsync("440700101002002");
        var unknown = await AskAsync("no-such-account-either");

        Assert.Equal(known, unknown);
        Assert.Contains("如该账号存在", known);
        var open = await browser.Host.Get<PasswordResetRequests>().OpenAsync();
        Assert.Equal(["440700101002002"], open.Select(r => r.UserName));
    }
}
