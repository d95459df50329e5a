using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// Whether a supplier may bid, as in online bidding: not debarred on the day, and with approved
/// listings for every item of the requirement (<see cref="IListingEligibility"/>).
/// </summary>
public sealed class AuctionEligibility(IListingEligibility listings)
{
    public const string ListingRule = "电子卖场电子反拍规则：供应商须对全部标的有在售（已上架）商品方可报价（参照网上竞价，待核实）";

    public async Task<Refusal?> WhyNotAsync(GovProcurementDbContext db, Guid supplierId, ReverseAuction auction, DateOnly today, CancellationToken ct)
    {
        var debarments = await db.SupplierDebarments.AsNoTracking().Where(d => d.SupplierId == supplierId).ToListAsync(ct);
        if (debarments.FirstOrDefault(d => d.IsInForceOn(today)) is { } d)
        {
            return new Refusal(
                $"该供应商被列入政府采购严重违法失信行为记录名单，{d.From:yyyy-MM-dd} 至 {d.Until.AddDays(-1):yyyy-MM-dd} 禁止参加政府采购活动。",
                $"The supplier is barred from government procurement from {d.From:yyyy-MM-dd} to {d.Until.AddDays(-1):yyyy-MM-dd}.",
                "政府采购法第七十七条");
        }

        var missing = await listings.MissingListingsAsync(supplierId, auction.Items.Select(i => i.CatalogueCode).Distinct().ToList(), ct);
        return missing.Count == 0 ? null : new Refusal(
            $"没有以下品目的在售商品：{string.Join("、", missing)}。",
            $"No listing on sale for: {string.Join(", ", missing)}.", ListingRule);
    }

    /// <summary>The supplier's standing towards the auction, for its answer.</summary>
    public async Task<AuctionSupplierFacts> FactsAsync(GovProcurementDbContext db, ActorStanding who, ReverseAuction auction, DateOnly today, CancellationToken ct)
    {
        if (who.Kind != OrganizationKind.Supplier || who.OrganizationId is not { } supplierId)
        {
            return AuctionSupplierFacts.None;
        }

        return new AuctionSupplierFacts(await WhyNotAsync(db, supplierId, auction, today, ct));
    }
}
