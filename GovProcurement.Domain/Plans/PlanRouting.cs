using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// Routes a plan against the rules in force today in China, with the unit's earlier plans of the
/// same fiscal year that did not go to open tender (for the splitting check).
/// </summary>
public sealed class PlanRouting(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    private static readonly PlanStatus[] Counted = [PlanStatus.PendingReview, PlanStatus.PendingFiling, PlanStatus.Filed];

    public Task<RoutingDecision> DecideAsync(Guid unitId, string regionCode, int fiscalYear, IReadOnlyList<RoutingItem> items, Guid? excludingPlan, CancellationToken cancellationToken = default) =>
        DecideOnAsync(unitId, regionCode, time.TodayInChina(), fiscalYear, items, excludingPlan, cancellationToken);

    /// <summary>The decision by the rules in force on <paramref name="date"/>.</summary>
    public async Task<RoutingDecision> DecideOnAsync(Guid unitId, string regionCode, DateOnly date, int fiscalYear, IReadOnlyList<RoutingItem> items, Guid? excludingPlan, CancellationToken cancellationToken = default)
    {
        var earlier = await EarlierNonOpenAsync(unitId, fiscalYear, items.Select(i => i.CatalogueCode).Distinct().ToList(), excludingPlan, cancellationToken);
        return await DecideAsync(new RoutingRequest(regionCode, date, items, earlier), cancellationToken);
    }

    /// <summary>The decision for a plan, with the intention check added to its warnings.</summary>
    public async Task<RoutingDecision> DecideForPlanAsync(Guid planId, Guid unitId, string regionCode, DateOnly expectedStart, Guid? intentionId, ProcurementRoute? route,
        IReadOnlyList<RoutingItem> items, CancellationToken cancellationToken = default)
    {
        var decision = await DecideAsync(unitId, regionCode, expectedStart.Year, items, planId, cancellationToken);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var intention = intentionId is null ? null : await db.Intentions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == intentionId && i.UnitId == unitId, cancellationToken);
        var lead = IntentionLeadCheck.Check(intention, expectedStart, route, decision, await rules.CurrentAsync(cancellationToken), regionCode, time.TodayInChina());
        return lead is null ? decision : decision with { Warnings = [.. decision.Warnings, lead] };
    }

    public async Task<RoutingDecision> DecideAsync(RoutingRequest request, CancellationToken cancellationToken = default) =>
        new PlanRouter(await rules.CurrentAsync(cancellationToken), CatalogueDirectory.Shipped, RegionDirectory.Guangdong).Decide(request);

    private async Task<Dictionary<string, Money>> EarlierNonOpenAsync(Guid unitId, int fiscalYear, List<string> codes, Guid? excludingPlan, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var rows = await db.Plans.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.FiscalYear == fiscalYear && Counted.Contains(p.Status) && p.Id != excludingPlan
                && (p.Method == null || p.Method != ProcurementMethod.OpenTender))
            .SelectMany(p => p.Items)
            .Where(i => codes.Contains(i.CatalogueCode))
            .Select(i => new { i.CatalogueCode, i.Amount })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CatalogueCode).ToDictionary(g => g.Key, g => g.Aggregate(Money.Zero, (sum, r) => sum + r.Amount));
    }
}
