using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GovProcurement.Domain.Persistence;

/// <summary>The embedded default store. Migrations: Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteGovProcurementDbContext(DbContextOptions<SqliteGovProcurementDbContext> options)
    : GovProcurementDbContext(options);

/// <summary>The production store. Migrations: Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerGovProcurementDbContext(DbContextOptions<SqlServerGovProcurementDbContext> options)
    : GovProcurementDbContext(options);

/// <summary>PostgreSQL and its compatible domestic databases. Migrations: Persistence/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlGovProcurementDbContext(DbContextOptions<PostgreSqlGovProcurementDbContext> options)
    : GovProcurementDbContext(options);

/// <summary>Design-time factory used by <c>dotnet ef</c> for the SQLite migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovProcurementDbContext>
{
    public SqliteGovProcurementDbContext CreateDbContext(string[] args) =>
        new(StoreOptions.ForSqlite<SqliteGovProcurementDbContext>("Data Source=design-time.db"));
}

/// <summary>Design-time factory used by <c>dotnet ef</c> for the SQL Server migrations; needs no server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovProcurementDbContext>
{
    public SqlServerGovProcurementDbContext CreateDbContext(string[] args) =>
        new(StoreOptions.ForSqlServer<SqlServerGovProcurementDbContext>("Server=design-time;Database=GovProcurement;Trusted_Connection=True;TrustServerCertificate=True"));
}

/// <summary>Design-time factory used by <c>dotnet ef</c> for the PostgreSQL migrations; needs no server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGovProcurementDbContext>
{
    public PostgreSqlGovProcurementDbContext CreateDbContext(string[] args) =>
        new(StoreOptions.ForPostgreSql<PostgreSqlGovProcurementDbContext>("Host=design-time;Database=govprocurement"));
}
