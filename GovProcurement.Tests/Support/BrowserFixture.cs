using Microsoft.Playwright;

namespace GovProcurement.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, against a <see cref="PortalHost"/> of its own.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    protected virtual Dictionary<string, string?> Settings => [];

    /// <summary>The portal's clock; the system clock unless a fixture needs to move it.</summary>
    protected virtual TimeProvider? Time => null;

    /// <summary>
    /// How long a condition or navigation may take to come true. Test classes run in parallel on two cores
    /// beside PBKDF2 hashing and a dozen portals; a first sign-in was seen to need more than 20 s there.
    /// A condition that never comes true still fails, only later.
    /// </summary>
    public const int PatienceMs = 45_000;

    public PortalHost Host { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(PatienceMs);
        Host = new PortalHost(Settings, Time);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with the portal as base address. It asks for
    /// reduced motion, as some users do, so menus and dialogs appear at once and an audit never reads
    /// them half-faded.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseAddress.ToString(), Locale = "zh-CN", ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(PatienceMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
