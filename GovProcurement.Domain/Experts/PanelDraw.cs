using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Experts;

/// <summary>An expert left out of a draw, and why (Chinese in <see cref="Reason"/>, English in <see cref="ReasonEn"/>).</summary>
public sealed record ExcludedExpert(Guid ExpertId, string Name, string Reason, string? ReasonEn = null)
{
    public Bilingual Reasons => new(Reason, ReasonEn ?? Reason);

    public static ExcludedExpert Of(Recusal recusal) => new(recusal.ExpertId, recusal.ExpertName, recusal.Reason.Zh, recusal.Reason.En);
}

/// <summary>How a draw record stands up to replay.</summary>
public enum DrawProof
{
    /// <summary>Facts, exclusions, candidates and panel all recompute, and the digest matches.</summary>
    Replays,

    /// <summary>A record from before the digest covered the exclusions: seed, candidates and size replay, the exclusions cannot be checked.</summary>
    ReplaysWithoutExclusions,

    /// <summary>Something recorded does not recompute.</summary>
    Fails,
}

/// <summary>
/// A random draw of a panel, recorded with everything needed to replay it: the library facts it
/// was made from (the pool with employers and links, the bidders, the purchaser, the day), who
/// was excluded and why, the candidates in order, the seed and the size. Replaying re-runs the
/// recusal rules on the facts and the draw on the candidates, so anyone can check the draw was
/// not steered, nor an exclusion dropped.
/// </summary>
public sealed class PanelDraw : Projects.IRoundRow
{
    private PanelDraw()
    {
        Seed = CandidatesJson = ExcludedJson = SelectedJson = DrawnBy = InputsDigest = FactsJson = "";
    }

    public PanelDraw(Guid projectId, int round, string seed, int size, DrawFacts facts, string drawnBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        Seed = seed;
        Size = size;
        var canonical = facts.Canonical();
        var (excluded, candidates) = Apply(canonical);
        FactsJson = JsonSerializer.Serialize(canonical);
        CandidatesJson = JsonSerializer.Serialize(candidates);
        ExcludedJson = JsonSerializer.Serialize(excluded);
        SelectedJson = JsonSerializer.Serialize(Pick(seed, candidates, size));
        InputsDigest = Digest();
        DrawnBy = drawnBy;
        DrawnUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Round { get; private set; }

    /// <summary>32 random bytes, hex.</summary>
    public string Seed { get; private set; }

    public int Size { get; private set; }

    public string CandidatesJson { get; private set; }

    public string ExcludedJson { get; private set; }

    /// <summary>The <see cref="DrawFacts"/> as of the draw; empty for records from before they were kept.</summary>
    public string FactsJson { get; private set; }

    public string SelectedJson { get; private set; }

    /// <summary>SHA-256 over project, round, seed, size, candidates, exclusions and facts: printed on the draw record and in the audit log.</summary>
    public string InputsDigest { get; private set; }

    public string DrawnBy { get; private set; }

    public DateTime DrawnUtc { get; private set; }

    public IReadOnlyList<Guid> Candidates => JsonSerializer.Deserialize<List<Guid>>(CandidatesJson) ?? [];

    public IReadOnlyList<ExcludedExpert> Excluded => JsonSerializer.Deserialize<List<ExcludedExpert>>(ExcludedJson) ?? [];

    public IReadOnlyList<Guid> Selected => JsonSerializer.Deserialize<List<Guid>>(SelectedJson) ?? [];

    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The draw itself: every candidate gets the key SHA-256(seed ‖ ":" ‖ expert id) and the
    /// <paramref name="size"/> smallest keys win, in key order. Anyone can recompute it.
    /// </summary>
    public static IReadOnlyList<Guid> Pick(string seed, IReadOnlyList<Guid> candidates, int size)
    {
        if (candidates.Count < size)
        {
            throw new DomainException(
                $"符合条件的专家只有 {candidates.Count} 人，不足 {size} 人，请补充专家库或调整专业范围。",
                $"Only {candidates.Count} eligible experts for a panel of {size}.");
        }

        return candidates
            .Select(id => (id, key: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{id:D}")))))
            .OrderBy(x => x.key, StringComparer.Ordinal)
            .Take(size)
            .Select(x => x.id)
            .ToList();
    }

    /// <summary>Re-runs the recusal rules on the stored facts and the draw on the candidates, and checks the digest.</summary>
    public DrawProof Verify()
    {
        try
        {
            if (FactsJson.Length == 0)
            {
                return LegacyDigest() == InputsDigest && Pick(Seed, Candidates, Size).SequenceEqual(Selected) ? DrawProof.ReplaysWithoutExclusions : DrawProof.Fails;
            }

            var facts = JsonSerializer.Deserialize<DrawFacts>(FactsJson) ?? throw new JsonException("No facts.");
            var (excluded, candidates) = Apply(facts);
            var replays = Digest() == InputsDigest
                && excluded.SequenceEqual(Excluded)
                && candidates.SequenceEqual(Candidates)
                && Pick(Seed, candidates, Size).SequenceEqual(Selected);
            return replays ? DrawProof.Replays : DrawProof.Fails;
        }
        catch (Exception e) when (e is JsonException or DomainException or NotSupportedException)
        {
            // Stored JSON that no longer parses, or too few candidates left: the record does not replay.
            return DrawProof.Fails;
        }
    }

    /// <summary>The recusals the rules give for the facts, and the candidates left, in the canonical order.</summary>
    private static (List<ExcludedExpert> Excluded, List<Guid> Candidates) Apply(DrawFacts facts)
    {
        var recusals = PanelRules.Recusals(facts.Pool, facts.Bidders, facts.PurchaserId, facts.Day);
        var recused = recusals.Select(r => r.ExpertId).ToHashSet();
        var candidates = facts.Pool.Select(e => e.ExpertId).Where(id => !recused.Contains(id)).OrderBy(c => c.ToString("D"), StringComparer.Ordinal).ToList();
        return (recusals.Select(ExcludedExpert.Of).ToList(), candidates);
    }

    private string Digest() => Sha256($"{ProjectId:D}|{Round}|{Seed}|{Size}|{CandidatesJson}|{ExcludedJson}|{FactsJson}");

    /// <summary>The digest of records made before the facts were kept: project, round, seed, size and candidates only.</summary>
    private string LegacyDigest() => Sha256($"{ProjectId:D}|{Round}|{Seed}|{Size}|{string.Join(',', Candidates.Select(c => c.ToString("D")))}");

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
