using GovProcurement.Domain.Common;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// The platform's clock for online bidding: every <see cref="Interval"/> it takes every decision that
/// is due (<see cref="OnlineBiddings.DecideDueAsync"/>); a bidding already decided is never decided again.
/// </summary>
public sealed class BiddingCloseService(OnlineBiddings biddings, TimeProvider time, ILogger<BiddingCloseService> logger) : DueWorkService(time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override TimeSpan Interval => Every;

    protected override string Work => "online bidding decisions";

    protected override Task<int> TakeDueAsync(CancellationToken ct) => biddings.DecideDueAsync(ct);
}
