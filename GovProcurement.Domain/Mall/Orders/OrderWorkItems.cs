using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// The to-do items of e-mall orders, from the same answer the order page renders: the supplier confirms
/// a placed direct purchase and records delivery of a confirmed order; the unit's operator records receipt.
/// </summary>
public static class OrderWorkItems
{
    /// <summary>
    /// What waits for the actor, by kind, as store queries: each is the order answer's own condition (the
    /// party, the status the step leaves from, the confirmation period), so the list reads the oldest of
    /// each and the navigation counts each whole (<see cref="WorkTally"/>).
    /// </summary>
    public static IEnumerable<WorkQuery<MallOrder>> Waiting(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc)
    {
        if (standing.IsIn(Roles.Supplier))
        {
            yield return new(WorkKind.ConfirmDirectOrder, db.MallOrders.Where(o => o.SupplierId == org && o.Status == OrderStatus.Placed
                && (o.ConfirmDueUtc == null || o.ConfirmDueUtc > nowUtc)));
            yield return new(WorkKind.DeliverOrder, db.MallOrders.Where(o => o.SupplierId == org && o.Status == OrderStatus.Confirmed && o.ConfirmedUtc != null));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            yield return new(WorkKind.ReceiveOrder, db.MallOrders.Where(o => o.UnitId == org && o.Status == OrderStatus.Delivered && o.DeliveredUtc != null));
        }
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the order's answer offers the step.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in Waiting(db, standing, org, nowUtc))
        {
            var orders = await waiting.AsNoTracking().OrderBy(o => o.CreatedUtc).Take(take).ToListAsync(ct);
            items.AddRange(orders.SelectMany(o => ItemsOf(o, OrderSteps.For(o, standing, nowUtc))).Where(i => i.Kind == kind));
        }

        return items;
    }

    private static IEnumerable<WorkItem> ItemsOf(MallOrder order, ActionSet<OrderAction> steps)
    {
        var href = $"/mall/orders/{order.Id}";
        var title = $"{order.Number} {order.UnitName} → {order.SupplierName}";
        if (steps.Allows(OrderAction.Confirm))
        {
            yield return new WorkItem(WorkKind.ConfirmDirectOrder, title, href, order.CreatedUtc);
        }

        if (steps.Allows(OrderAction.Deliver) && order.ConfirmedUtc is { } confirmed)
        {
            yield return new WorkItem(WorkKind.DeliverOrder, title, href, confirmed);
        }

        if (steps.Allows(OrderAction.Receive) && order.DeliveredUtc is { } delivered)
        {
            yield return new WorkItem(WorkKind.ReceiveOrder, title, href, delivered);
        }
    }
}
