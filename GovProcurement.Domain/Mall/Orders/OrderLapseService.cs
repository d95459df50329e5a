using GovProcurement.Domain.Common;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// The platform's clock for direct purchases: every <see cref="Interval"/> it lapses each placed order
/// whose confirmation period has run out (<see cref="MallOrders.LapseDueAsync"/>); an order already
/// lapsed is not due again.
/// </summary>
public sealed class OrderLapseService(MallOrders orders, TimeProvider time, ILogger<OrderLapseService> logger) : DueWorkService(time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(60);

    protected override TimeSpan Interval => Every;

    protected override string Work => "lapses of unconfirmed e-mall orders";

    protected override Task<int> TakeDueAsync(CancellationToken ct) => orders.LapseDueAsync(ct);
}
