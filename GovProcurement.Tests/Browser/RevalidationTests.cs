using GovProcurement.Domain.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal whose open sessions re-check their account every two seconds instead of five minutes.</summary>
public sealed class FastRevalidationFixture : BrowserFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Security:RevalidationInterval"] = "00:00:02" };
}

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class RevalidationTests(FastRevalidationFixture browser) : IClassFixture<FastRevalidationFixture>
{
    [Fact]
    public async Task DisabledAccount_LosesItsOpenWorkspace_AtTheNextRevalidation()
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync("91440784MA4WJ7C3RF", "a123456-");
        await page.WaitForURLAsync("**/supplier");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("organization-profile")).ToContainTextAsync("鹤山市南粤办公家具有限公司");

        using (var scope = browser.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByNameAsync("91440784MA4WJ7C3RF");
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(user!.Id, user.ConcurrencyStamp, "admin");
        }

        // The open circuit notices on its own and sends the browser to sign in again.
        await page.WaitForURLAsync("**/Account/Login**");
        await Expect(page.GetByTestId("organization-profile")).ToHaveCountAsync(0);

        // And the disabled account cannot sign in again, with the usual answer.
        await page.SignInAsync("91440784MA4WJ7C3RF", PortalPages.StrongPassword);
        await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
    }
}
