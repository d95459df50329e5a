namespace GovProcurement.Domain.Catalogue;

/// <summary>Goods (货物, codes A…), works (工程, B…) or services (服务, C…).</summary>
public enum ProcurementCategory
{
    Goods = 1,
    Works = 2,
    Services = 3,
}

/// <summary>
/// An item of the government procurement classification (政府采购品目分类目录), marked when it is
/// inside Guangdong's centralized procurement catalogue (集中采购目录, 2020 edition).
/// </summary>
public sealed record CatalogueItem(
    string Code,
    string Name,
    string NameEn,
    ProcurementCategory Category,
    bool Centralized,
    string Pinyin,
    string? Parent,
    string Note);
