using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Plans;

public sealed record PlanRow(Guid Id, string Number, string Title, string UnitName, string RegionCode, PlanStatus Status, Money Total, DateOnly ExpectedStart, DateTime UpdatedUtc, DateTime CreatedUtc)
{
    public PlanCursor Cursor => new(CreatedUtc, Number);
}

public sealed record PlanDetail(ProcurementPlan Plan, string UnitName, IReadOnlyList<BudgetLine> BudgetLines);

/// <summary>Where a page ended, newest first: the next page starts after it (keyset paging).</summary>
public sealed record PlanCursor(DateTime CreatedUtc, string Number);

/// <summary>
/// A list filter; who is asking decides which plans are in scope at all. With <see cref="After"/>
/// the page starts after that row (keyset) and <see cref="Skip"/> is ignored; <see cref="CountTotal"/>
/// can be turned off when the caller already knows the total.
/// </summary>
public sealed record PlanListQuery(PlanStatus? Status = null, string? Search = null, int Skip = 0, int Take = 20, PlanCursor? After = null, bool CountTotal = true);

/// <summary>
/// Reads plans for the people allowed to see them: a unit its own (a competent unit also its
/// subordinates'), a regulator its region and the regions below, the administrator all.
/// </summary>
public sealed class PlanQueries(IDbContextFactory<GovProcurementDbContext> store)
{
    public async Task<Page<PlanRow>> ListAsync(Actor actor, PlanListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plans = await ScopeAsync(db, actor, cancellationToken);
        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            plans = plans.Where(p => p.Title.Contains(term) || p.Number.Contains(term));
        }

        var ordered = plans.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Number);
        var window = query.After is { } after
            ? ordered.Where(p => p.CreatedUtc < after.CreatedUtc || (p.CreatedUtc == after.CreatedUtc && string.Compare(p.Number, after.Number) < 0))
            : ordered.Skip(query.Skip);
        var take = Math.Clamp(query.Take, 1, 200);
        var rows = await window.Take(take)
            .Select(p => new PlanRow(p.Id, p.Number, p.Title, db.Organizations.Where(o => o.Id == p.UnitId).Select(o => o.Name).First(),
                p.RegionCode, p.Status, p.Total, p.ExpectedStart, p.UpdatedUtc, p.CreatedUtc))
            .ToListAsync(cancellationToken);

        // A first page that is not full holds every match, so it is the count: a search that finds few plans reads the
        // store once, not twice (a word in no index is a full read of the plans, 1,000,000 at province scale).
        var wholeListShown = query.After is null && query.Skip == 0 && rows.Count < take;
        var total = !query.CountTotal ? -1 : wholeListShown ? rows.Count : await plans.CountAsync(cancellationToken);
        return new Page<PlanRow>(rows, total);
    }

    public async Task<PlanDetail?> GetAsync(Actor actor, Guid planId, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var scope = await ScopeAsync(db, actor, cancellationToken);
        var plan = await scope.Include(p => p.Items).Include(p => p.Events).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var unitName = await db.Organizations.Where(o => o.Id == plan.UnitId).Select(o => o.Name).FirstAsync(cancellationToken);
        var lines = await db.BudgetLines.AsNoTracking().Where(b => b.UnitId == plan.UnitId).OrderBy(b => b.FiscalYear).ThenBy(b => b.LineCode).ToListAsync(cancellationToken);
        return new PlanDetail(plan, unitName, lines);
    }

    /// <summary>What the actor may do with the plan now, with the actor's unit and region read from the store.</summary>
    public async Task<ActionSet<PlanStep>> StepsAsync(Actor actor, ProcurementPlan plan, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return PlanSteps.For(plan, await ActorStanding.LoadAsync(db, actor, cancellationToken));
    }

    /// <summary>Whether the actor may start a plan.</summary>
    public async Task<ActionSet<PlanStep>> NewPlanStepsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return PlanSteps.ForNewPlan(await ActorStanding.LoadAsync(db, actor, cancellationToken));
    }

    /// <summary>True when the actor may see this unit's plans (the same scope as the lists).</summary>
    public async Task<bool> CanSeeUnitAsync(Actor actor, Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        if (actor.IsIn(Roles.PlatformAdmin))
        {
            return true;
        }

        var unit = await db.Organizations.OfType<BudgetUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return false;
        }

        if (actor.IsIn(Roles.Regulator))
        {
            var region = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken);
            return region is not null && RegionDirectory.Guangdong.IsWithin(unit.RegionCode, region);
        }

        return (actor.IsIn(Roles.PurchaserOperator) || actor.IsIn(Roles.PurchaserReviewer))
            && (unit.Id == actor.OrganizationId || unit.CompetentUnitId == actor.OrganizationId);
    }

    private static async Task<IQueryable<ProcurementPlan>> ScopeAsync(GovProcurementDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (actor.IsIn(Roles.PlatformAdmin))
        {
            return plans;
        }

        if (actor.IsIn(Roles.Regulator))
        {
            var region = await db.Organizations.Where(o => o.Id == actor.OrganizationId).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken);
            var codes = region is null ? [] : RegionDirectory.Guangdong.SelfAndDescendantCodes(region);
            return plans.Where(p => codes.Contains(p.RegionCode));
        }

        if (actor.IsIn(Roles.PurchaserOperator) || actor.IsIn(Roles.PurchaserReviewer))
        {
            var unitId = actor.OrganizationId;
            var units = await db.Organizations.OfType<BudgetUnit>().Where(u => u.Id == unitId || u.CompetentUnitId == unitId).Select(u => u.Id).ToListAsync(cancellationToken);
            return plans.Where(p => units.Contains(p.UnitId));
        }

        return plans.Where(_ => false);
    }
}
