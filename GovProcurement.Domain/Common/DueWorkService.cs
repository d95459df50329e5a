using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Common;

/// <summary>
/// A platform clock: at start and then every <see cref="Interval"/> (on the store's
/// <see cref="TimeProvider"/>), it takes the work that is due (<see cref="TakeDueAsync"/>), whether
/// or not any page is open. It keeps no state of its own: after a restart the first run takes what
/// fell due while the portal was down, and the work itself never takes the same step twice.
/// </summary>
public abstract class DueWorkService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>How often the due work is looked for.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the work is, for the log ("online bidding decisions").</summary>
    protected abstract string Work { get; }

    /// <summary>Takes every step that is due now; returns how many were taken.</summary>
    protected abstract Task<int> TakeDueAsync(CancellationToken ct);

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
            var taken = await TakeDueAsync(ct);
            if (taken > 0)
            {
                logger.LogInformation("Took {Count} {Work}", taken, Work);
            }
        }
        catch (Exception e) when (e is DomainException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // One failed run must not stop the clock; the next tick finds the same due work.
            logger.LogError(e, "{Work} failed; retried at the next tick", Work);
        }
    }
}
