using System.Globalization;
using System.Text.Json;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Audit;

/// <summary>A signed statement, kept outside the database, that the log had this many entries ending in this hash.</summary>
public sealed record AuditCheckpoint(long Count, string Head, DateTime WrittenUtc, string KeyId, string Mac)
{
    internal string Canonical() => string.Join('\u001f', "audit-checkpoint-v1", Count.ToString(CultureInfo.InvariantCulture), Head,
        DateTime.SpecifyKind(WrittenUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture), KeyId);
}

/// <summary>The checkpoints on file, oldest first, and the first line whose signature failed, if any.</summary>
public sealed record AuditCheckpointFile(IReadOnlyList<AuditCheckpoint> Checkpoints, int? FirstForgedLine)
{
    public AuditCheckpoint? Last => Checkpoints.Count == 0 ? null : Checkpoints[^1];
}

/// <summary>
/// Anchors the audit chain outside the database: appends signed checkpoints (entry count, head
/// hash, time) to <c>checkpoints.jsonl</c> in the checkpoint folder and writes each to the log, so
/// that a truncated or rewritten chain no longer matches what was witnessed.
/// </summary>
public sealed class AuditCheckpoints(IDbContextFactory<GovProcurementDbContext> store, AuditKeyRing keys, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditCheckpoints> logger)
{
    public const string FileName = "checkpoints.jsonl";
    private static readonly SemaphoreSlim WriteGate = new(1, 1);

    public string FilePath => Path.Combine(options.Value.CheckpointFolder, FileName);

    /// <summary>Writes a checkpoint of the current head, unless the last one already says the same.</summary>
    public async Task<AuditCheckpoint?> WriteAsync(CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        await WriteGate.WaitAsync(ct);
        try
        {
            if (Read().Last is { } last && last.Count == head.Sequence && last.Head == head.Hash)
            {
                return last;
            }

            var unsigned = new AuditCheckpoint(head.Sequence, head.Hash, time.UtcNow(), keys.CurrentKeyId, "");
            var checkpoint = unsigned with { Mac = keys.Sign(unsigned.KeyId, unsigned.Canonical())! };
            OwnerOnlyFiles.AppendLine(FilePath, JsonSerializer.Serialize(checkpoint));
            logger.LogInformation("Audit checkpoint: {Count} entries, head {Head}, at {WrittenUtc:O}, key {KeyId}, signature {Mac}",
                checkpoint.Count, checkpoint.Head, checkpoint.WrittenUtc, checkpoint.KeyId, checkpoint.Mac);
            return checkpoint;
        }
        finally
        {
            WriteGate.Release();
        }
    }

    /// <summary>Reads the checkpoint file; a line that does not parse or whose signature fails is reported, not trusted.</summary>
    public AuditCheckpointFile Read()
    {
        if (!File.Exists(FilePath))
        {
            return new([], null);
        }

        var valid = new List<AuditCheckpoint>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var checkpoint = Parse(line);
            if (checkpoint is null || !keys.Verify(checkpoint.KeyId, checkpoint.Canonical(), checkpoint.Mac))
            {
                return new(valid, lineNumber);
            }

            valid.Add(checkpoint);
        }

        return new(valid, null);
    }

    private static AuditCheckpoint? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
