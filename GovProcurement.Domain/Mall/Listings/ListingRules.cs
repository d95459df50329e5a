using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>
/// The commodity library's rule rows the platform starts with. No Guangdong text giving a price-monitoring
/// threshold was found, so the deviation limit ships as editable data marked 待核实 with where it came from.
/// Reference prices are entered per catalogue item by the administrator (<see cref="RuleKind.ListingReferencePrice"/>); none ship.
/// </summary>
public static class ListingRules
{
    public const string DeviationSource =
        "电子卖场价格监测：商品价格偏离同品目其他在售商品价格中位数或参考价30%以上的予以标记（广东省电子卖场交易规则未找到明确阈值，按他省电子卖场价格监测做法暂定，待核实）";

    public static IEnumerable<ProcurementRule> Defaults() =>
    [
        new(RuleKind.ListingPriceDeviationLimit, 3000, RuleUnit.BasisPoints, RegionDirectory.ProvinceCode, new DateOnly(2021, 1, 1), null, DeviationSource),
    ];
}
