using GovProcurement.Domain.Common;
using Microsoft.Extensions.Logging;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>
/// The platform's clock for framework agreements: every <see cref="Every"/> it decides each second
/// competition whose window has closed (<see cref="FrameworkCallOffs.DecideDueAsync"/>) and expires
/// each agreement whose term has ended (<see cref="FrameworkAgreements.ExpireDueAsync"/>).
/// </summary>
public sealed class FrameworkClockService(FrameworkCallOffs callOffs, FrameworkAgreements agreements, TimeProvider time, ILogger<FrameworkClockService> logger) : DueWorkService(time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override TimeSpan Interval => Every;

    protected override string Work => "framework second-competition decisions and agreement expiries";

    protected override async Task<int> TakeDueAsync(CancellationToken ct) => await callOffs.DecideDueAsync(ct) + await agreements.ExpireDueAsync(ct);
}
