using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Domain.Persistence;

/// <summary>
/// Chooses the provider from configuration (<c>Database:Provider</c>: Sqlite, the default,
/// SqlServer or PostgreSql) and registers a context factory for short-lived contexts, one per operation.
/// </summary>
public static class StoreRegistration
{
    public const string DefaultSqliteFile = "App_Data/govprocurement.db";

    public static StoreProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<StoreProvider>(configuration["Database:Provider"], ignoreCase: true, out var p) ? p : StoreProvider.Sqlite;

    /// <summary>
    /// The connection string: <c>ConnectionStrings:SqlServer</c> or <c>ConnectionStrings:PostgreSql</c>
    /// for those servers (required), or
    /// <c>ConnectionStrings:Sqlite</c>, by default a file under the content root's App_Data folder.
    /// </summary>
    public static string ConnectionStringFrom(IConfiguration configuration, StoreProvider provider, string contentRoot)
    {
        if (provider is StoreProvider.SqlServer or StoreProvider.PostgreSql)
        {
            return configuration.GetConnectionString(provider.ToString())
                ?? throw new InvalidOperationException($"Database:Provider is {provider} but ConnectionStrings:{provider} is not set.");
        }

        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var path = Path.Combine(contentRoot, DefaultSqliteFile);
        Common.OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path}";
    }

    public static IServiceCollection AddGovProcurementStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionStringFrom(configuration, provider, contentRoot);
        switch (provider)
        {
            case StoreProvider.SqlServer:
                Register<SqlServerGovProcurementDbContext>(services, provider, connectionString);
                break;
            case StoreProvider.PostgreSql:
                Register<PostgreSqlGovProcurementDbContext>(services, provider, connectionString);
                break;
            default:
                Register<SqliteGovProcurementDbContext>(services, provider, connectionString);
                break;
        }

        // Identity's stores take a scoped context; everything else asks the factory for its own.
        services.AddScoped<GovProcurementDbContext>(sp => sp.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext());
        return services;
    }

    private static void Register<T>(IServiceCollection services, StoreProvider provider, string connectionString)
        where T : GovProcurementDbContext
    {
        services.AddDbContextFactory<T>(o => StoreOptions.Configure(o, provider, connectionString));
        services.AddSingleton<IDbContextFactory<GovProcurementDbContext>, StoreFactory<T>>();
    }

    private sealed class StoreFactory<T>(IDbContextFactory<T> inner) : IDbContextFactory<GovProcurementDbContext>
        where T : GovProcurementDbContext
    {
        public GovProcurementDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
