using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GovProcurement.Tests.Support;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules (what GB/T 37668-2019 aligns with) run in the page, each
/// violation reported with its rule, the page and the offending node so a failure reads on its own.
/// </summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>One line per offending node: rule id, impact, page, selector, HTML and what axe says to fix.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(this IPage page, string where)
    {
        var result = await page.RunAxe(Wcag21AA);
        return result.Violations
            .SelectMany(rule => rule.Nodes.Select(node =>
                $"[{rule.Id}] ({node.Impact ?? rule.Impact}) {rule.Help} — page {where} — node {node.Target}: {Shorten(node.Html)} — {FailureOf(node)}"))
            .ToList();
    }

    /// <summary>Fails with every violation found, or passes when there is none.</summary>
    public static void AssertNone(IReadOnlyCollection<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} accessibility violation(s):\n" + string.Join("\n", violations));

    private static string FailureOf(AxeResultNode node) =>
        string.Join(" ", new[] { node.Any, node.All, node.None }.SelectMany(checks => checks ?? []).Select(check => check.Message).Where(m => !string.IsNullOrEmpty(m)).Take(2));

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
