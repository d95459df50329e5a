using System.Globalization;
using GovProcurement.Domain;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovProcurement.Benchmarks;

/// <summary>
/// A SQLite store with the demo organisations and N plans spread over the five demo units (so over
/// the province, Jiangmen and Heshan), built once and kept under the temp folder for later runs.
/// </summary>
public sealed class PlanStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private PlanStore(ServiceProvider services, Actor regulator)
    {
        this.services = services;
        JiangmenRegulator = regulator;
    }

    public PlanQueries Queries => services.GetRequiredService<PlanQueries>();

    public Actor JiangmenRegulator { get; }

    public static async Task<PlanStore> OpenAsync(int plans)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gp-bench");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"plans-{plans}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={file}",
            ["DemoData:Enabled"] = "true",
            ["Platform:Admin:InitialPassword"] = "a123456-",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddGovProcurementDomain(configuration, folder);
        collection.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        collection.AddSingleton<IPasswordHasher<ApplicationUser>>(new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));
        var provider = collection.BuildServiceProvider();
        await provider.InitializeStoreAsync();

        await using var db = await provider.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync();
        if (await db.Plans.CountAsync() < plans)
        {
            await FillAsync(db, plans - await db.Plans.CountAsync());
        }

        var regulator = await db.Organizations.OfType<Regulator>().SingleAsync(r => r.RegionCode == "440700");
        return new PlanStore(provider, new Actor("440700cz", regulator.Id, new HashSet<string> { Roles.Regulator }));
    }

    private static async Task FillAsync(GovProcurementDbContext db, int count)
    {
        var units = await db.Organizations.OfType<BudgetUnit>().OrderBy(u => u.BudgetCode).Select(u => new { u.Id, u.RegionCode }).ToListAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Plans (Id, Number, UnitId, RegionCode, FiscalYear, Title, ExpectedStart, IntentionId, Route, Method, Status, Total, BudgetReserved, CreatedBy, CreatedUtc, UpdatedUtc, Version)
            VALUES ($id, $number, $unit, $region, $year, $title, $start, NULL, 'EntrustCentralizedAgency', 'OpenTender', $status, $total, 1, 'bench', $created, $created, 0)
            """;
        string[] names = ["id", "number", "unit", "region", "year", "title", "start", "status", "total", "created"];
        var parameters = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter("$" + n, null)));
        PlanStatus[] statuses = [PlanStatus.Filed, PlanStatus.Filed, PlanStatus.Filed, PlanStatus.PendingFiling, PlanStatus.Draft];
        var start = new DateTime(2021, 1, 4, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var unit = units[i % units.Count];
            var id = Guid.NewGuid();
            var created = start.AddSeconds(i * 150L);
            parameters["id"].Value = id.ToString().ToUpperInvariant();
            parameters["number"].Value = $"{unit.RegionCode}-{created.Year}-B{i:D11}";
            parameters["unit"].Value = unit.Id.ToString().ToUpperInvariant();
            parameters["region"].Value = unit.RegionCode;
            parameters["year"].Value = created.Year;
            parameters["title"].Value = $"基准测试采购计划 {i}";
            parameters["start"].Value = DateOnly.FromDateTime(created.AddDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters["status"].Value = statuses[i % statuses.Length].ToString();
            parameters["total"].Value = Money.FromYuan(10_000m + i % 5_000_000).Fen;
            parameters["created"].Value = created.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
