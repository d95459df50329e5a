using GovProcurement.Domain;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>
/// The domain over a real database of its own (a SQLite file, or a PostgreSQL database when the
/// tests run against a server: see <see cref="TestDatabase"/>), migrated and seeded with reference data
/// (and optionally the demo organisations). Password hashing is cheap here: these tests are
/// about the store and the use cases, not the hash cost.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gp-tests", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    private TestStore(bool demoData, string? adminPassword, TimeProvider? time, bool story, Action<IServiceCollection>? configure)
    {
        Directory.CreateDirectory(directory);
        database = TestDatabase.Create(DatabasePath);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DemoData:Enabled"] = demoData.ToString(),
            ["DemoData:Story"] = story.ToString(),
            ["Platform:Admin:InitialPassword"] = adminPassword,
        }).AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddGovProcurementDomain(configuration, directory);
        configure?.Invoke(services);
        services.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddSingleton<IPasswordHasher<ApplicationUser>>(new PasswordHasher<ApplicationUser>(
            Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));
        Services = services.BuildServiceProvider();
    }

    public IServiceProvider Services { get; }

    public string DatabasePath => Path.Combine(directory, StoreRegistration.DefaultSqliteFile);

    /// <param name="story">Tell the demo story after the demo organisations (only with <paramref name="demoData"/>).</param>
    /// <param name="configure">Adds or replaces services after the domain's own registrations (a test's fake of another area's port).</param>
    public static async Task<TestStore> CreateAsync(bool demoData = false, string? adminPassword = "a123456-", TimeProvider? time = null, bool story = false,
        Action<IServiceCollection>? configure = null)
    {
        var store = new TestStore(demoData, adminPassword, time, story, configure);
        await store.Services.InitializeStoreAsync();
        return store;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public GovProcurementDbContext Db() => Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();

    /// <inheritdoc cref="TestDatabase.ExecuteSqlAsync"/>
    public Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters) => database.ExecuteSqlAsync(sql, parameters);

    public bool IsPostgreSql => database.IsPostgreSql;

    /// <summary>The folder the store's key files and checkpoints live in (its content root).</summary>
    public string ContentRoot => directory;

    public async ValueTask DisposeAsync()
    {
        if (Services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await database.DropAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the temp folder.
        }
    }
}
