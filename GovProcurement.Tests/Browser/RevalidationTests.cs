using GovProcurement.Domain.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>
/// Open pages lose access the moment their account changes, not at the next revalidation: this
/// portal keeps the default five-minute interval, so nothing here is the periodic check.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class RevalidationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DisabledAccount_LosesItsOpenWorkspace_AtOnce()
    {
        var page = await OpenSupplierWorkspaceAsync("91440784MA4WJ7C3RF", "a123456-");

        using (var scope = browser.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByNameAsync("91440784MA4WJ7C3RF");
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(user!.Id, user.ConcurrencyStamp, "admin");
        }

        // The open circuit is told at once and sends the browser to sign in again.
        await page.WaitForAddressAsync("**/Account/Login**");
        await Expect(page.OrganizationProfile()).ToHaveCountAsync(0);

        // And the disabled account cannot sign in again, with the usual answer.
        await page.SignInAsync("91440784MA4WJ7C3RF", PortalPages.StrongPassword);
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SigningOutElsewhere_EndsTheOpenWorkspace_AtOnce()
    {
        var open = await OpenSupplierWorkspaceAsync("91440703MA51K2Q8XY", "a123456-");
        var elsewhere = await browser.NewPageAsync();
        await elsewhere.SignInAsync("91440703MA51K2Q8XY", PortalPages.StrongPassword);
        await elsewhere.WaitForAddressAsync("**/supplier");
        await elsewhere.WaitForInteractiveAsync();

        // Sign out there with the user's own antiforgery token, as the user menu's form posts it.
        await elsewhere.GotoAsync("/Account/ChangePassword");
        await elsewhere.EvaluateAsync("""
            () => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/Account/Logout';
                form.appendChild(document.querySelector('input[name=__RequestVerificationToken]').cloneNode());
                document.body.appendChild(form);
                form.submit();
            }
            """);
        await elsewhere.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");

        await open.WaitForAddressAsync("**/Account/Login**");
        await Expect(open.OrganizationProfile()).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenSupplierWorkspaceAsync(string account, string initialPassword)
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(account, initialPassword);
        await page.WaitForAddressAsync("**/supplier");
        await page.WaitForInteractiveAsync();
        await Expect(page.OrganizationProfile()).ToBeVisibleAsync();
        return page;
    }
}
