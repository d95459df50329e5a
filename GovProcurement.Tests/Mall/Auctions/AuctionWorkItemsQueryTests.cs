using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>A supplier's to-do list judges every open auction it may join in the same few queries, however many are open.</summary>
public sealed class AuctionWorkItemsQueryTests : ProjectScenarioTest
{
    [Fact]
    public async Task Twelve_open_auctions_to_join_are_judged_in_as_many_queries_as_two_and_each_is_listed()
    {
        var auctions = new AuctionScenario(Store.Services, Scenario, Time);
        var supplier = await auctions.SupplierAsync(2);
        var open = await OpenAsync(auctions, 12);
        var twelve = await CountAsync(supplier);

        // The supplier bids on ten of them: two are left to join.
        foreach (var id in open.Take(10))
        {
            await auctions.Auctions.BidAsync(id, new BidForm(39_000m), supplier);
        }

        var two = await CountAsync(supplier);

        Assert.Equal(12, twelve.Joinable);
        Assert.Equal(2, two.Joinable);
        Assert.Equal(two.Commands, twelve.Commands);
        Assert.InRange(twelve.Commands, 1, 20);
    }

    /// <summary>Posts the auctions (each from its own filed plan) and lets the clock open them.</summary>
    private async Task<List<Guid>> OpenAsync(AuctionScenario auctions, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await auctions.PostedAsync(await auctions.Mall.FiledPlanAsync())).Id);
        }

        Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(count, await auctions.Auctions.TakeDueAsync());
        return ids;
    }

    private async Task<(int Joinable, int Commands)> CountAsync(Actor supplier)
    {
        await using var db = Store.Db();
        using var counter = new CommandCounter(db);
        var counts = await Store.Get<Worklist>().CountsAsync(db, supplier);
        return (counts.ByKind.GetValueOrDefault(WorkKind.JoinAuction), counter.Commands.Count);
    }
}
