using GovProcurement.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// A store written before plans kept their filing time and lot results their bid count upgrades: each filed
/// plan takes the time of its Filed step, each lot result the number of bids in its ranking.
/// </summary>
public sealed class FiledTimeMigrationTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"filed-{Guid.NewGuid():N}.db");

    // Foreign keys off: the test writes only the two tables the backfill reads.
    private SqliteGovProcurementDbContext Open() => new(StoreOptions.ForSqlite<SqliteGovProcurementDbContext>($"Data Source={file};Foreign Keys=False;Pooling=False"));

    [Fact]
    public void Upgrade_GivesFiledPlansTheTimeOfTheirFilingStep_AndOthersNone()
    {
        var filed = Guid.NewGuid().ToString().ToUpperInvariant();
        var waiting = Guid.NewGuid().ToString().ToUpperInvariant();
        using (var db = Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var upgrade = migrations.FindIndex(m => m.EndsWith("_ProvinceScaleQueries", StringComparison.Ordinal));
            Assert.True(upgrade > 0, "The ProvinceScaleQueries migration is missing.");
            db.GetService<IMigrator>().Migrate(migrations[upgrade - 1]);

            foreach (var (id, number, status) in new[] { (filed, "P-1", "Filed"), (waiting, "P-2", "PendingFiling") })
            {
                RoundsMigrationTests.Insert(db, "Plans", new() { ["Id"] = id, ["Number"] = number, ["Status"] = status, ["CreatedUtc"] = "2026-03-01 01:00:00" });
            }

            (string Plan, string Action, string At)[] steps =
            [
                (filed, "Created", "2026-03-01 01:00:00"), (filed, "ApprovedAndSubmitted", "2026-03-02 02:00:00"), (filed, "Filed", "2026-03-05 03:30:00"),
                (waiting, "Created", "2026-03-01 01:00:00"), (waiting, "ApprovedAndSubmitted", "2026-03-02 02:00:00"),
            ];
            foreach (var (plan, action, at) in steps)
            {
                RoundsMigrationTests.Insert(db, "PlanEvents", new() { ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["PlanId"] = plan, ["Action"] = action, ["AtUtc"] = at });
            }

            db.GetService<IMigrator>().Migrate();
        }

        using var check = Open();
        var rows = RoundsMigrationTests.Rows(check, "SELECT Number, FiledUtc FROM Plans ORDER BY Number");
        Assert.Equal(["P-1", "2026-03-05 03:30:00"], rows[0]);
        Assert.Equal(["P-2", null], rows[1]);
    }

    [Fact]
    public void Upgrade_CountsTheBidsOfEachRecordedRanking()
    {
        using (var db = Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            db.GetService<IMigrator>().Migrate(migrations[migrations.FindIndex(m => m.EndsWith("_ProvinceScaleQueries", StringComparison.Ordinal)) - 1]);
            var project = Guid.NewGuid().ToString().ToUpperInvariant();
            string[] rankings = ["[]", "[{\"Rank\":1,\"SupplierName\":\"甲\"}]", "[{\"Rank\":1,\"SupplierName\":\"甲 {\\\"Rank\\\":\"},{\"Rank\":2},{\"Rank\":3}]"];
            for (var lot = 0; lot < rankings.Length; lot++)
            {
                RoundsMigrationTests.Insert(db, "LotResults", new()
                {
                    ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["ProjectId"] = project, ["Round"] = 1, ["LotNumber"] = lot + 1, ["RankingJson"] = rankings[lot],
                });
            }

            db.GetService<IMigrator>().Migrate();
        }

        using var check = Open();
        Assert.Equal([0L, 1L, 3L], RoundsMigrationTests.Rows(check, "SELECT RankedBids FROM LotResults ORDER BY LotNumber").Select(r => r[0]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
