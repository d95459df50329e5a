using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// The real portal on real Kestrel (port chosen by the OS), with its own database (<see cref="TestDatabase"/>) and the
/// demo data, as a newcomer's run command would serve it.
/// </summary>
public class PortalHost : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gp-portal-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;
    private readonly TimeProvider? time;
    private readonly Action<IServiceCollection>? services;
    private readonly string environment;
    private readonly TestDatabase database;
    private readonly bool ownsDatabase;

    /// <summary>The address the test portals print in documents (never the request's Host).</summary>
    public const string PublicBaseUrl = "https://gdgpo.test.example";

    /// <param name="services">Replaces services after the portal's own registrations (a test's export writer, say).</param>
    /// <param name="sharedDatabase">A database that outlives this host (a restarted process's store), dropped by its owner; by default the host's own.</param>
    public PortalHost(Dictionary<string, string?>? overrides, TimeProvider? time = null, Action<IServiceCollection>? services = null, string environment = "Development",
        TestDatabase? sharedDatabase = null)
    {
        this.time = time;
        this.services = services;
        this.environment = environment;
        Directory.CreateDirectory(directory);
        ownsDatabase = sharedDatabase is null;
        database = sharedDatabase ?? TestDatabase.Create(Path.Combine(directory, "portal.db"));
        settings = new Dictionary<string, string?>(database.Settings)
        {
            ["DemoData:Enabled"] = "true",
            // The demo story is Development's default; test portals start without it unless they opt in.
            ["DemoData:Story"] = "false",
            // Checkpoints witness one database: each host's own store gets its own folder.
            ["Platform:Audit:CheckpointFolder"] = Path.Combine(directory, "audit"),
            // Each host its own export folder: a host's start-up deletes the files its store does not know.
            ["Exports:Folder"] = Path.Combine(directory, "exports"),
            ["Platform:PublicBaseUrl"] = PublicBaseUrl,
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DropAsync();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleanup.
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The portal with its defaults, shared by a test class.</summary>
public sealed class DemoPortal() : PortalHost(null);
