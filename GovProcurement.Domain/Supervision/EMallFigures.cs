using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>A group the database summed: its keys, how many records and how much (in fen).</summary>
internal sealed record Grouped<TKey>(TKey Key, string RegionCode, int Count, long Fen);

/// <summary>
/// The e-mall figures of a jurisdiction and period, each one SQL query that groups and sums in the
/// database and returns only the groups (at most one per region and key). Orders count when the
/// supplier is bound — confirmed, delivered or received — and are dated by that confirmation; a
/// placed, declined, lapsed or cancelled order is no purchase. Amounts are summed as whole fen.
/// </summary>
internal static class EMallFigures
{
    /// <summary>The binding orders of the jurisdiction confirmed in the period.</summary>
    public static IQueryable<MallOrder> Orders(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period) =>
        db.MallOrders.AsNoTracking().Where(o => (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Received)
            && scope.RegionCodes.Contains(o.RegionCode) && o.ConfirmedUtc >= period.FromUtc && o.ConfirmedUtc < period.ToUtcExclusive);

    /// <summary>Online biddings of the jurisdiction the platform decided (closed) in the period.</summary>
    public static IQueryable<OnlineBidding> Decided(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period) =>
        db.OnlineBiddings.AsNoTracking().Where(b => scope.RegionCodes.Contains(b.RegionCode) && b.DecidedUtc >= period.FromUtc && b.DecidedUtc < period.ToUtcExclusive);

    // A Money column holds its fen; the double cast lets the provider sum the stored integer (CAST(x AS bigint)).
    // It is only ever translated to SQL, never run in memory.

    /// <summary>Orders and amount per region and method.</summary>
    public static async Task<List<Grouped<OrderMethod>>> VolumeAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await Orders(db, scope, period).GroupBy(o => new { o.RegionCode, o.Method })
            .Select(g => new { g.Key.RegionCode, g.Key.Method, Count = g.Count(), Fen = g.Sum(o => (long)(object)o.Total) }).ToListAsync(ct))
        .Select(g => new Grouped<OrderMethod>(g.Method, g.RegionCode, g.Count, g.Fen)).ToList();

    /// <summary>Orders (each counted once per class) and line amounts per catalogue class (the code's first three characters, e.g. A02 通用设备).</summary>
    public static async Task<List<Slice>> CatalogueClassesAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        var orders = Orders(db, scope, period);
        var rows = await db.Set<MallOrderLine>().AsNoTracking().Where(l => orders.Any(o => o.Id == l.OrderId))
            .GroupBy(l => l.CatalogueCode.Substring(0, 3))
            .Select(g => new { g.Key, Orders = g.Select(l => l.OrderId).Distinct().Count(), Fen = g.Sum(l => (long)(object)l.Amount) }).ToListAsync(ct);
        return rows.Select(r => new Slice(r.Key, r.Orders, new Money(r.Fen))).OrderByDescending(s => s.Amount).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Amount per region and the supplier's declared scale (as declared now: the order does not record it).</summary>
    public static async Task<List<Grouped<EnterpriseScale>>> ScalesAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await Orders(db, scope, period).Join(db.Organizations.OfType<Supplier>(), o => o.SupplierId, s => s.Id, (o, s) => new { o.RegionCode, s.Scale, o.Total })
            .GroupBy(x => new { x.RegionCode, x.Scale })
            .Select(g => new { g.Key.RegionCode, g.Key.Scale, Count = g.Count(), Fen = g.Sum(x => (long)(object)x.Total) }).ToListAsync(ct))
        .Select(g => new Grouped<EnterpriseScale>(g.Scale, g.RegionCode, g.Count, g.Fen)).ToList();

    /// <summary>Per region: the awarded online biddings' ceilings and award amounts.</summary>
    public static async Task<List<(string RegionCode, int Biddings, long Ceilings, long Awarded)>> CeilingsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await Orders(db, scope, period).Where(o => o.Method == OrderMethod.OnlineBidding)
            .Join(db.OnlineBiddings, o => o.SourceId, b => (Guid?)b.Id, (o, b) => new { o.RegionCode, o.Total, b.Ceiling })
            .GroupBy(x => x.RegionCode)
            .Select(g => new { g.Key, Count = g.Count(), Ceilings = g.Sum(x => (long)(object)x.Ceiling), Awarded = g.Sum(x => (long)(object)x.Total) }).ToListAsync(ct))
        .Select(g => (g.Key, g.Count, g.Ceilings, g.Awarded)).ToList();

    /// <summary>Per region of the plan: the plan lines ordered on in the period and their budgeted amounts.</summary>
    public static async Task<List<(string RegionCode, int Lines, long Budgets)>> BudgetsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        var orders = Orders(db, scope, period);
        return (await db.Plans.AsNoTracking().SelectMany(p => p.Items, (p, i) => new { p.RegionCode, i.Id, i.Amount })
            .Where(x => orders.Any(o => o.PlanItemId == x.Id))
            .GroupBy(x => x.RegionCode)
            .Select(g => new { g.Key, Lines = g.Count(), Fen = g.Sum(x => (long)(object)x.Amount) }).ToListAsync(ct))
            .Select(g => (g.Key, g.Lines, g.Fen)).ToList();
    }

    /// <summary>Per region: online biddings decided in the period, and how many failed.</summary>
    public static async Task<List<(string RegionCode, int Decided, int Failed)>> OutcomesAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await Decided(db, scope, period).GroupBy(b => b.RegionCode)
            .Select(g => new { g.Key, Decided = g.Count(), Failed = g.Count(b => b.Status == BiddingStatus.Failed) }).ToListAsync(ct))
        .Select(g => (g.Key, g.Decided, g.Failed)).ToList();

    /// <summary>The failed biddings decided in the period, latest first, at most <paramref name="take"/>.</summary>
    public static Task<List<FailedBidding>> FailedAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, int take, CancellationToken ct) =>
        Decided(db, scope, period).Where(b => b.Status == BiddingStatus.Failed).OrderByDescending(b => b.DecidedUtc).ThenBy(b => b.Number).Take(take)
            .Select(b => new FailedBidding(b.Id, b.Number, b.Title, db.Organizations.Where(o => o.Id == b.UnitId).Select(o => o.Name).First(), b.RegionCode, b.Ceiling,
                b.ClosesUtc, b.QuoteCount, b.Quotes.Count(q => q.InvalidReason == null), b.MinimumQuotes))
            .ToListAsync(ct);

    /// <summary>Per region of the plan: old-platform records whose day of execution falls in the period.</summary>
    public static async Task<List<(string RegionCode, int Records, long Fen)>> OldPlatformAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct) =>
        (await db.OldPlatformRecords.AsNoTracking().Where(r => r.CarriedOutOn >= period.From && r.CarriedOutOn <= period.To)
            .Join(db.Plans, r => r.PlanId, p => p.Id, (r, p) => new { p.RegionCode, r.Amount })
            .Where(x => scope.RegionCodes.Contains(x.RegionCode))
            .GroupBy(x => x.RegionCode)
            .Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(x => (long)(object)x.Amount) }).ToListAsync(ct))
        .Select(g => (g.Key, g.Count, g.Fen)).ToList();
}
