using GovProcurement.Domain.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// The platform's clock for direct purchases: at start and every <see cref="Interval"/> (on the store's
/// <see cref="TimeProvider"/>) it lapses each placed order whose confirmation period has run out
/// (<see cref="MallOrders.LapseDueAsync"/>). It keeps no state: after a restart the first run lapses what
/// ran out meanwhile, and an order already lapsed is not due again.
/// </summary>
public sealed class OrderLapseService(MallOrders orders, TimeProvider time, ILogger<OrderLapseService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var taken = await orders.LapseDueAsync(stoppingToken);
                if (taken > 0)
                {
                    logger.LogInformation("Lapsed {Count} unconfirmed e-mall orders", taken);
                }
            }
            catch (Exception e) when (e is DomainException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                logger.LogError(e, "Lapsing e-mall orders failed; retried at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
