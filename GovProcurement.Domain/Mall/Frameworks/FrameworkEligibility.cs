using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>
/// Whether an admitted supplier may be given a call-off on a day: not debarred (政府采购法第七十七条).
/// Checked at admission, at every call-off and again at a second competition's close, so a supplier
/// debarred during the term drops out of the rotation and the competitions.
/// </summary>
public static class FrameworkEligibility
{
    public static async Task<Refusal?> WhyNotAsync(GovProcurementDbContext db, Guid supplierId, DateOnly today, CancellationToken ct) =>
        Refuse(await db.SupplierDebarments.AsNoTracking().Where(d => d.SupplierId == supplierId).ToListAsync(ct), today);

    /// <summary>The suppliers among <paramref name="supplierIds"/> debarred on the day.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Refusal>> DebarredAsync(GovProcurementDbContext db, IReadOnlyCollection<Guid> supplierIds, DateOnly today, CancellationToken ct)
    {
        var rows = await db.SupplierDebarments.AsNoTracking().Where(d => supplierIds.Contains(d.SupplierId)).ToListAsync(ct);
        return rows.GroupBy(d => d.SupplierId).Select(g => (g.Key, Why: Refuse(g, today))).Where(x => x.Why is not null).ToDictionary(x => x.Key, x => x.Why!);
    }

    private static Refusal? Refuse(IEnumerable<Organizations.SupplierDebarment> debarments, DateOnly today) =>
        debarments.FirstOrDefault(d => d.IsInForceOn(today)) is { } d
            ? new Refusal(
                $"该供应商被列入政府采购严重违法失信行为记录名单，{d.From:yyyy-MM-dd} 至 {d.Until.AddDays(-1):yyyy-MM-dd} 禁止参加政府采购活动。",
                $"The supplier is barred from government procurement from {d.From:yyyy-MM-dd} to {d.Until.AddDays(-1):yyyy-MM-dd}.",
                "政府采购法第七十七条")
            : null;
}
