using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>
/// What every competitive e-mall method (online bidding, reverse auction) asks of a supplier before it
/// may take part: not debarred on the day (政府采购法第七十七条), and approved listings on sale for every
/// catalogue item of the requirement (<see cref="IListingEligibility"/>), under the method's own rule text.
/// </summary>
public static class SupplierStanding
{
    public static async Task<Refusal?> WhyNotAsync(GovProcurementDbContext db, IListingEligibility listings, Guid supplierId,
        IReadOnlyList<string> catalogueCodes, string listingRule, DateOnly today, CancellationToken ct) =>
        Debarred(await DebarmentsAsync(db, supplierId, ct), today)
        ?? Unlisted(await listings.MissingListingsAsync(supplierId, catalogueCodes, ct), listingRule);

    /// <summary>The supplier's debarments, loaded once for many requirements.</summary>
    public static async Task<IReadOnlyList<Organizations.SupplierDebarment>> DebarmentsAsync(GovProcurementDbContext db, Guid supplierId, CancellationToken ct) =>
        await db.SupplierDebarments.AsNoTracking().Where(d => d.SupplierId == supplierId).ToListAsync(ct);

    /// <summary>Why a debarment in force on the day bars the supplier, or null.</summary>
    public static Refusal? Debarred(IEnumerable<Organizations.SupplierDebarment> debarments, DateOnly today) =>
        debarments.FirstOrDefault(d => d.IsInForceOn(today)) is { } d
            ? new Refusal(
                $"该供应商被列入政府采购严重违法失信行为记录名单，{d.From:yyyy-MM-dd} 至 {d.Until.AddDays(-1):yyyy-MM-dd} 禁止参加政府采购活动。",
                $"The supplier is barred from government procurement from {d.From:yyyy-MM-dd} to {d.Until.AddDays(-1):yyyy-MM-dd}.",
                "政府采购法第七十七条")
            : null;

    /// <summary>Why the missing listings (in the requirement's order) bar the supplier, or null when none is missing.</summary>
    public static Refusal? Unlisted(IReadOnlyCollection<string> missing, string listingRule) =>
        missing.Count == 0 ? null : new Refusal(
            $"没有以下品目的在售商品：{string.Join("、", missing)}。",
            $"No listing on sale for: {string.Join(", ", missing)}.", listingRule);
}
