using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovProcurement.Domain.Regions;

/// <summary>
/// The region tree of Guangdong, loaded once from the data file shipped with the domain
/// (<c>guangdong-regions.json</c>). Answers the jurisdiction questions every area asks:
/// is this region under that one, which regions lie below a regulator.
/// </summary>
public sealed class RegionDirectory
{
    public const string ProvinceCode = "440000";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, Region> byCode;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        byCode = regions.ToDictionary(r => r.Code);
    }

    public static RegionDirectory Guangdong { get; } = new(LoadShipped());

    public IReadOnlyCollection<Region> All => byCode.Values;

    public Region? Find(string? code) => code is not null && byCode.TryGetValue(code, out var r) ? r : null;

    public Region Get(string code) => Find(code) ?? throw new KeyNotFoundException($"Unknown region code {code}.");

    /// <summary>The region itself and every region above it, nearest first.</summary>
    public IEnumerable<Region> SelfAndAncestors(string code)
    {
        for (var r = Find(code); r is not null; r = Find(r.ParentCode))
        {
            yield return r;
        }
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestorCode"/> or lies below it.</summary>
    public bool IsWithin(string code, string ancestorCode) =>
        SelfAndAncestors(code).Any(r => r.Code == ancestorCode);

    /// <summary>The region and every region below it.</summary>
    public IReadOnlyList<string> SelfAndDescendantCodes(string code) =>
        byCode.Values.Where(r => IsWithin(r.Code, code)).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();

    public IEnumerable<Region> ChildrenOf(string code) =>
        byCode.Values.Where(r => r.ParentCode == code).OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>A display path such as 广东省 / 江门市 / 鹤山市.</summary>
    public string PathName(string code, bool english = false) =>
        string.Join(" / ", SelfAndAncestors(code).Reverse().Select(r => english ? r.NameEn : r.Name));

    private static IEnumerable<Region> LoadShipped()
    {
        using var stream = typeof(RegionDirectory).Assembly
            .GetManifestResourceStream("GovProcurement.Domain.Regions.guangdong-regions.json")
            ?? throw new InvalidOperationException("The region data file is not embedded.");
        var rows = JsonSerializer.Deserialize<List<RegionRow>>(stream, JsonOptions) ?? [];
        return rows.Select(r => new Region(r.Code, r.Name, r.NameEn, r.Level, r.Parent, r.OnPlatform));
    }

    private sealed record RegionRow(string Code, string Name, string NameEn, RegionLevel Level, string? Parent, bool OnPlatform);
}
