using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GovProcurement.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Scale;

/// <summary>
/// The measurement behind <c>scripts/circuit-memory.sh</c>: a Release portal started outside the test (its address and
/// process id in the environment) and N real Chromium circuits, each on a plan draft of its own with one line and an
/// amount, as a purchaser leaves the form open. At 1, N/2 and N circuits it takes a gcdump of the portal (a full,
/// blocking collection first, so only live objects count) and prints the managed heap; the slope from the first circuit
/// (which also loads what all share) to the last is the memory each one keeps (<c>GP_CIRCUITS_DUMPS</c> keeps the dumps). Then, on circuits spread over the N, it types into the amount and takes, in the page, the
/// time from the keystroke to the routing panel's new total, printing the median and p95. It fails only when a step
/// fails or a limit given (KB per circuit, p95 ms) is exceeded.
/// </summary>
[Trait("Category", "Scale")]
public class CircuitMemoryTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    [CircuitMemoryFact]
    public async Task Each_plan_form_circuit_keeps_little_memory_and_typing_stays_fast()
    {
        var circuits = Setting(CircuitMemoryFactAttribute.Variable, 10);
        var portal = new Uri(Environment.GetEnvironmentVariable("GP_CIRCUITS_URL") ?? throw new InvalidOperationException("GP_CIRCUITS_URL is not set."));
        var pid = Setting("GP_CIRCUITS_PID", 0);
        var samples = Math.Min(circuits, Setting("GP_CIRCUITS_SAMPLES", 20));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        var first = await NewPageAsync(browser, portal, null);
        await first.SignInFirstTimeAsync("440700101002002", "101002");
        await first.WaitForSignedInAsync();
        var signedIn = await first.Context.StorageStateAsync();
        await first.Context.CloseAsync();

        // One circuit first, so that what the first one loads for all (the catalogue, the rules, compiled queries) is in the baseline.
        var pages = new List<IPage> { await OpenDraftAsync(browser, portal, signedIn) };
        var heap = new List<(int Circuits, long Bytes)> { (1, await ManagedHeap.LiveBytesAsync(pid)) };
        while (pages.Count < circuits)
        {
            // Two at a time: the portal and Chromium share two cores with this driver.
            var before = pages.Count;
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(2, circuits - pages.Count)).Select(_ => OpenDraftAsync(browser, portal, signedIn)));
            pages.AddRange(batch);
            if ((before < circuits / 2 && pages.Count >= circuits / 2) || pages.Count == circuits)
            {
                heap.Add((pages.Count, await ManagedHeap.LiveBytesAsync(pid)));
            }
        }

        var perCircuitKb = (heap[^1].Bytes - heap[0].Bytes) / 1024.0 / (heap[^1].Circuits - heap[0].Circuits);
        foreach (var (count, bytes) in heap)
        {
            output.WriteLine(FormattableString.Invariant($"circuit-memory: circuits={count} managed_heap_kb={bytes / 1024}"));
        }

        output.WriteLine(FormattableString.Invariant($"circuit-memory: per_circuit_kb={perCircuitKb:0} (slope from {heap[0].Circuits} to {heap[^1].Circuits} circuits)"));

        var latencies = new List<double>();
        foreach (var page in Enumerable.Range(0, samples).Select(i => pages[i * circuits / samples]))
        {
            latencies.Add(await KeystrokeTiming.KeystrokeToPanelAsync(page));
        }

        if (Environment.GetEnvironmentVariable("GP_CIRCUITS_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            // What the measured form looks like (SCREENSHOT=/some/file.png scripts/circuit-memory.sh).
            await pages[0].ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }

        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        output.WriteLine(FormattableString.Invariant($"circuit-memory: keystroke_samples={latencies.Count} median_ms={Percentile(0.5):0.0} p95_ms={Percentile(0.95):0.0} max_ms={latencies[^1]:0.0}"));

        Assert.Equal(circuits, pages.Count);
        Assert.True(perCircuitKb <= Setting("GP_CIRCUITS_MAX_KB", int.MaxValue), $"{perCircuitKb:0} KB per circuit");
        Assert.True(Percentile(0.95) <= Setting("GP_CIRCUITS_P95_MS", int.MaxValue), $"keystroke p95 {Percentile(0.95):0} ms");
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser, Uri portal, string? storageState)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.ToString(), Locale = "zh-CN", StorageState = storageState });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A purchaser's new plan draft with one line (desktop computers) and an amount, the routing panel showing its total.</summary>
    private static async Task<IPage> OpenDraftAsync(IBrowser browser, Uri portal, string signedIn)
    {
        var page = await NewPageAsync(browser, portal, signedIn);
        await page.GotoAsync("/plans");
        await page.WaitForInteractiveAsync();
        await KeystrokeTiming.OpenDraftAsync(page);
        return page;
    }
}

/// <summary>The circuit measurement: skipped, with the reason, unless the number of circuits is set (scripts/circuit-memory.sh sets it).</summary>
public sealed class CircuitMemoryFactAttribute : FactAttribute
{
    public const string Variable = "GP_CIRCUITS";

    public CircuitMemoryFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"A measurement: set {Variable} to the number of circuits (scripts/circuit-memory.sh does).";
        }
    }
}
