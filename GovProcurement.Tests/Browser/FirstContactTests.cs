using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>What a new user first trips over: unknown addresses, squeezed tables, the plan heading.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class FirstContactTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Text in table cells that the layout broke into lines of about one character each:
    /// every line box of the text narrower than 1.6 characters.
    /// </summary>
    private const string SqueezedCellTexts = """
        (table) => {
          const squeezed = [];
          {
            const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent.trim();
              if ([...text].length < 2 || !node.parentElement.closest('th, td')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const lines = [...range.getClientRects()].filter(r => r.width > 0);
              const size = parseFloat(getComputedStyle(node.parentElement).fontSize);
              if (lines.length > 1 && Math.max(...lines.map(r => r.width)) < 1.6 * size) squeezed.push(text.slice(0, 16));
            }
          }
          return squeezed;
        }
        """;

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_with_status_404_and_a_way_home()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("页面不存在");
        Assert.Equal(new Uri(browser.Host.BaseAddress, "/"), new Uri(page.Url));
    }

    [Fact]
    public async Task An_unknown_route_inside_a_live_page_shows_the_not_found_page_with_the_way_to_the_workspace()
    {
        var page = await SignedInAtAsync(1280, "admin");
        await page.WaitForInteractiveAsync();

        await page.EvaluateAsync("Blazor.navigateTo('/admin/no-such-route')");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "进入我的工作台" })).ToHaveAttributeAsync("href", "/admin");
    }

    [Fact]
    public async Task The_plan_heading_follows_the_title_as_it_is_typed()
    {
        var page = await SignedInAtAsync(1280, "440784201002002");
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();
        await page.NewPlanAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync("（未命名计划）");

        await page.PlanTitle().FillAsync("鹤山一中教学设备采购");

        await Expect(heading).ToHaveTextAsync("鹤山一中教学设备采购");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_rules_the_expert_library_and_the_audit_log_keep_their_columns_readable(int width)
    {
        var administrator = await SignedInAtAsync(width, "admin");
        await ExpectReadableAsync(administrator, "/rules", "采购限额标准");
        await ExpectReadableAsync(administrator, "/admin/audit", "登录");

        // The finance department keeps the library: its view has the employers and the link forms.
        var regulator = await SignedInAtAsync(width, "440700cz");
        await ExpectReadableAsync(regulator, "/regulator/experts", "江门市");
    }

    /// <summary>A browser of the given width signed in to the account (its first password change done behind the scenes).</summary>
    private async Task<IPage> SignedInAtAsync(int width, string account)
    {
        await FormClient.PrepareAccountAsync(browser.Host, account);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.SignInAsync(account, FormClient.Password);
        await page.WaitForSignedInAsync();
        return page;
    }

    /// <summary>The first table on the page that shows the content keeps its cells readable.</summary>
    private static async Task ExpectReadableAsync(IPage page, string path, string content)
    {
        await page.GotoAsync(path);
        var table = page.GetByRole(AriaRole.Table).Filter(new() { HasText = content }).First;
        await Expect(table).ToBeVisibleAsync();

        var squeezed = await table.EvaluateAsync<string[]>(SqueezedCellTexts);

        Assert.True(squeezed.Length == 0, $"{path} at {page.ViewportSize!.Width} px breaks these cells into one character per line: {string.Join(" | ", squeezed)}");
    }
}
