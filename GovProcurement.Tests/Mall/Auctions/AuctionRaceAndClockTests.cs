using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>
/// The last bid raced by several suppliers (on PostgreSQL with GP_TEST_POSTGRES the writers really
/// overlap), and the platform's clock: started, stopped during an auction, started again as a new
/// host over the same store, it closes the auction once at its end with every accepted bid.
/// </summary>
public sealed class AuctionRaceAndClockTests : ProjectScenarioTest
{
    /// <summary>How long a test waits for the clock's signal before it fails; the fake clock decides when, this only bounds a broken run.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private AuctionScenario scenario = default!;

    protected override Task ArrangeAsync()
    {
        scenario = new AuctionScenario(Store.Services, Scenario, Time);
        return Task.CompletedTask;
    }

    private async Task<ReverseAuction> ReloadAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.ReverseAuctions.AsNoTracking().Include(a => a.Bids).SingleAsync(a => a.Id == id);
    }

    [Fact]
    public async Task Of_three_suppliers_racing_for_the_same_last_lowest_price_exactly_one_is_accepted()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await scenario.PostedAsync(plan);
        Time.Advance(TimeSpan.FromHours(24));
        await scenario.Auctions.TakeDueAsync();
        await scenario.BidAsync(auction, (0, 39_000m));
        var racers = new[] { await scenario.SupplierAsync(0), await scenario.SupplierAsync(1), await scenario.SupplierAsync(2) };
        Time.Advance(TimeSpan.FromMinutes(58));

        using var start = new ManualResetEventSlim();
        var tasks = racers.Select(actor => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await scenario.Auctions.BidAsync(auction.Id, new BidForm(38_900m), actor);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(tasks);

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<Exception>(), e => Assert.IsType<FluentValidation.ValidationException>(e));
        var saved = await ReloadAsync(auction.Id);
        Assert.Equal((2, Money.FromYuan(38_900m), 1), (saved.BidCount, saved.LowestPrice!.Value, saved.Extensions));
        Assert.Equal(saved.ScheduledClosesUtc.AddMinutes(5), saved.ClosesUtc);
    }

    [Fact]
    public async Task A_clock_stopped_during_the_auction_and_a_new_one_started_close_it_once_at_its_end_with_every_bid()
    {
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var signals = Store.Get<ILiveSignals>();
        using var changed = new SemaphoreSlim(0);
        using var subscription = signals.Subscribe(ReverseAuctions.Topic, _ => changed.Release());
        var auction = await scenario.PostedAsync(plan);

        var first = ActivatorUtilities.CreateInstance<AuctionClock>(Store.Services);
        await first.StartAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(24));
        await UntilAsync(auction.Id, a => a.Status == AuctionStatus.Open, changed);
        await scenario.BidAsync(auction, (0, 39_000m), (1, 38_000m));
        await first.StopAsync(CancellationToken.None);
        first.Dispose();

        // The host is down: a bid in the trigger window still moves the end, and nothing closes.
        Time.Advance(TimeSpan.FromMinutes(57));
        await scenario.BidAsync(auction, (2, 37_000m));

        // A new host: new use cases over the same store, with nothing but the stored state to go by.
        var auctions = ActivatorUtilities.CreateInstance<ReverseAuctions>(Store.Services);
        var second = ActivatorUtilities.CreateInstance<AuctionClock>(Store.Services, auctions);
        await second.StartAsync(CancellationToken.None);
        var moved = await ReloadAsync(auction.Id);
        Assert.Equal((AuctionStatus.Open, moved.ScheduledClosesUtc.AddMinutes(5)), (moved.Status, moved.ClosesUtc));

        Time.Advance(moved.ClosesUtc - scenario.Now);
        var closed = await UntilAsync(auction.Id, a => a.IsClosed, changed);
        await second.StopAsync(CancellationToken.None);
        second.Dispose();

        Assert.Equal((AuctionStatus.Awarded, 3, moved.ClosesUtc), (closed.Status, closed.Bids.Count, closed.ClosedUtc!.Value));
        Assert.Equal(0, await auctions.TakeDueAsync());
        await using var db = Store.Db();
        Assert.Equal(1, await db.MallOrders.CountAsync(o => o.SourceId == auction.Id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.AuctionClosed));
    }

    /// <summary>Reads the auction at each auction signal until it satisfies the condition; the clock signals every step it takes.</summary>
    private async Task<ReverseAuction> UntilAsync(Guid id, Func<ReverseAuction, bool> condition, SemaphoreSlim changed)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var auction = await ReloadAsync(id);
            if (condition(auction))
            {
                return auction;
            }

            await changed.WaitAsync(patience.Token);
        }
    }
}
