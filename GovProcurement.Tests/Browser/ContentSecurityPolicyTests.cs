using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>
/// The pages work under their Content-Security-Policy in a real Chromium: they become
/// interactive and the browser reports no violation (every <c>securitypolicyviolation</c>
/// event and every "Refused to" console message is collected).
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task PublicPages_SignIn_AndAWorkspace_RunWithoutViolations()
    {
        var (page, refused) = await WatchedPageAsync();

        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await AssertNoViolationsAsync(page, refused);

        await page.SignInFirstTimeAsync("91440101MA5CTY6L0C", "a123456-");
        await page.WaitForAddressAsync("**/supplier");
        await page.WaitForInteractiveAsync();
        await Expect(page.OrganizationProfile()).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, refused);
    }

    [Fact]
    public async Task TheScalarApiReference_RendersWithoutViolations()
    {
        var (page, refused) = await WatchedPageAsync();

        await page.GotoAsync("/scalar/v1");

        // The document, shown by its title.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "广东政府采购平台集成接口", Level = 1 })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, refused);
    }

    private async Task<(IPage Page, List<string> Refused)> WatchedPageAsync()
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (refused)
                {
                    refused.Add(message.Text);
                }
            }
        };
        await page.AddInitScriptAsync(RecordViolations);
        return (page, refused);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> refused)
    {
        var violations = await page.EvaluateAsync<string[]>("window.__cspViolations");
        Assert.Empty(violations);
        lock (refused)
        {
            Assert.Empty(refused);
        }
    }
}
