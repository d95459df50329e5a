using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Audit;

/// <summary>What a verification found.</summary>
public enum AuditChainState
{
    /// <summary>Every entry verifies and the chain matches the last checkpoint (if there is one yet).</summary>
    Intact,

    /// <summary>One entry's content or hash was changed in place: its signature fails, the next one's holds.</summary>
    Edited,

    /// <summary>Entries were recomputed or replaced from an entry on: signatures fail in a run, or the checkpoint's head differs.</summary>
    Rewritten,

    /// <summary>Fewer entries than the last checkpoint witnessed.</summary>
    Truncated,

    /// <summary>A sequence number is missing inside the chain.</summary>
    Deleted,

    /// <summary>A line of the checkpoint file does not carry a valid signature.</summary>
    CheckpointForged,
}

/// <summary>The outcome of a verification: how many entries checked out, and the first entry affected.</summary>
public sealed record AuditChainReport(AuditChainState State, long VerifiedEntries, long? FirstAffected, Bilingual? Problem, AuditCheckpoint? Anchor)
{
    public bool IsIntact => State == AuditChainState.Intact;

    public long? FirstBrokenSequence => FirstAffected;
}

/// <summary>
/// Walks the log in sequence order. A keyed entry must carry a valid HMAC and link to the entry
/// before it; unkeyed (legacy SHA-256) entries are accepted only as a prefix sealed by an
/// <see cref="AuditEventType.AuditChainKeyed"/> entry, never after a keyed one. At the end the
/// chain is compared with the checkpoints: fewer entries is a truncation, another head a rewrite.
/// </summary>
internal sealed class AuditChainVerifier(AuditKeyRing keys, IEnumerable<long> checkpointCounts)
{
    private readonly Dictionary<long, string?> headsAt = checkpointCounts.Distinct().ToDictionary(c => c, _ => (string?)null);
    private long expected = 1;
    private string previous = AuditEntry.GenesisHash;
    private bool keyedSeen;
    private long? failedAt;

    public AuditChainReport? Report { get; private set; }

    private long Verified => expected - 1;

    public void Accept(AuditEntry entry)
    {
        if (Report is not null)
        {
            return;
        }

        if (failedAt is { } failed)
        {
            // An edit in place leaves the next entry's signature intact; a rewrite recomputes it too.
            Report = Signed(entry) ? Edited(failed) : Rewritten(failed, Messages.SignaturesFail(failed));
            return;
        }

        if (entry.Sequence != expected)
        {
            Report = new(AuditChainState.Deleted, Verified, expected, Messages.Missing(expected), null);
            return;
        }

        if (!Signed(entry))
        {
            failedAt = entry.Sequence;
            return;
        }

        if (entry.IsKeyed && !keyedSeen && entry.Sequence > 1 && entry.Type != AuditEventType.AuditChainKeyed)
        {
            Report = Rewritten(1, Messages.UnsealedLegacy(entry.Sequence - 1));
            return;
        }

        if (entry.PreviousHash != previous)
        {
            // Signed after another predecessor: the entries before it were replaced.
            Report = keyedSeen ? Rewritten(entry.Sequence - 1, Messages.Relinked(entry.Sequence)) : Rewritten(1, Messages.LegacyRewritten(entry.Sequence - 1));
            return;
        }

        keyedSeen |= entry.IsKeyed;
        previous = entry.Hash;
        if (headsAt.ContainsKey(entry.Sequence))
        {
            headsAt[entry.Sequence] = entry.Hash;
        }

        expected++;
    }

