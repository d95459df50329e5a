using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>Whose orders a list shows: the unit's as purchaser, or the company's as supplier.</summary>
public enum OrderSide
{
    Purchaser = 1,
    Supplier = 2,
}

/// <summary>One page of an organization's orders, optionally of one status.</summary>
public sealed record OrderFilter(OrderSide Side, OrderStatus? Status = null, int Skip = 0, int Take = 20)
{
    public const int MaxTake = 100;
}

/// <summary>An order as a list shows it.</summary>
public sealed record OrderRow(Guid Id, string Number, OrderMethod Method, OrderStatus Status, string PlanNumber, int PlanLineNumber,
    string UnitName, string SupplierName, Money Total, DateTime CreatedUtc);

/// <summary>A page of orders and how many of the side's orders stand in each status (the filter's counts).</summary>
public sealed record OrderListPage(Page<OrderRow> Rows, IReadOnlyDictionary<OrderStatus, int> Counts)
{
    public int All => Counts.Values.Sum();
}

/// <summary>A filed plan line the actor may fill a cart for (网上直购 allowed on its plan, amount left on the line).</summary>
public sealed record CartTarget(Guid PlanId, string PlanNumber, string PlanTitle, Guid PlanItemId, int LineNumber, string CatalogueCode, string CatalogueName, Money Remaining);

/// <summary>
/// What the order lists and the cart read: an organization's orders paged on the server with the counts
/// per status, and the plan lines the actor's answer from <see cref="EMallSteps"/> opens to direct purchase.
/// </summary>
public sealed class OrderQueries(IDbContextFactory<GovProcurementDbContext> store)
{
    /// <summary>The most plans the cart offers lines of (the newest filed first).</summary>
    public const int MaxCartPlans = 50;

    public async Task<OrderListPage> PageAsync(Actor actor, OrderFilter filter, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        var side = filter.Side == OrderSide.Supplier ? db.MallOrders.Where(o => o.SupplierId == org) : db.MallOrders.Where(o => o.UnitId == org);
        var counts = await side.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var chosen = filter.Status is { } status ? side.Where(o => o.Status == status) : side;
        var rows = await chosen.AsNoTracking().OrderByDescending(o => o.CreatedUtc).ThenBy(o => o.Id)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, OrderFilter.MaxTake))
            .Select(o => new OrderRow(o.Id, o.Number, o.Method, o.Status, o.PlanNumber, o.PlanLineNumber, o.UnitName, o.SupplierName, o.Total, o.CreatedUtc))
            .ToListAsync(ct);
        var total = filter.Status is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
        return new OrderListPage(new Page<OrderRow>(rows, total), counts);
    }

    /// <summary>The plan lines the actor may order for by direct purchase now, newest plan first.</summary>
    public async Task<IReadOnlyList<CartTarget>> CartTargetsAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.OrganizationId is not { } org)
        {
            return [];
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Items)
            .Where(p => p.UnitId == org && p.Status == PlanStatus.Filed && p.Route == ProcurementRoute.EMallSimpleProcurement)
            .OrderByDescending(p => p.UpdatedUtc).Take(MaxCartPlans).ToListAsync(ct);
        var targets = new List<CartTarget>();
        foreach (var plan in plans)
        {
            var remaining = await PlanLineLedger.RemainingAsync(db, plan, ct);
            if (!EMallSteps.For(plan, standing, remaining.Values.Total()).Allows(EMallStep.DirectPurchase))
            {
                continue;
            }

            targets.AddRange(plan.Items.Where(i => remaining[i.Id] > Money.Zero).OrderBy(i => i.LineNumber)
                .Select(i => new CartTarget(plan.Id, plan.Number, plan.Title, i.Id, i.LineNumber, i.CatalogueCode, i.CatalogueName, remaining[i.Id])));
        }

        return targets;
    }
}
