using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>
/// Where a registering supplier is placed: characters 3–8 of the unified social credit code are
/// the registration authority's division code (登记管理机关行政区划码, GB 32100-2015), so a supplier
/// registered in Jiangmen's Pengjiang district (440703) belongs there. A division the directory
/// does not hold falls back to its city; one outside the platform (another province, Shenzhen)
/// is placed at the province, whose library takes suppliers from anywhere.
/// </summary>
public static class SupplierRegion
{
    public static string Of(string creditCode, RegionDirectory regions)
    {
        var division = creditCode.Substring(2, Region.CodeLength);
        var region = regions.Find(division) ?? regions.Find(division[..4] + "00");
        return region is { IsOnPlatform: true } ? region.Code : RegionDirectory.ProvinceCode;
    }
}
