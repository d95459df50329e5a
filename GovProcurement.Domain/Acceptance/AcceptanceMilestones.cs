using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// <see cref="IContractMilestones"/> from the acceptance records: the day the current round's delivery was complete and
/// the day acceptance passed (both parties confirmed a passed record). A contract without an acceptance has none yet.
/// </summary>
public sealed class AcceptanceMilestones(IDbContextFactory<GovProcurementDbContext> store) : IContractMilestones
{
    public async Task<IReadOnlyDictionary<Guid, ContractMilestones>> ForAsync(IReadOnlyCollection<Guid> contractIds, CancellationToken ct = default)
    {
        var ids = contractIds.Distinct().ToList();
        var result = ids.ToDictionary(id => id, _ => ContractMilestones.None);
        if (ids.Count == 0)
        {
            return result;
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var rows = await db.Acceptances.AsNoTracking().Where(a => ids.Contains(a.ContractId))
            .Select(a => new { a.ContractId, a.DeliveredOn, a.AcceptedOn }).ToListAsync(ct);
        foreach (var row in rows)
        {
            result[row.ContractId] = new ContractMilestones(row.DeliveredOn, row.AcceptedOn);
        }

        return result;
    }
}
