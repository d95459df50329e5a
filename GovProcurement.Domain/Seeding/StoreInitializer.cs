using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Domain.Seeding;

/// <summary>At start-up: applies the provider's migrations, then the reference and (optionally) demo data.</summary>
public static class StoreInitializer
{
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging: readers (lists, the live routing panel) never wait for a writer (autosave).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        await provider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        if (provider.GetRequiredService<IConfiguration>().GetValue<bool>($"{DemoDataSeeder.Section}:Enabled"))
        {
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }
}
