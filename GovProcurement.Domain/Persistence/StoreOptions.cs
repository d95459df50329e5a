using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Persistence;

public enum StoreProvider
{
    Sqlite,
    SqlServer,

    /// <summary>PostgreSQL, and the PostgreSQL-compatible domestic databases (KingbaseES, openGauss, HighGo).</summary>
    PostgreSql,
}

/// <summary>Builds the provider-specific options; migrations live beside each provider's context.</summary>
public static class StoreOptions
{
    public static DbContextOptions<T> ForSqlite<T>(string connectionString) where T : DbContext =>
        (DbContextOptions<T>)Configure(new DbContextOptionsBuilder<T>(), StoreProvider.Sqlite, connectionString).Options;

    public static DbContextOptions<T> ForSqlServer<T>(string connectionString) where T : DbContext =>
        (DbContextOptions<T>)Configure(new DbContextOptionsBuilder<T>(), StoreProvider.SqlServer, connectionString).Options;

    public static DbContextOptions<T> ForPostgreSql<T>(string connectionString) where T : DbContext =>
        (DbContextOptions<T>)Configure(new DbContextOptionsBuilder<T>(), StoreProvider.PostgreSql, connectionString).Options;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, StoreProvider provider, string connectionString)
    {
        _ = provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(StoreOptions).Assembly.FullName)).AddInterceptors(SqliteReadSettings.Instance),
            StoreProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(typeof(StoreOptions).Assembly.FullName)),
            StoreProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(StoreOptions).Assembly.FullName)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return builder;
    }
}
