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
    private static readonly OrderStatus[] SupplierWaits = [OrderStatus.Placed, OrderStatus.Confirmed];

    /// <param name="counted">When given, each kind's exact count is added to it, counted in the database: each query below is the order answer's own condition.</param>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, int take, CancellationToken ct,
        Dictionary<WorkKind, int>? counted = null)
    {
        var candidates = new List<MallOrder>();
        if (standing.IsIn(Roles.Supplier))
        {
            candidates.AddRange(await Load(db.MallOrders.Where(o => o.SupplierId == org && SupplierWaits.Contains(o.Status)), take, ct));
            await CountAsync(counted, WorkKind.ConfirmDirectOrder, db.MallOrders.Where(o => o.SupplierId == org && o.Status == OrderStatus.Placed && o.ConfirmDueUtc > nowUtc), ct);
            await CountAsync(counted, WorkKind.DeliverOrder, db.MallOrders.Where(o => o.SupplierId == org && o.Status == OrderStatus.Confirmed && o.ConfirmedUtc != null), ct);
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            candidates.AddRange(await Load(db.MallOrders.Where(o => o.UnitId == org && o.Status == OrderStatus.Delivered), take, ct));
            await CountAsync(counted, WorkKind.ReceiveOrder, db.MallOrders.Where(o => o.UnitId == org && o.Status == OrderStatus.Delivered && o.DeliveredUtc != null), ct);
        }

        return candidates.SelectMany(o => ItemsOf(o, OrderSteps.For(o, standing, nowUtc)));
    }

    private static async Task CountAsync(Dictionary<WorkKind, int>? counted, WorkKind kind, IQueryable<MallOrder> waiting, CancellationToken ct)
    {
        if (counted is not null)
        {
            counted[kind] = counted.GetValueOrDefault(kind) + await waiting.CountAsync(ct);
        }
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

    private static async Task<List<MallOrder>> Load(IQueryable<MallOrder> candidates, int take, CancellationToken ct) =>
        await candidates.AsNoTracking().OrderBy(o => o.CreatedUtc).Take(take).ToListAsync(ct);
}
