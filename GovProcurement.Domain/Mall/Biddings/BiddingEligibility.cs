using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// Whether a supplier may quote, checked when it quotes and again at the close: a supplier not
/// debarred on the day, with approved listings for every item of the requirement
/// (<see cref="IListingEligibility"/>).
/// </summary>
public sealed class BiddingEligibility(IListingEligibility listings)
{
    public const string ListingRule = "电子卖场网上竞价规则：供应商须对全部标的有在售（已上架）商品方可报价（待核实）";

    public Task<Refusal?> WhyNotAsync(GovProcurementDbContext db, Guid supplierId, OnlineBidding bidding, DateOnly today, CancellationToken ct) =>
        SupplierStanding.WhyNotAsync(db, listings, supplierId, bidding.Items.Select(i => i.CatalogueCode).Distinct().ToList(), ListingRule, today, ct);

    /// <summary>The supplier's facts towards the bidding, for its answer.</summary>
    public async Task<BiddingSupplierFacts> FactsAsync(GovProcurementDbContext db, ActorStanding who, OnlineBidding bidding, DateOnly today, CancellationToken ct)
    {
        if (who.Kind != OrganizationKind.Supplier || who.OrganizationId is not { } supplierId)
        {
            return BiddingSupplierFacts.None;
        }

        return new BiddingSupplierFacts(bidding.Quotes.Any(q => q.SupplierId == supplierId), await WhyNotAsync(db, supplierId, bidding, today, ct));
    }
}
