using System.Diagnostics;
using System.Net;
using GovProcurement.Tests.Browser;
using GovProcurement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Scale;

/// <summary>
/// Two real portal instances (Release, PostgreSQL, Redis) behind nginx, started outside the test by
/// <c>scripts/two-instances.sh start</c>, whose run directory <see cref="TwoInstancesFactAttribute.Variable"/>
/// names (<c>./test.sh</c> does this). The test stops the instance that served it: start the
/// instances again before another run.
/// </summary>
[Trait("Category", "Scale")]
public class TwoInstancesTests
{
    private const string InitialPassword = "a123456-";
    private const string Header = "X-GP-Instance";

    [TwoInstancesFact]
    public async Task A_sign_out_on_one_instance_ends_the_open_page_on_the_other_and_a_session_outlives_its_instance()
    {
        var instances = TwoInstances.Load();

        await A_live_signal_from_one_instance_reaches_a_page_on_the_other(instances);
        await A_session_through_nginx_goes_on_on_the_other_instance_once_the_first_stops(instances);
    }

    /// <summary>
    /// A supplier's workspace is open in a browser on instance b; the same account signs out on
    /// instance a. The open page is sent to sign in within seconds: only the live signal over Redis can
    /// tell b so soon (the periodic re-check comes every five minutes).
    /// </summary>
    private static async Task A_live_signal_from_one_instance_reaches_a_page_on_the_other(TwoInstances instances)
    {
        const string supplier = "91440703MA51K2Q8XY";
        using var onA = new FormClient(instances.A);
        await SignInWithChosenPasswordAsync(onA, supplier);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = instances.B.ToString(), Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync(supplier, FormClient.Password);
        await page.WaitForAddressAsync("**/supplier");
        await page.WaitForInteractiveAsync();
        await Expect(page.OrganizationProfile()).ToBeVisibleAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignOutAsync()).StatusCode);

        await page.WaitForURLAsync("**/Account/Login**", new() { Timeout = 10_000 });
        await Expect(page.OrganizationProfile()).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Signed in through nginx, every request of the browser reaches one instance (sticky); once that
    /// instance stops, the same cookie is good on the other, and so is an antiforgery token the first
    /// one issued (both are Data Protection payloads, whose keys are in the database).
    /// </summary>
    private static async Task A_session_through_nginx_goes_on_on_the_other_instance_once_the_first_stops(TwoInstances instances)
    {
        using var proxy = new FormClient(instances.Proxy);
        await SignInWithChosenPasswordAsync(proxy, "admin");

        var before = await proxy.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var first = Served(before);
        Assert.Equal(first, Served(await proxy.Http.GetAsync("/Account/ChangePassword"))); // sticky
        var token = await proxy.HiddenFieldAsync("/Account/ChangePassword", "/Account/ChangePassword", "__RequestVerificationToken");
        using (var stranger = new FormClient(instances.Proxy))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await stranger.Http.GetAsync("/admin")).StatusCode); // the page needs the sign-in
        }

        await StopAsync(instances.Pid(first));

        var after = await proxy.Http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first, Served(after));

        var signOut = await proxy.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode); // an antiforgery failure would answer 400
        Assert.Equal(HttpStatusCode.Redirect, (await proxy.Http.GetAsync("/admin")).StatusCode);
    }

    /// <summary>Signs in with <see cref="FormClient.Password"/>, first choosing it in place of the initial password if no earlier run did.</summary>
    private static async Task SignInWithChosenPasswordAsync(FormClient client, string account)
    {
        var chosen = await client.SignInAsync(account);
        if (chosen.StatusCode == HttpStatusCode.Redirect)
        {
            return;
        }

        var initial = await client.SignInAsync(account, InitialPassword);
        Assert.Equal(HttpStatusCode.Redirect, initial.StatusCode);
        Assert.Contains("/Account/ChangePassword", initial.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.ChangePasswordAsync(InitialPassword, FormClient.Password)).StatusCode);
    }

    private static string Served(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Header, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"no {Header} header: the instances need Portal:InstanceName");

    /// <summary>Stops an instance as a deployment does (SIGTERM) and waits until its process has ended.</summary>
    private static async Task StopAsync(int pid)
    {
        using var process = Process.GetProcessById(pid);
        using (var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
    }
}

/// <summary>A test that needs the running instances: skipped, with the reason, when the variable is not set.</summary>
public sealed class TwoInstancesFactAttribute : FactAttribute
{
    public const string Variable = "GP_TEST_TWO_INSTANCES";

    public TwoInstancesFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Needs two running portal instances behind nginx: set {Variable} to the directory `scripts/two-instances.sh start` prints (./test.sh does).";
        }
    }
}

/// <summary>What <c>scripts/two-instances.sh</c> wrote into instances.env: the addresses and the instances' process ids.</summary>
internal sealed record TwoInstances(Uri Proxy, Uri A, Uri B, int APid, int BPid)
{
    public static TwoInstances Load()
    {
        var file = Path.Combine(Environment.GetEnvironmentVariable(TwoInstancesFactAttribute.Variable)!, "instances.env");
        var values = File.ReadAllLines(file).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new(new Uri(values["PROXY"]), new Uri(values["A"]), new Uri(values["B"]), int.Parse(values["A_PID"]), int.Parse(values["B_PID"]));
    }

    public int Pid(string instance) => instance switch
    {
        "a" => APid,
        "b" => BPid,
        _ => throw new ArgumentOutOfRangeException(nameof(instance), instance, "an instance the script did not start"),
    };
}
