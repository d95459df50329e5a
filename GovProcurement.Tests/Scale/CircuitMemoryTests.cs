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
    /// <summary>Notes, on the page's clock, the keystroke in the amount and the first change of the routing total after it.</summary>
    private const string ObserveScript = """
        () => {
          const total = () => document.getElementById('routing-total')?.textContent ?? '';
          window.gpKey = 0; window.gpShown = 0; window.gpBefore = total();
          document.addEventListener('keydown', () => { window.gpKey = performance.now(); window.gpBefore = total(); window.gpShown = 0; }, true);
          new MutationObserver(() => { if (window.gpKey && !window.gpShown && total() !== window.gpBefore) window.gpShown = performance.now(); })
            .observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

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
        var heap = new List<(int Circuits, long Bytes)> { (1, await HeapAsync(pid)) };
        while (pages.Count < circuits)
        {
            // Two at a time: the portal and Chromium share two cores with this driver.
            var before = pages.Count;
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(2, circuits - pages.Count)).Select(_ => OpenDraftAsync(browser, portal, signedIn)));
            pages.AddRange(batch);
            if ((before < circuits / 2 && pages.Count >= circuits / 2) || pages.Count == circuits)
            {
                heap.Add((pages.Count, await HeapAsync(pid)));
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
            latencies.Add(await KeystrokeToPanelAsync(page));
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
        await page.NewPlanAsync();
        await Expect(page.PlanTitle()).ToBeVisibleAsync();
        await page.AddLineAsync();
        await page.ChooseItemAsync(1, "tsjsj", "台式计算机");
        await page.SetAmountAsync(1, "1000");
        await Expect(page.RoutingTotal()).ToHaveTextAsync("¥1,000.00");
        await page.EvaluateAsync(ObserveScript);
        return page;
    }

    /// <summary>Types one digit at the end of the amount and returns the time, on the page's clock, until the routing total changed.</summary>
    private static async Task<double> KeystrokeToPanelAsync(IPage page)
    {
        var amount = page.Labelled(PlanPages.AmountLabel).First;
        await amount.FocusAsync();
        await amount.PressAsync("End");
        var before = await page.RoutingTotal().TextContentAsync();
        await amount.PressAsync("5");
        await Expect(page.RoutingTotal()).Not.ToHaveTextAsync(before!);
        await page.WaitForFunctionAsync("() => window.gpShown > 0");
        var elapsed = await page.EvaluateAsync<double>("() => window.gpShown - window.gpKey");
        await amount.PressAsync("Backspace");
        await Expect(page.RoutingTotal()).ToHaveTextAsync(before!);
        return elapsed;
    }

    /// <summary>
    /// The portal's live managed heap: dotnet-gcdump (the repository's tool manifest) forces a full blocking collection
    /// and walks the heap; its report's total line is the size of what survived.
    /// </summary>
    private static async Task<long> HeapAsync(int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"gp-circuits-{pid}-{Guid.NewGuid():N}.gcdump");
        await RunAsync("dotnet", $"dotnet-gcdump collect -p {pid} -o {file}");
        var report = await RunAsync("dotnet", $"dotnet-gcdump report {file}");
        if (Environment.GetEnvironmentVariable("GP_CIRCUITS_DUMPS") is { Length: > 0 } keep)
        {
            File.Copy(file, Path.Combine(keep, $"heap-{DateTime.UtcNow:HHmmss}.gcdump"));
        }

        File.Delete(file);
        var total = Regex.Match(report, @"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline);
        Assert.True(total.Success, "No heap total in the gcdump report:\n" + report[..Math.Min(report.Length, 2000)]);
        return long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
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
