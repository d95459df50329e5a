using GovProcurement.Domain.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// The platform's clock for reverse auctions, whether or not any page is open: it takes what is due
/// (<see cref="ReverseAuctions.TakeDueAsync"/>), reads from the store when the next start or end
/// falls (<see cref="ReverseAuctions.NextDueAsync"/>) and waits until then, or until an auction
/// signal (a posting, a bid that moved an end, another instance's close) says the schedule may have
/// changed. It keeps no state of its own: started again, its first run takes what fell due meanwhile,
/// and the use case never opens or closes an auction twice. A wait is never longer than
/// <see cref="LongestWait"/>, so a signal lost between instances delays a close by that much at worst.
/// </summary>
public sealed class AuctionClock(ReverseAuctions auctions, ILiveSignals signals, TimeProvider time, ILogger<AuctionClock> logger) : BackgroundService
{
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    /// <summary>After a failed run, the clock waits this long before trying again instead of spinning.</summary>
    public static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = signals.Subscribe(ReverseAuctions.Topic, _ => Wake());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await RunAsync(stoppingToken);
            if (wait > TimeSpan.Zero)
            {
                await WaitAsync(wait, stoppingToken);
            }
        }
    }

    private void Wake()
    {
        // One pending wake-up is enough: the run after it reads the whole schedule.
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>Takes what is due and returns how long to wait for the next due moment.</summary>
    private async Task<TimeSpan> RunAsync(CancellationToken ct)
    {
        try
        {
            var taken = await auctions.TakeDueAsync(ct);
            if (taken > 0)
            {
                logger.LogInformation("Opened or closed {Count} reverse auctions", taken);
            }

            var next = await auctions.NextDueAsync(ct);
            var wait = next is { } due ? due - time.UtcNow() : LongestWait;
            return wait < LongestWait ? wait : LongestWait;
        }
        catch (Exception e) when (e is DomainException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            logger.LogError(e, "Reverse auction clock run failed; trying again shortly");
            return AfterFailure;
        }
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, time, done.Token);
        var woken = wake.WaitAsync(done.Token);
        try
        {
            await Task.WhenAny(delay, woken);
        }
        finally
        {
            await done.CancelAsync();
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
