using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// The real portal on real Kestrel (port chosen by the OS), with its own SQLite file and the
/// demo data, as a newcomer's run command would serve it.
/// </summary>
public class PortalHost : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gp-portal-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;
    private readonly TimeProvider? time;
    private readonly string environment;

    /// <summary>The address the test portals print in documents (never the request's Host).</summary>
    public const string PublicBaseUrl = "https://gdgpo.test.example";

    public PortalHost(Dictionary<string, string?>? overrides, TimeProvider? time = null, string environment = "Development")
    {
        this.time = time;
        this.environment = environment;
        Directory.CreateDirectory(directory);
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(directory, "portal.db")}",
            ["DemoData:Enabled"] = "true",
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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
