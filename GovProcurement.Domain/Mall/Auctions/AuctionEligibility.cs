using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// Whether a supplier may bid, as in online bidding: not debarred on the day, and with approved
/// listings for every item of the requirement (<see cref="IListingEligibility"/>).
/// </summary>
public sealed class AuctionEligibility(IListingEligibility listings)
{
    public const string ListingRule = "电子卖场电子反拍规则：供应商须对全部标的有在售（已上架）商品方可报价（参照网上竞价，待核实）";

    public Task<Refusal?> WhyNotAsync(GovProcurementDbContext db, Guid supplierId, ReverseAuction auction, DateOnly today, CancellationToken ct) =>
        SupplierStanding.WhyNotAsync(db, listings, supplierId, auction.Items.Select(i => i.CatalogueCode).Distinct().ToList(), ListingRule, today, ct);

    /// <summary>The supplier's standing towards the auction, for its answer.</summary>
    public async Task<AuctionSupplierFacts> FactsAsync(GovProcurementDbContext db, ActorStanding who, ReverseAuction auction, DateOnly today, CancellationToken ct)
    {
        if (who.Kind != OrganizationKind.Supplier || who.OrganizationId is not { } supplierId)
        {
            return AuctionSupplierFacts.None;
        }

        return new AuctionSupplierFacts(await WhyNotAsync(db, supplierId, auction, today, ct));
    }

    /// <summary>
    /// The supplier's standing towards many auctions in two queries, not two per auction: its debarments
    /// once, and its missing listings over all the auctions' catalogue items at once.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AuctionSupplierFacts>> FactsAsync(GovProcurementDbContext db, ActorStanding who, IReadOnlyList<ReverseAuction> auctions, DateOnly today, CancellationToken ct)
    {
        if (who.Kind != OrganizationKind.Supplier || who.OrganizationId is not { } supplierId)
        {
            return auctions.ToDictionary(a => a.Id, _ => AuctionSupplierFacts.None);
        }

        if (auctions.Count == 0)
        {
            return new Dictionary<Guid, AuctionSupplierFacts>();
        }

        var debarred = SupplierStanding.Debarred(await SupplierStanding.DebarmentsAsync(db, supplierId, ct), today);
        var codes = auctions.SelectMany(a => a.Items.Select(i => i.CatalogueCode)).Distinct().ToList();
        var missing = debarred is null ? (await listings.MissingListingsAsync(supplierId, codes, ct)).ToHashSet() : [];
        return auctions.ToDictionary(a => a.Id, a => new AuctionSupplierFacts(debarred
            ?? SupplierStanding.Unlisted(a.Items.Select(i => i.CatalogueCode).Distinct().Where(missing.Contains).ToList(), ListingRule)));
    }
}
