using GovProcurement.Domain.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// The platform's clock for online bidding: at start and then every <see cref="Interval"/> (on the
/// store's <see cref="TimeProvider"/>), it takes every decision that is due
/// (<see cref="OnlineBiddings.DecideDueAsync"/>), whether or not any page is open. It keeps no state
/// of its own: after a restart the first run decides what closed while the portal was down, and a
/// bidding already decided is never decided again.
/// </summary>
public sealed class BiddingCloseService(OnlineBiddings biddings, TimeProvider time, ILogger<BiddingCloseService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await RunAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var taken = await biddings.DecideDueAsync(ct);
            if (taken > 0)
            {
                logger.LogInformation("Took {Count} online bidding decisions", taken);
            }
        }
        catch (Exception e) when (e is DomainException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // One failed run must not stop the clock; the next tick finds the same due biddings.
            logger.LogError(e, "Online bidding decisions failed; retried at the next tick");
        }
    }
}
