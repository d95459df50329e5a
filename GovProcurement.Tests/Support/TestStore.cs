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
/// The domain over a real SQLite file of its own, migrated and seeded with reference data
/// (and optionally the demo organisations). Password hashing is cheap here: these tests are
/// about the store and the use cases, not the hash cost.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gp-tests", Guid.NewGuid().ToString("N"));

    private TestStore(bool demoData, string? adminPassword, TimeProvider? time, bool story)
    {
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DemoData:Enabled"] = demoData.ToString(),
            ["DemoData:Story"] = story.ToString(),
            ["Platform:Admin:InitialPassword"] = adminPassword,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddGovProcurementDomain(configuration, directory);
        services.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddSingleton<IPasswordHasher<ApplicationUser>>(new PasswordHasher<ApplicationUser>(
            Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));
        Services = services.BuildServiceProvider();
    }

    public IServiceProvider Services { get; }

    public string DatabasePath => Path.Combine(directory, StoreRegistration.DefaultSqliteFile);

    /// <param name="story">Tell the demo story after the demo organisations (only with <paramref name="demoData"/>).</param>
    public static async Task<TestStore> CreateAsync(bool demoData = false, string? adminPassword = "a123456-", TimeProvider? time = null, bool story = false)
    {
        var store = new TestStore(demoData, adminPassword, time, story);
        await store.Services.InitializeStoreAsync();
        return store;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public GovProcurementDbContext Db() => Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();

    /// <summary>Runs raw SQL against the file, as someone with database access would.</summary>
    public async Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The folder the store's key files and checkpoints live in (its content root).</summary>
    public string ContentRoot => directory;

    public async ValueTask DisposeAsync()
    {
        if (Services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
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
