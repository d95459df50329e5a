using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Audit;

/// <summary>Appends to and verifies the hash-chained audit log.</summary>
public sealed class AuditLog(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    // Appends are serialised in-process so that each entry links to the one before it; across
    // processes the unique sequence number makes a concurrent append fail, and it is chained again.
    private static readonly SemaphoreSlim AppendGate = new(1, 1);

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

    private const int MaxAppendAttempts = 3;

    private async Task<List<AuditEntry>> ChainAsync(GovProcurementDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditEntry.GenesisHash;
        var now = time.UtcNow();
        var added = new List<AuditEntry>();
        foreach (var record in records)
        {
            var entry = new AuditEntry(++sequence, now, record.Type, record.Actor, record.Subject, record.Detail, previous);
            db.AuditEntries.Add(entry);
            added.Add(entry);
            previous = entry.Hash;
        }

        return added;
    }

    /// <summary>The newest entries first, one page at a time.</summary>
    public async Task<Page<AuditEntry>> PageAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var items = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Skip(skip).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new Page<AuditEntry>(items, total);
    }

    /// <summary>Recomputes every hash and link, in order, reading the log in pages.</summary>
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var expectedPrevious = AuditEntry.GenesisHash;
        long expectedSequence = 1;
        const int pageSize = 2000;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(pageSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                var problem = Check(entry, expectedSequence, expectedPrevious);
                if (problem is not null)
                {
                    return new AuditChainReport(false, expectedSequence - 1, entry.Sequence, problem);
                }

                expectedPrevious = entry.Hash;
                expectedSequence++;
            }

            if (page.Count < pageSize)
            {
                return new AuditChainReport(true, expectedSequence - 1, null, null);
            }
        }
    }

    private static Bilingual? Check(AuditEntry entry, long expectedSequence, string expectedPrevious)
    {
        if (entry.Sequence != expectedSequence)
        {
            return new($"缺少第 {expectedSequence} 条记录（可能已被删除）。", $"Entry {expectedSequence} is missing (deleted?).");
        }

        if (entry.PreviousHash != expectedPrevious)
        {
            return new($"第 {entry.Sequence} 条记录与上一条的哈希链接不符。", $"Entry {entry.Sequence} does not link to the entry before it.");
        }

        if (entry.ComputeHash() != entry.Hash)
        {
            return new($"第 {entry.Sequence} 条记录的内容已被修改。", $"Entry {entry.Sequence} was altered.");
        }

        return null;
    }
}

/// <summary>What happened, by whom, to whom: one audit entry before it is chained.</summary>
public sealed record AuditRecord(AuditEventType Type, string Actor, string? Subject, string Detail);

/// <summary>The outcome of a verification: how many entries checked out, and the first that did not.</summary>
public sealed record AuditChainReport(bool IsIntact, long VerifiedEntries, long? FirstBrokenSequence, Bilingual? Problem);
