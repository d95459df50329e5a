namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// Whether a supplier has approved listings (上架商品) for each catalogue item of a requirement: the
/// rule sheet lets a supplier quote only with listings on sale for every item. The commodity library
/// (<c>Mall/Listings</c>) answers it.
/// </summary>
public interface IListingEligibility
{
    /// <summary>The catalogue codes among <paramref name="catalogueCodes"/> the supplier has no approved listing for; empty when it may quote.</summary>
    Task<IReadOnlyList<string>> MissingListingsAsync(Guid supplierId, IReadOnlyCollection<string> catalogueCodes, CancellationToken ct = default);
}
