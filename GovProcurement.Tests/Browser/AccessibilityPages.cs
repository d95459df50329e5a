using GovProcurement.Tests.Support;
using Microsoft.Playwright;

namespace GovProcurement.Tests.Browser;

/// <summary>Walks every page a visitor may open and collects axe's findings.</summary>
internal static class AccessibilityPages
{
    /// <summary>
    /// Opens each page without parameters, then each page with parameters at the first address a
    /// visited page links to, or that <paramref name="linksOutsidePage"/> knows of (a QR code in a PDF,
    /// or a list that fills in only after the page is live);
    /// fails when no page leads to one of them, so that no page escapes the check.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AuditEveryPageAsync(
        this IPage page, IReadOnlyList<PortalRoute> routes, Func<string, Task<IEnumerable<string>>> linksOutsidePage)
    {
        var violations = new List<string>();
        var unreached = routes.Where(r => r.HasParameters).ToList();
        var pending = new Queue<(PortalRoute Route, string Address)>(routes.Where(r => !r.HasParameters).Select(r => (r, r.Template)));
        while (pending.TryDequeue(out var next))
        {
            var (route, address) = next;
            await page.OpenAsync(route, address);
            violations.AddRange(await page.ViolationsAsync(address));
            var links = (await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname + new URL(a.href).search)"))
                .Concat(await linksOutsidePage(address));
            foreach (var link in links)
            {
                if (unreached.FirstOrDefault(r => r.Matches(link)) is { } target)
                {
                    Enqueue((target, link));
                }
            }
        }

        Assert.True(unreached.Count == 0, "No visited page leads to: " + string.Join(", ", unreached.Select(r => r.Template)));
        return violations;

        void Enqueue((PortalRoute Route, string Address) target)
        {
            unreached.Remove(target.Route);
            pending.Enqueue(target);
        }
    }

    private static async Task OpenAsync(this IPage page, PortalRoute route, string address)
    {
        await page.GotoAsync(address);
        if (!route.IsStatic)
        {
            await page.WaitForInteractiveAsync();
        }
    }
}
