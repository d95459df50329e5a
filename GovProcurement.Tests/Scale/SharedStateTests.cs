using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Persistence;
using GovProcurement.Portal.Exports;
using GovProcurement.Portal.Scale;
using GovProcurement.Tests.Exports;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Scale;

/// <summary>
/// Two instances in one test process, on one store: what one does to shared state the other sees.
/// The distributed cache and the live signals that Redis carries between real instances are shared
/// here in memory (scripts/two-instances.sh and <see cref="TwoInstancesTests"/> run them on Redis).
/// </summary>
public class SharedStateTests
{
    [Fact]
    public async Task A_session_ended_on_one_instance_is_refused_and_told_on_the_other_at_once()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var signals = new InProcessLiveSignals();
        using var a = Instance(store, cache, signals);
        using var b = Instance(store, cache, signals);
        var told = new List<string>();
        b.StampChanged += told.Add;
        var (id, stamp) = await AccountAsync(store, "jmggzy");
        Assert.True(await a.IsCurrentAsync(id, stamp));
        Assert.True(await b.IsCurrentAsync(id, stamp)); // both now answer from the cache

        await using (var db = store.Db())
        {
            (await db.Users.SingleAsync(u => u.Id == id)).SecurityStamp = Guid.NewGuid().ToString("N"); // as sign-out does
            await db.SaveChangesAsync();
        }

        a.Changed(id);

        Assert.Equal([id], told);
        Assert.False(await b.IsCurrentAsync(id, stamp));
        Assert.True(await b.IsCurrentAsync(id, (await AccountAsync(store, "jmggzy")).Stamp));
    }

    [Fact]
    public async Task Starting_and_stopping_one_instance_leaves_the_export_another_is_running()
    {
        await using var hosts = new ExportHosts();
        var writer = new BlockingExportWriter();
        await using var a = hosts.Start(new() { ["Portal:InstanceName"] = "a" }, writer);
        var job = await a.Get<ExportQueue>().EnqueueAsync("440700cz", ExportKind.FilingRegister, "备案登记表", "备案登记表.xlsx", ExportFilters.None);
        await writer.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await using (var b = hosts.Start(new() { ["Portal:InstanceName"] = "b" }))
        {
            b.Get<ExportQueue>(); // started: b interrupts its own jobs and cleans the shared folder
            Assert.Equal(ExportJobStatus.Running, (await StatusAsync(b, job.Id)));
            Assert.Contains(job.PartialName, hosts.Files);
        }

        Assert.Equal(ExportJobStatus.Running, await StatusAsync(a, job.Id)); // b's shutdown failed only its own
        writer.Release.TrySetResult();
        var done = await ExportHosts.WaitForAsync(a, job.Id, job.Owner, j => !j.IsActive);
        Assert.Equal(ExportJobStatus.Done, done.Status);
        Assert.Equal("a", done.Runner);
    }

    [Theory]
    [InlineData(null, typeof(MemoryDistributedCache), typeof(InProcessLiveSignals))]
    [InlineData("127.0.0.1:56379", typeof(Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache), typeof(RedisLiveSignals))]
    public void Redis_takes_the_cache_and_the_live_signals_only_when_configured(string? redis, Type cache, Type signals)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Redis:Configuration"] = redis }).Build();
        var services = new ServiceCollection().AddLogging().AddDistributedMemoryCache().AddSingleton<ILiveSignals, InProcessLiveSignals>();

        services.AddMultiInstance(configuration);

        using var provider = services.BuildServiceProvider();
        Assert.IsType(cache, provider.GetRequiredService<IDistributedCache>(), exactMatch: false);
        Assert.IsType(signals, provider.GetRequiredService<ILiveSignals>());
    }

    private static AccountSessions Instance(TestStore store, IDistributedCache cache, ILiveSignals signals) =>
        new(store.Get<IDbContextFactory<GovProcurementDbContext>>(), Options.Create(new SecurityPolicy()), cache, signals, NullLogger<AccountSessions>.Instance);

    private static async Task<(string Id, string Stamp)> AccountAsync(TestStore store, string userName)
    {
        await using var db = store.Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.Id, user.SecurityStamp!);
    }

    private static async Task<ExportJobStatus> StatusAsync(PortalHost host, Guid id)
    {
        await using var db = host.Get<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();
        return await db.ExportJobs.Where(j => j.Id == id).Select(j => j.Status).SingleAsync();
    }
}
