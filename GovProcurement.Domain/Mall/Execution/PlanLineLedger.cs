using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>
/// The plan lines' balances inside the caller's unit of work: every e-mall method (bidding, direct
/// purchase, reverse auctions) consumes and gives back through here, in the same save as its own
/// change, so an order and its consumption are written together or not at all.
/// </summary>
public static class PlanLineLedger
{
    /// <summary>The line's ledger, tracked; opened (and added to the unit of work) on the line's first use.</summary>
    public static async Task<PlanLineBalance> OpenAsync(GovProcurementDbContext db, ProcurementPlan plan, PlanItem line, DateTime nowUtc, CancellationToken ct = default)
    {
        var balance = await db.PlanLineBalances.Include(b => b.Entries).FirstOrDefaultAsync(b => b.PlanItemId == line.Id, ct);
        if (balance is null)
        {
            balance = new PlanLineBalance(plan.Id, line.Id, line.Amount, nowUtc);
            db.PlanLineBalances.Add(balance);
        }

        return balance;
    }

    /// <summary>What each line of the plan has left, by line id (a line never used has its whole amount).</summary>
    public static async Task<IReadOnlyDictionary<Guid, Money>> RemainingAsync(GovProcurementDbContext db, ProcurementPlan plan, CancellationToken ct = default)
    {
        var ids = plan.Items.Select(i => i.Id).ToList();
        var used = await db.PlanLineBalances.AsNoTracking().Where(b => ids.Contains(b.PlanItemId)).ToDictionaryAsync(b => b.PlanItemId, b => b.Consumed, ct);
        return plan.Items.ToDictionary(i => i.Id, i => i.Amount - used.GetValueOrDefault(i.Id, Money.Zero));
    }

    /// <summary>Gives back what the source consumed on the line, when it consumed anything.</summary>
    public static async Task<bool> GiveBackAsync(GovProcurementDbContext db, Guid planItemId, Guid sourceId, string actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var balance = await db.PlanLineBalances.Include(b => b.Entries).FirstOrDefaultAsync(b => b.PlanItemId == planItemId, ct);
        return balance?.GiveBack(sourceId, actor, nowUtc) == true;
    }
}
