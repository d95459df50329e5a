using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Experts;

/// <summary>An expert left out of a draw, and why.</summary>
public sealed record ExcludedExpert(Guid ExpertId, string Name, string Reason);

/// <summary>
/// A random draw of a panel, recorded with everything needed to replay it: the seed, the eligible
/// candidates in order, who was excluded and why, and the size. Replaying the same inputs gives
/// the same panel, so anyone can check the draw was not steered.
/// </summary>
public sealed class PanelDraw
{
    private PanelDraw()
    {
        Seed = CandidatesJson = ExcludedJson = SelectedJson = DrawnBy = InputsDigest = "";
    }

    public PanelDraw(Guid projectId, int round, string seed, int size, IReadOnlyList<Guid> candidates, IReadOnlyList<ExcludedExpert> excluded, string drawnBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Round = round;
        Seed = seed;
        Size = size;
        var ordered = candidates.OrderBy(c => c.ToString("D"), StringComparer.Ordinal).ToList();
        CandidatesJson = JsonSerializer.Serialize(ordered);
        ExcludedJson = JsonSerializer.Serialize(excluded);
        SelectedJson = JsonSerializer.Serialize(Pick(seed, ordered, size));
        InputsDigest = DigestOf(projectId, round, seed, size, ordered);
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

    public string SelectedJson { get; private set; }

    /// <summary>SHA-256 over project, round, seed, size and candidates: printed on the draw record.</summary>
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

    /// <summary>Recomputes the draw from its recorded inputs; true when it gives the recorded panel.</summary>
    public bool Replays() =>
        DigestOf(ProjectId, Round, Seed, Size, Candidates) == InputsDigest && Pick(Seed, Candidates, Size).SequenceEqual(Selected);

    private static string DigestOf(Guid projectId, int round, string seed, int size, IEnumerable<Guid> ordered) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{projectId:D}|{round}|{seed}|{size}|{string.Join(',', ordered.Select(c => c.ToString("D")))}")));
}
