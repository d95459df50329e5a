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
        // From the rounds announced in the period (their index), not from every project of the jurisdiction.
        var announced = db.Projects.AsNoTracking().Where(p => scope.RegionCodes.Contains(p.RegionCode))
            .WhereCurrentRoundAmong(db.Set<ProcurementRound>(), r => r.AnnouncedUtc >= period.FromUtc && r.AnnouncedUtc < period.ToUtcExclusive);
        var projects = await announced.GroupBy(p => p.RegionCode)
            .Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(p => (long)(object)p.Budget), Reserved = g.Sum(p => p.ReservedForSme ? (long)(object)p.Budget : 0L) })
            .ToListAsync(ct);
        // The announced projects are in their current rounds: their lot results are those of the same round.
        var awards = await db.LotResults.AsNoTracking().Where(r => r.WinnerSupplierId != null)
            .Join(announced, r => new { r.ProjectId, r.Round }, p => new { ProjectId = p.Id, p.Round }, (r, p) => new { p.RegionCode, r.WinnerSupplierId, r.WinningPrice })
            .Join(db.Organizations.OfType<Supplier>(), x => x.WinnerSupplierId, s => s.Id, (x, s) => new { x.RegionCode, s.Scale, x.WinningPrice })
            .GroupBy(x => new { x.RegionCode, x.Scale })
            .Select(g => new { g.Key.RegionCode, g.Key.Scale, Fen = g.Sum(x => (long?)(object?)x.WinningPrice) ?? 0L }).ToListAsync(ct);
        return projects.GroupBy(p => scope.RollUp(p.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var regions = g.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var won = awards.Where(a => regions.Contains(a.RegionCode)).ToList();
            return (g.Key, new SmeShares(g.Sum(p => p.Count), new Money(g.Sum(p => p.Budget)), new Money(g.Sum(p => p.Reserved)),
                new Money(won.Sum(a => a.Fen)),
                new Money(won.Where(a => a.Scale != EnterpriseScale.Large).Sum(a => a.Fen)),
                new Money(won.Where(a => SmePriceDeduction.Applies(a.Scale)).Sum(a => a.Fen))));
        }).ToList();
    }
}
