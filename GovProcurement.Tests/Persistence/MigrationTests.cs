using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovProcurement.Tests.Persistence;

/// <summary>Every provider's migrations are current, and the SQL Server path is proven without a server.</summary>
public class MigrationTests
{
    private static SqliteGovProcurementDbContext Sqlite() => new SqliteDesignTimeFactory().CreateDbContext([]);

    private static SqlServerGovProcurementDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void SqliteMigrations_CoverTheModel()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add for SqliteGovProcurementDbContext.");
    }

    [Fact]
    public void SqlServerMigrations_CoverTheModel()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add for SqlServerGovProcurementDbContext.");
    }

    [Fact]
    public void PostgreSqlMigrations_CoverTheModel()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add for PostgreSqlGovProcurementDbContext.");
    }

    [Fact]
    public void PostgreSqlIndexFilters_QuoteIdentifiersTheirOwnWay()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var filters = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetFilter()).OfType<string>().ToList();
        Assert.Contains("\"Status\" = 'Sealed'", filters);
        Assert.DoesNotContain(filters, f => f.Contains('['));
    }

    [Fact]
    public void SqlServerScript_IsGenerated_WithItsOwnTypes()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains("CREATE TABLE [Organizations]", script);
        Assert.Contains("CREATE TABLE [AuditEntries]", script);
        Assert.Contains("[Version] bigint NOT NULL", script);
        Assert.Contains("nvarchar(200)", script);
        Assert.DoesNotContain("TEXT", script);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sqlserver-migrations.sql"), script);
    }

    [Fact]
    public void SqlServerCreateScript_MatchesTheMigrationsTables()
    {
        using var db = SqlServer();
        var create = db.Database.GenerateCreateScript();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct();
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", create));
    }

    [Fact]
    public void NoTable_HasMultipleCascadePaths_ForSqlServer()
    {
        using var db = SqlServer();
        var model = db.Model;
        foreach (var entity in model.GetEntityTypes())
        {
            var roots = new List<IEntityType>();
            CollectCascadeRoots(entity, roots, []);
            var duplicated = roots.GroupBy(r => r.GetTableName()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicated.Count == 0, $"{entity.GetTableName()} is reached by several cascade paths from {string.Join(", ", duplicated)} (SQL Server error 1785).");
        }
    }

    // Every principal table whose delete cascades down to this one, once per path.
    private static void CollectCascadeRoots(IEntityType entity, List<IEntityType> roots, HashSet<IEntityType> path)
    {
        if (!path.Add(entity))
        {
            return;
        }

        foreach (var fk in entity.GetForeignKeys().Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && fk.PrincipalEntityType.GetTableName() != entity.GetTableName()))
        {
            roots.Add(fk.PrincipalEntityType);
            CollectCascadeRoots(fk.PrincipalEntityType, roots, [.. path]);
        }
    }
}
