using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovProcurement.Domain.Catalogue;

/// <summary>
/// The catalogue shipped with the domain (<c>catalogue-items.json</c>): lookup by code and the
/// search the plan form uses (code prefix, Chinese name, or pinyin initials).
/// </summary>
public sealed class CatalogueDirectory
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, CatalogueItem> byCode;
    private readonly HashSet<string> parents;

    public CatalogueDirectory(IEnumerable<CatalogueItem> items)
    {
        byCode = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        parents = byCode.Values.Where(i => i.Parent is not null).Select(i => i.Parent!).ToHashSet(StringComparer.Ordinal);
    }

    public static CatalogueDirectory Shipped { get; } = new(Load());

    public IReadOnlyCollection<CatalogueItem> All => byCode.Values;

    public CatalogueItem? Find(string? code) => code is not null && byCode.TryGetValue(code.Trim(), out var item) ? item : null;

    /// <summary>True for an item nothing else is filed under: only those are chosen on a plan.</summary>
    public bool IsLeaf(string code) => !parents.Contains(code);

    /// <summary>Leaf items whose code starts with, or whose name or pinyin initials contain, the term.</summary>
    public IReadOnlyList<CatalogueItem> Search(string? term, int take = 20)
    {
        term = term?.Trim() ?? "";
        var leaves = byCode.Values.Where(i => IsLeaf(i.Code));
        if (term.Length > 0)
        {
            leaves = leaves.Where(i =>
                i.Code.StartsWith(term, StringComparison.OrdinalIgnoreCase)
                || i.Name.Contains(term, StringComparison.Ordinal)
                || i.Pinyin.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        return leaves.OrderBy(i => i.Code, StringComparer.Ordinal).Take(take).ToList();
    }

    private static IEnumerable<CatalogueItem> Load()
    {
        using var stream = typeof(CatalogueDirectory).Assembly
            .GetManifestResourceStream("GovProcurement.Domain.Catalogue.catalogue-items.json")
            ?? throw new InvalidOperationException("The catalogue data file is not embedded.");
        return JsonSerializer.Deserialize<List<CatalogueItem>>(stream, JsonOptions) ?? [];
    }
}
