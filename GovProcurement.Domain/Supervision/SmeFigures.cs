using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// Project money reserved for and awarded to SMEs, for the projects announced in a period, per
/// region the jurisdiction rolls up to. The dashboard adds them up; the SME report lists them.
/// </summary>
internal static class SmeFigures
{
    public static async Task<IReadOnlyList<(string RegionCode, SmeShares Shares)>> ByRegionAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(p => scope.RegionCodes.Contains(p.RegionCode)).WhereCurrentRound(r => r.AnnouncedUtc >= period.FromUtc && r.AnnouncedUtc < period.ToUtcExclusive)
            .Select(p => new { p.Id, p.RegionCode, p.Budget, p.ReservedForSme }).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var awards = await db.LotResults.AsNoTracking().InCurrentRounds(db.Projects).Where(r => ids.Contains(r.ProjectId) && r.WinnerSupplierId != null)
            .Join(db.Organizations.OfType<Supplier>(), r => r.WinnerSupplierId, s => s.Id, (r, s) => new { r.ProjectId, r.WinningPrice, s.Scale }).ToListAsync(ct);
        return projects.GroupBy(p => scope.RollUp(p.RegionCode)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var won = awards.Where(a => g.Any(p => p.Id == a.ProjectId)).ToList();
            return (g.Key, new SmeShares(g.Count(), g.Select(p => p.Budget).Total(), g.Where(p => p.ReservedForSme).Select(p => p.Budget).Total(),
                won.Select(a => a.WinningPrice).Total(),
                won.Where(a => a.Scale != EnterpriseScale.Large).Select(a => a.WinningPrice).Total(),
                won.Where(a => SmePriceDeduction.Applies(a.Scale)).Select(a => a.WinningPrice).Total()));
        }).ToList();
    }
}
