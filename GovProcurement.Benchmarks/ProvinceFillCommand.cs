using System.Diagnostics;
using System.Globalization;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovProcurement.Benchmarks;

/// <summary>
/// <c>fill --pg CONNECTION --plans N --projects N</c>: adds a province's generated records (<see cref="ProvinceGenerator"/>) to a
/// PostgreSQL store that a running portal has already migrated and seeded with its demo accounts, so that the portal serves
/// them (<c>scripts/load-test.sh</c> uses it for an export of a million rows). Unlike <c>province</c> it neither creates nor
/// seeds the store and times nothing.
/// </summary>
public static class ProvinceFillCommand
{
    public const string Name = "fill";

    public static async Task<int> RunAsync(string[] args)
    {
        if (ProvinceScaleCommand.ParseOptions(args) is not { } options || !options.TryGetValue("pg", out var pg))
        {
            Console.Error.WriteLine("usage: fill --pg CONNECTION [--plans N] [--projects N]");
            return 2;
        }

        var plans = int.Parse(options.GetValueOrDefault("plans", "1000000"), CultureInfo.InvariantCulture);
        var projects = int.Parse(options.GetValueOrDefault("projects", "0"), CultureInfo.InvariantCulture);
        var connectionString = new NpgsqlConnectionStringBuilder(pg) { CommandTimeout = 3600 }.ConnectionString;
        var folder = Path.Combine(Path.GetTempPath(), "gp-bench");
        Directory.CreateDirectory(folder);
        await using var services = ProvinceScaleCommand.Services(StoreProvider.PostgreSql, connectionString, folder);
        await using var db = await services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var agency = await db.Organizations.OfType<Agency>().Select(a => a.Id).FirstAsync();
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // The rows are generated consistent; the bulk load skips the foreign-key triggers.
        await ProvinceScaleCommand.ExecuteAsync(connection, "SET session_replication_role = replica;");
        await new ProvinceGenerator(db, connection, plans, projects, Console.Out).RunAsync(agency);
        await ProvinceScaleCommand.ExecuteAsync(connection, "SET session_replication_role = DEFAULT;");
        await ProvinceScaleCommand.ExecuteAsync(connection, "VACUUM ANALYZE;");
        Console.WriteLine($"Added {plans:N0} plans and {projects:N0} projects in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s.");
        return 0;
    }
}
