using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Audit;

/// <summary>Appends to, pages through and verifies the keyed, checkpointed audit log.</summary>
public sealed class AuditLog(IDbContextFactory<GovProcurementDbContext> store, AuditKeyRing keys, AuditCheckpoints checkpoints, TimeProvider time)
{
    // Appends are serialised in-process so that each entry links to the one before it; across
    // processes the unique sequence number makes a concurrent append fail, and it is chained again.
    private static readonly SemaphoreSlim AppendGate = new(1, 1);

    private const int MaxAppendAttempts = 3;

    public async Task AppendAsync(AuditEventType type, string actor, string? subject, string detail, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        await SaveWithAsync(db, [new AuditRecord(type, actor, subject, detail)], cancellationToken);
    }

    /// <summary>
    /// Saves the pending changes of <paramref name="db"/> together with audit entries for them,
    /// in one transaction: either both are stored or neither.
    /// </summary>
    public async Task SaveWithAsync(GovProcurementDbContext db, IEnumerable<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        var pending = records.ToList();
        await AppendGate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var added = await ChainAsync(db, pending, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxAppendAttempts)
                {
                    // Another instance took the same sequence number first: chain again after its entry.
                    added.ForEach(entry => db.Entry(entry).State = EntityState.Detached);
                }
            }
        }
        finally
        {
            AppendGate.Release();
        }
    }

    /// <summary>
    /// Seals a log whose head is an unkeyed (pre-HMAC) entry with an <see cref="AuditEventType.AuditChainKeyed"/>
    /// entry; called at start so that no unkeyed tail is ever left behind. Does nothing otherwise.
    /// </summary>
    public async Task SealLegacyChainAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        await SaveWithAsync(db, [], cancellationToken);
    }

    private async Task<List<AuditEntry>> ChainAsync(GovProcurementDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash, e.KeyId })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditEntry.GenesisHash;
        var now = time.UtcNow();
        var chained = last is { KeyId: null } ? records.Prepend(LegacySeal(last.Sequence, last.Hash)) : records;
        var added = new List<AuditEntry>();
        foreach (var record in chained)
        {
            var entry = new AuditEntry(++sequence, now, record, previous, keys);
            db.AuditEntries.Add(entry);
            added.Add(entry);
            previous = entry.Hash;
        }

        return added;
    }

    private static AuditRecord LegacySeal(long count, string head) =>
        new(AuditEventType.AuditChainKeyed, "system", null, $"此前 {count} 条记录为未加密钥的 SHA-256 链，末条哈希 {head}；自本条起以 HMAC-SHA-256 签名。");

    /// <summary>The newest entries first, one page at a time; entries withheld until an opening that has not happened are masked.</summary>
    public async Task<Page<AuditLine>> PageAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var opened = db.Projects.WhereCurrentRound(r => r.OpenedUtc != null);
        var items = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Skip(skip).Take(Math.Clamp(take, 1, 200))
            .Select(e => new
            {
                Entry = e,
                Sealed = e.WithheldUntilOpeningOf != null && !opened.Any(p => p.Id == e.WithheldUntilOpeningOf),
            })
            .ToListAsync(cancellationToken);
        return new Page<AuditLine>(items.Select(x => AuditLine.Of(x.Entry, x.Sealed)).ToList(), total);
    }

    /// <summary>Checks every entry's signature and link in order, then the chain against the last checkpoint on file.</summary>
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var witnessed = checkpoints.Read();
        var verifier = new AuditChainVerifier(keys, witnessed.Checkpoints.Select(c => c.Count));
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        const int pageSize = 2000;
        long after = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(pageSize).ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                verifier.Accept(entry);
            }

            if (verifier.Report is { } broken)
            {
                return broken;
            }

            if (page.Count < pageSize)
            {
                return verifier.Finish(witnessed);
            }

            after = page[^1].Sequence;
        }
    }
}

/// <summary>What happened, by whom, to whom: one audit entry before it is chained.</summary>
/// <param name="WithheldUntilOpeningOf">A project whose bidders the entry would reveal: shown only after its opening.</param>
public sealed record AuditRecord(AuditEventType Type, string Actor, string? Subject, string Detail, Guid? WithheldUntilOpeningOf = null);

/// <summary>An entry as the audit page shows it; a withheld entry shows neither type, actor, subject nor detail.</summary>
public sealed record AuditLine(long Sequence, DateTime OccurredUtc, AuditEventType? Type, string Actor, string? Subject, string Detail, string Hash)
{
    public bool Withheld => Type is null;

    public static AuditLine Of(AuditEntry e, bool withheld) => withheld
        ? new(e.Sequence, e.OccurredUtc, null, "", null, "", e.Hash)
        : new(e.Sequence, e.OccurredUtc, e.Type, e.Actor, e.Subject, e.Detail, e.Hash);
}
