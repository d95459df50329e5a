using GovProcurement.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovProcurement.Tests.Persistence;

/// <summary>A store written before rounds were rows upgrades: each project's current round becomes its round row.</summary>
public sealed class RoundsMigrationTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"rounds-{Guid.NewGuid():N}.db");

    // Foreign keys off: the test writes only the two tables the data move reads.
    private SqliteGovProcurementDbContext Open() => new(StoreOptions.ForSqlite<SqliteGovProcurementDbContext>($"Data Source={file};Foreign Keys=False;Pooling=False"));

    [Fact]
    public void Upgrade_MovesTheCurrentRoundsFields_IntoItsRoundRow()
    {
        var projectId = Guid.NewGuid();
        var fileId = Guid.NewGuid();
        using (var db = Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var rounds = migrations.FindIndex(m => m.EndsWith("_ProcurementRounds", StringComparison.Ordinal));
            Assert.True(rounds > 0, "The ProcurementRounds migration is missing.");
            db.GetService<IMigrator>().Migrate(migrations[rounds - 1]);

            Insert(db, "Projects", new()
            {
                ["Id"] = projectId.ToString().ToUpperInvariant(), ["Round"] = 2, ["Method"] = "CompetitiveNegotiation", ["Scoring"] = "Comprehensive",
                ["DocumentsFileId"] = fileId.ToString().ToUpperInvariant(), ["AnnouncedUtc"] = "2026-11-20 02:00:00", ["DocumentsUntil"] = "2026-11-25",
                ["DeadlineUtc"] = "2026-11-30 02:00:00", ["OpenedUtc"] = "2026-11-30 02:05:00", ["EvaluatedUtc"] = null, ["CreatedUtc"] = "2026-11-01 01:00:00",
            });
            Insert(db, "ProjectEvents", new()
            {
                ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["ProjectId"] = projectId.ToString().ToUpperInvariant(),
                ["Action"] = "MethodChangeApproved", ["AtUtc"] = "2026-11-15 03:00:00",
            });

            db.GetService<IMigrator>().Migrate();
        }

        using var check = Open();
        var row = Rows(check, "SELECT ProjectId, Number, Method, Scoring, DocumentsFileId, AnnouncedUtc, DocumentsUntil, DeadlineUtc, OpenedUtc, EvaluatedUtc, StartedUtc, EndedUtc FROM ProcurementRounds").Single();
        Assert.Equal(projectId.ToString().ToUpperInvariant(), row[0]);
        Assert.Equal(2L, row[1]);
        Assert.Equal("CompetitiveNegotiation", row[2]);
        Assert.Equal("Comprehensive", row[3]);
        Assert.Equal(fileId.ToString().ToUpperInvariant(), row[4]);
        Assert.Equal(["2026-11-20 02:00:00", "2026-11-25", "2026-11-30 02:00:00", "2026-11-30 02:05:00", null], row[5..10]);
        Assert.Equal("2026-11-15 03:00:00", row[10]);
        Assert.Null(row[11]);
        var projectColumns = Rows(check, "SELECT name FROM pragma_table_info('Projects')").Select(r => (string)r[0]!).ToList();
        Assert.DoesNotContain("DeadlineUtc", projectColumns);
        Assert.Contains("Round", projectColumns);
    }

    [Fact]
    public void Upgrade_StartsTheFirstRound_AtTheEntrustment_WhenTheMethodNeverChanged()
    {
        using (var db = Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            db.GetService<IMigrator>().Migrate(migrations[migrations.FindIndex(m => m.EndsWith("_ProcurementRounds", StringComparison.Ordinal)) - 1]);
            Insert(db, "Projects", new()
            {
                ["Id"] = Guid.NewGuid().ToString().ToUpperInvariant(), ["Round"] = 1, ["Method"] = "PublicTender", ["Scoring"] = "LowestEvaluatedPrice",
                ["CreatedUtc"] = "2026-11-01 01:00:00",
            });
            db.GetService<IMigrator>().Migrate();
        }

        using var check = Open();
        var row = Rows(check, "SELECT Number, StartedUtc, DeadlineUtc FROM ProcurementRounds").Single();
        Assert.Equal([1L, "2026-11-01 01:00:00", null], row);
    }

    /// <summary>Writes a row, giving every other required column a neutral value.</summary>
    internal static void Insert(DbContext db, string table, Dictionary<string, object?> values)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        foreach (var column in Rows(db, $"SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('{table}')"))
        {
            var name = (string)column[0]!;
            if (!values.ContainsKey(name) && (long)column[2]! == 1 && column[3] is null)
            {
                values[name] = ((string)column[1]!).Equals("INTEGER", StringComparison.OrdinalIgnoreCase) ? 0 : "";
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "@" + k))})";
        foreach (var (key, value) in values)
        {
            command.Parameters.Add(new SqliteParameter("@" + key, value ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    internal static List<object?[]> Rows(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
