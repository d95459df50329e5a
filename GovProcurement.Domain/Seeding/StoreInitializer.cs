using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// At start-up: makes the data folder and the SQLite file owner-only, applies the provider's
/// migrations, then the reference and (optionally) demo data.
/// </summary>
public static class StoreInitializer
{
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        OwnerOnlyFiles.Restrict(provider.GetRequiredService<AppDataFolder>().Root);
        await using (var db = await provider.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            SecureSqliteFiles(db);
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging: readers (lists, the live routing panel) never wait for a writer (autosave).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        await provider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        if (provider.GetRequiredService<IConfiguration>().GetValue<bool>($"{DemoDataSeeder.Section}:Enabled"))
        {
            var started = Stopwatch.GetTimestamp();
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreInitializer))
                .LogInformation("Demo data seeded in {Milliseconds} ms", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>
    /// The database file (wherever the connection string puts it) exists owner-only before SQLite
    /// opens it, so its -wal and -shm files, which SQLite creates with the database's permissions,
    /// are owner-only too; those left by an earlier run are tightened.
    /// </summary>
    private static void SecureSqliteFiles(GovProcurementDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        OwnerOnlyFiles.EnsureFile(file);
        foreach (var companion in new[] { "-wal", "-shm", "-journal" })
        {
            OwnerOnlyFiles.Restrict(file + companion);
        }
    }
}
