using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// Whose records a supervisor sees: a finance department its own region and every region below
/// (Jiangmen sees Heshan; Heshan sees only itself), the administrator the whole province.
/// </summary>
public sealed record Jurisdiction(string RegionCode, IReadOnlyList<string> RegionCodes)
{
    public static async Task<Jurisdiction> OfAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct)
    {
        if (actor.IsIn(Roles.PlatformAdmin))
        {
            return For(RegionDirectory.ProvinceCode);
        }

        actor.Require(Roles.Regulator);
        var region = await db.Organizations.Where(o => o.Id == actor.RequireOrganization()).Select(o => o.RegionCode).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("该账号不属于任何财政部门。", "The account belongs to no finance department.");
        return For(region);
    }

    public static Jurisdiction For(string regionCode) => new(regionCode, RegionDirectory.Guangdong.SelfAndDescendantCodes(regionCode));

    /// <summary>The slice a region rolls up to: the jurisdiction's own level, or the child region it lies in.</summary>
    public string RollUp(string regionCode)
    {
        var chain = RegionDirectory.Guangdong.SelfAndAncestors(regionCode).Select(r => r.Code).ToList();
        var index = chain.IndexOf(RegionCode);
        return index <= 0 ? regionCode : chain[index - 1];
    }
}
