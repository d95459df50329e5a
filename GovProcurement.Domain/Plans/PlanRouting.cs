using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// Routes a plan by the rules in force on the plan's own date (its expected start), never today's:
/// the plan form, the submission, the plan page and the API preview all come here, so they agree.
/// The unit's earlier plans of the same fiscal year that did not go to open tender feed the
/// splitting check.
/// </summary>
public sealed class PlanRouting(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules)
{
    private static readonly PlanStatus[] Counted = [PlanStatus.PendingReview, PlanStatus.PendingFiling, PlanStatus.Filed];

    /// <summary>The decision by the rules in force on <paramref name="date"/>, with the unit's history of that fiscal year.</summary>
    public async Task<RoutingDecision> DecideOnAsync(Guid unitId, string regionCode, DateOnly date, IReadOnlyList<RoutingItem> items, Guid? excludingPlan, CancellationToken cancellationToken = default)
    {
        var earlier = await EarlierNonOpenAsync(unitId, ProcurementPlan.FiscalYearOf(date), items.Select(i => i.CatalogueCode).Distinct().ToList(), excludingPlan, cancellationToken);
        return await DecideAsync(new RoutingRequest(regionCode, date, items, earlier), cancellationToken);
    }

    /// <summary>The decision for a plan on its expected start, with the intention check added to its warnings.</summary>
    public async Task<RoutingDecision> DecideForPlanAsync(Guid planId, Guid unitId, string regionCode, DateOnly expectedStart, Guid? intentionId, ProcurementRoute? route,
        IReadOnlyList<RoutingItem> items, CancellationToken cancellationToken = default)
    {
        var decision = await DecideOnAsync(unitId, regionCode, expectedStart, items, planId, cancellationToken);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var intention = intentionId is null ? null : await db.Intentions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == intentionId && i.UnitId == unitId, cancellationToken);
        var lead = IntentionLeadCheck.Check(intention, expectedStart, route, decision.IsGovernmentProcurement, await rules.CurrentAsync(cancellationToken), regionCode);
        return lead is null ? decision : decision with { Warnings = [.. decision.Warnings, lead.Reason] };
    }

    /// <summary>The decision for a plan as stored.</summary>
    public Task<RoutingDecision> DecideForPlanAsync(ProcurementPlan plan, CancellationToken cancellationToken = default) =>
        DecideForPlanAsync(plan.Id, plan.UnitId, plan.RegionCode, plan.ExpectedStart, plan.IntentionId, plan.Route, ItemsOf(plan), cancellationToken);

    private static List<RoutingItem> ItemsOf(ProcurementPlan plan) => plan.Items.Select(i => new RoutingItem(i.CatalogueCode, i.Amount)).ToList();

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
