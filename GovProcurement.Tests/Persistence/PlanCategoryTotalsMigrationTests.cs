using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// A store written before plans kept their category totals upgrades: each plan's goods, works and
/// services totals are the sums of its lines of the directory's codes of that category (a code with
/// spaces around it counts; a code the directory does not know counts for none).
/// </summary>
public sealed class PlanCategoryTotalsMigrationTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"categories-{Guid.NewGuid():N}.db");

    // Foreign keys off: the test writes only the two tables the backfill reads.
    private SqliteGovProcurementDbContext Open() => new(StoreOptions.ForSqlite<SqliteGovProcurementDbContext>($"Data Source={file};Foreign Keys=False;Pooling=False"));

    private static string CodeOf(ProcurementCategory category) => CatalogueDirectory.Shipped.All.First(i => i.Category == category).Code;

    [Fact]
    public void Upgrade_AddsUpEachPlansLinesPerCategoryOfTheirCodes()
    {
        var mixed = Guid.NewGuid().ToString().ToUpperInvariant();
        var services = Guid.NewGuid().ToString().ToUpperInvariant();
        using (var db = Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var upgrade = migrations.FindIndex(m => m.EndsWith("_PlanCategoryTotals", StringComparison.Ordinal));
            Assert.True(upgrade > 0, "The PlanCategoryTotals migration is missing.");
            db.GetService<IMigrator>().Migrate(migrations[upgrade - 1]);

            RoundsMigrationTests.Insert(db, "Plans", new() { ["Id"] = mixed, ["Number"] = "P-1", ["Status"] = "Filed", ["Total"] = 1_000_000L, ["CreatedUtc"] = "2026-03-01 01:00:00" });
            RoundsMigrationTests.Insert(db, "Plans", new() { ["Id"] = services, ["Number"] = "P-2", ["Status"] = "Draft", ["Total"] = 5_000L, ["CreatedUtc"] = "2026-03-01 01:00:00" });
            (string Plan, string Code, long Fen)[] lines =
            [
                (mixed, CodeOf(ProcurementCategory.Goods), 100_000), (mixed, $" {CodeOf(ProcurementCategory.Goods)} ", 200_000),
                (mixed, CodeOf(ProcurementCategory.Works), 300_000), (mixed, "Z99", 400_000),
                (services, CodeOf(ProcurementCategory.Services), 5_000),
            ];
            var number = 0;
            foreach (var (plan, code, fen) in lines)
            {
                RoundsMigrationTests.Insert(db, "PlanItems", new()
                {
                    ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["PlanId"] = plan, ["LineNumber"] = ++number, ["CatalogueCode"] = code, ["CatalogueName"] = "品目", ["Amount"] = fen,
                });
            }

            db.GetService<IMigrator>().Migrate();
        }

        using var check = Open();
        var rows = RoundsMigrationTests.Rows(check, "SELECT Number, GoodsTotal, WorksTotal, ServicesTotal FROM Plans ORDER BY Number");
        Assert.Equal(["P-1", 300_000L, 300_000L, 0L], rows[0]);
        Assert.Equal(["P-2", 0L, 0L, 5_000L], rows[1]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
