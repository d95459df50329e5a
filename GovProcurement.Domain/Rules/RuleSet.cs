using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Rules;

/// <summary>
/// Answers "which rule applies": the row in force on the day, in the nearest jurisdiction above
/// the unit's region (a city's rule beats the province's), limited to the category or item when
/// such a row exists.
/// </summary>
public sealed class RuleSet(IEnumerable<ProcurementRule> rules, RegionDirectory regions)
{
    private readonly IReadOnlyList<ProcurementRule> rules = rules.ToList();

    public ProcurementRule? Find(RuleKind kind, string regionCode, DateOnly day, ProcurementCategory? category = null, string? catalogueCode = null)
    {
        var chain = regions.SelfAndAncestors(regionCode).Select((region, depth) => (region.Code, depth)).ToDictionary(x => x.Code, x => x.depth);
        return rules
            .Where(r => r.Kind == kind && r.IsInForceOn(day) && chain.ContainsKey(r.RegionCode))
            .Where(r => r.Category is null || r.Category == category)
            .Where(r => r.CatalogueCodes is null || (catalogueCode is not null && r.CatalogueCodeList.Contains(catalogueCode)))
            .OrderBy(r => chain[r.RegionCode])
            .ThenByDescending(r => r.CatalogueCodes is not null)
            .ThenByDescending(r => r.Category is not null)
            .ThenByDescending(r => r.EffectiveFrom)
            .FirstOrDefault();
    }

    /// <summary>The rows limited to catalogue items, in force in the region on the day.</summary>
    public IEnumerable<ProcurementRule> ItemRules(RuleKind kind, string regionCode, DateOnly day)
    {
        var depth = regions.SelfAndAncestors(regionCode).Select((region, d) => (region.Code, d)).ToDictionary(x => x.Code, x => x.d);
        return rules.Where(r => r.Kind == kind && r.CatalogueCodes is not null && r.IsInForceOn(day) && depth.ContainsKey(r.RegionCode))
            .OrderBy(r => depth[r.RegionCode]).ThenByDescending(r => r.EffectiveFrom);
    }
}
