using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Audit;

/// <summary>
/// Seals a legacy (unkeyed) chain at start, then writes a checkpoint at start, every
/// <see cref="AuditOptions.CheckpointInterval"/> and on shutdown.
/// </summary>
public sealed class AuditCheckpointService(AuditLog audit, AuditCheckpoints checkpoints, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await audit.SealLegacyChainAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        do
        {
            await WriteAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken ct)
    {
        try
        {
            await checkpoints.WriteAsync(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // A checkpoint that cannot be written must not stop the portal; the next tick tries again.
            logger.LogError(e, "Could not write the audit checkpoint to {Path}", checkpoints.FilePath);
        }
    }
}