    public AuditChainReport Finish(AuditCheckpointFile witnessed)
    {
        if (Report is not null)
        {
            return Report;
        }

        if (failedAt is { } failed)
        {
            return Edited(failed);
        }

        if (!keyedSeen && Verified > 0)
        {
            return Rewritten(1, Messages.UnsealedLegacy(Verified));
        }

        if (witnessed.FirstForgedLine is { } line)
        {
            return new(AuditChainState.CheckpointForged, Verified, null, Messages.ForgedCheckpoint(line), witnessed.Last);
        }

        var reachable = witnessed.Checkpoints.Where(c => c.Count <= Verified).ToList();
        var firstMismatch = reachable.FindIndex(c => headsAt[c.Count] != c.Head);
        if (firstMismatch >= 0)
        {
            var from = firstMismatch == 0 ? 1 : reachable[firstMismatch - 1].Count + 1;
            return Rewritten(from, Messages.HeadMismatch(from, reachable[firstMismatch]), reachable[firstMismatch]);
        }

        if (witnessed.Last is { } last && Verified < last.Count)
        {
            return new(AuditChainState.Truncated, Verified, Verified + 1, Messages.Truncated(Verified, last), last);
        }

        return new(AuditChainState.Intact, Verified, null, null, witnessed.Last);
    }

    /// <summary>A keyed entry with a valid HMAC, or a legacy entry with its SHA-256 before any keyed entry.</summary>
    private bool Signed(AuditEntry entry) => (entry.IsKeyed || !keyedSeen) && entry.HasValidHash(keys);

    private AuditChainReport Edited(long sequence) => new(AuditChainState.Edited, Verified, sequence, Messages.Edited(sequence), null);

    private AuditChainReport Rewritten(long from, Bilingual problem, AuditCheckpoint? anchor = null) => new(AuditChainState.Rewritten, Math.Min(Verified, from - 1), from, problem, anchor);

    /// <summary>The messages, Chinese first.</summary>
    private static class Messages
    {
        public static Bilingual Edited(long n) => new($"第 {n} 条记录已被修改（密钥签名不符）。", $"Entry {n} was edited (its HMAC does not match).");

        public static Bilingual SignaturesFail(long n) => new($"自第 {n} 条起记录被改写（哈希被重新计算，密钥签名不符）。", $"The chain was rewritten from entry {n} (hashes recomputed without the key).");

        public static Bilingual Missing(long n) => new($"缺少第 {n} 条记录（已被删除）。", $"Entry {n} is missing (deleted).");

        public static Bilingual Relinked(long n) => new($"第 {n} 条记录与上一条的哈希链接不符，此前的记录已被替换。", $"Entry {n} does not link to the entry before it: earlier entries were replaced.");

        public static Bilingual UnsealedLegacy(long n) => new($"第 1–{n} 条记录没有密钥签名，且未经启用密钥的封存记录确认。", $"Entries 1–{n} carry no keyed signature and were never sealed by a keying entry.");

        public static Bilingual LegacyRewritten(long n) => new($"启用密钥前的旧链（第 1–{n} 条）已被改写，与封存记录不符。", $"The unkeyed chain before keying (entries 1–{n}) was rewritten: it no longer matches its seal.");

        public static Bilingual ForgedCheckpoint(int line) => new($"检查点文件第 {line} 行的签名无效，检查点不可信。", $"Line {line} of the checkpoint file has an invalid signature.");

        public static Bilingual HeadMismatch(long from, AuditCheckpoint c) => new(
            $"自第 {from} 条起记录被改写：检查点（{BeijingTime.Seconds(c.WrittenUtc)}）记载的第 {c.Count} 条哈希与数据库不符。",
            $"The chain was rewritten from entry {from}: entry {c.Count} differs from the checkpoint of {BeijingTime.Seconds(c.WrittenUtc)} (Beijing time).");

        public static Bilingual Truncated(long count, AuditCheckpoint c) => new(
            $"记录被截断：检查点（{BeijingTime.Seconds(c.WrittenUtc)}）记载 {c.Count} 条，数据库只有 {count} 条，第 {count} 条之后的记录被删除。",
            $"Truncated after entry {count}: the checkpoint of {BeijingTime.Seconds(c.WrittenUtc)} (Beijing time) witnessed {c.Count} entries.");
    }
}
