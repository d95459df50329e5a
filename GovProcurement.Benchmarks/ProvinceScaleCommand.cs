using System.Diagnostics;
using System.Globalization;
using GovProcurement.Domain;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Seeding;
using GovProcurement.Domain.Supervision;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GovProcurement.Benchmarks;

/// <summary>
/// <c>province --provider sqlite|postgresql|both --plans N --projects N --runs N --pg CONNECTION --only TEXT</c>: builds (once, then
/// reuses) a store of provincial size and times the regulator's dashboard, each exception check and
/// the plan list over RUNS runs after a warm-up, printing the median and the maximum of each.
/// The schema comes from the provider context's model (EnsureCreated), the reference and demo data
/// from the seeders, the bulk of the rows from <see cref="ProvinceGenerator"/>. <c>--only</c> runs the
/// queries whose name contains TEXT; <c>GP_SQL_LOG=1</c> prints each SQL command with its time.
/// </summary>
public static class ProvinceScaleCommand
{
    public const string Name = "province";

    public static async Task<int> RunAsync(string[] args)
    {
        if (ParseOptions(args) is not { } options)
        {
            Console.Error.WriteLine("usage: province [--provider sqlite|postgresql|both] [--plans N] [--projects N] [--runs N] [--pg CONNECTION] [--only TEXT]");
            return 2;
        }

        var plans = int.Parse(options.GetValueOrDefault("plans", "1000000"), CultureInfo.InvariantCulture);
        var projects = int.Parse(options.GetValueOrDefault("projects", "100000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture);
        var pg = options.GetValueOrDefault("pg", Environment.GetEnvironmentVariable("GP_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55500;Username=gp");
        StoreProvider[] providers = options.GetValueOrDefault("provider", "both").ToLowerInvariant() switch
        {
            "sqlite" => [StoreProvider.Sqlite],
            "postgresql" => [StoreProvider.PostgreSql],
            _ => [StoreProvider.Sqlite, StoreProvider.PostgreSql],
        };
        var table = new List<string>();
        foreach (var provider in providers)
        {
            table.AddRange(await RunOneAsync(provider, plans, projects, runs, pg, options.GetValueOrDefault("only", "")));
        }

        Console.WriteLine();
        Console.WriteLine($"{plans:N0} plans, {projects:N0} projects; median and maximum of {runs} runs after a warm-up");
        Console.WriteLine($"| {"provider",-10} | {"query",-40} | {"rows",9} | {"median ms",9} | {"max ms",9} |");
        Console.WriteLine($"|{new string('-', 12)}|{new string('-', 42)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 11)}|");
        table.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<List<string>> RunOneAsync(StoreProvider provider, int plans, int projects, int runs, string pg, string only)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gp-bench");
        Directory.CreateDirectory(folder);
        var connectionString = provider == StoreProvider.Sqlite
            ? $"Data Source={Path.Combine(folder, $"province-{plans}-{projects}.db")}"
            : new NpgsqlConnectionStringBuilder(pg) { Database = $"gp_province_{plans}_{projects}", CommandTimeout = 600 }.ConnectionString;
        await using var services = Services(provider, connectionString, folder);
        await EnsureFilledAsync(services, provider, connectionString, plans, projects);

        await using var db = await services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        var jiangmen = await db.Organizations.OfType<Regulator>().SingleAsync(r => r.RegionCode == "440700");
        var admin = new Actor("admin", null, new HashSet<string> { Roles.PlatformAdmin });
        var regulator = new Actor("440700cz", jiangmen.Id, new HashSet<string> { Roles.Regulator });
        var dashboard = services.GetRequiredService<SupervisionQueries>();
        var exceptions = services.GetRequiredService<SupervisionExceptions>();
        var list = services.GetRequiredService<PlanQueries>();
        var year = new SupervisionPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var cases = new (string Name, Func<Task<int>> Run)[]
        {
            ("dashboard, province, 2026", async () => (await dashboard.DashboardAsync(admin, year)).FiledCount),
            ("dashboard, Jiangmen, 2026", async () => (await dashboard.DashboardAsync(regulator, year)).FiledCount),
            ("possible splitting, province", async () => (await exceptions.FindAsync(admin, ExceptionKind.PossibleSplitting)).Count),
            ("past deadline, province", async () => (await exceptions.FindAsync(admin, ExceptionKind.PastDeadline)).Count),
            ("single bidder, province", async () => (await exceptions.FindAsync(admin, ExceptionKind.SingleBidder)).Count),
            ("all exception checks, province", async () => (await exceptions.ListAsync(admin)).Count),
            ("plan list, province, first page", async () => (await list.ListAsync(admin, new PlanListQuery())).TotalCount),
            ("plan list, Jiangmen filed, first page", async () => (await list.ListAsync(regulator, new PlanListQuery(Status: PlanStatus.Filed))).TotalCount),
            ("plan list, province, search", async () => (await list.ListAsync(admin, new PlanListQuery(Search: "P0000012345"))).TotalCount),
        };
        var lines = new List<string>();
        foreach (var (name, run) in cases.Where(c => c.Name.Contains(only, StringComparison.Ordinal)))
        {
            int rows;
            try
            {
                rows = await run();
            }
            catch (Exception refused) when (refused is DomainException or System.Data.Common.DbException)
            {
                // A check that refuses or fails over this store is a finding of the benchmark, not a time.
                lines.Add($"| {provider,-10} | {name,-40} | failed: {refused.Message}");
                Console.WriteLine(lines[^1]);
                continue;
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            lines.Add($"| {provider,-10} | {name,-40} | {rows,9:N0} | {times[times.Count / 2],9:F0} | {times[^1],9:F0} |");
            Console.WriteLine(lines[^1]);
        }

        return lines;
    }

    /// <summary>The command's <c>--name value</c> pairs after its name, or null when one is not of that form.</summary>
    internal static Dictionary<string, string>? ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }

    internal static ServiceProvider Services(StoreProvider provider, string connectionString, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            [$"ConnectionStrings:{provider}"] = connectionString,
            ["DemoData:Enabled"] = "true",
            ["Platform:Admin:InitialPassword"] = "a123456-",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging =>
        {
            if (Environment.GetEnvironmentVariable("GP_SQL_LOG") == "1")
            {
                logging.AddSimpleConsole().AddFilter((category, level) => category == DbLoggerCategory.Database.Command.Name && level >= LogLevel.Information);
            }
        });
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddGovProcurementDomain(configuration, folder);
        collection.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        collection.AddSingleton<IPasswordHasher<ApplicationUser>>(new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));
        return collection.BuildServiceProvider();
    }

    private static async Task EnsureFilledAsync(ServiceProvider services, StoreProvider provider, string connectionString, int plans, int projects)
    {
        var factory = services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (await db.Database.CanConnectAsync() && await TableExistsAsync(db) && await db.Plans.CountAsync() >= plans)
            {
                Console.WriteLine("Reusing the generated store.");
                return;
            }

            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
        }

        var started = Stopwatch.GetTimestamp();
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var agency = await db.Organizations.OfType<Agency>().Select(a => a.Id).FirstAsync();
            Console.WriteLine("Generating the store:");
            if (provider == StoreProvider.Sqlite)
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA foreign_keys=OFF;");
                await using var transaction = await connection.BeginTransactionAsync();
                await new ProvinceGenerator(db, connection, plans, projects, Console.Out).RunAsync(agency);
                await transaction.CommitAsync();
                await ExecuteAsync(connection, "ANALYZE;");
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");
            }
            else
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                // The rows are generated consistent; the bulk load skips the foreign-key triggers.
                await ExecuteAsync(connection, "SET session_replication_role = replica;");
                await new ProvinceGenerator(db, connection, plans, projects, Console.Out).RunAsync(agency);
                await ExecuteAsync(connection, "SET session_replication_role = DEFAULT;");
                await ExecuteAsync(connection, "VACUUM ANALYZE;");
            }
        }

        Console.WriteLine($"Generated in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s.");
    }

    private static async Task<bool> TableExistsAsync(GovProcurementDbContext db)
    {
        try
        {
            await db.Plans.AnyAsync();
            return true;
        }
        catch (Exception e) when (e is SqliteException or PostgresException)
        {
            return false;
        }
    }

    internal static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 3600;
        await command.ExecuteNonQueryAsync();
    }
}
