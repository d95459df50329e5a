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

/// <summary>
/// The default until the commodity library is merged: no catalogue item is missing, so every supplier
/// that is registered and not debarred may quote. To be replaced at merge by the listings' query
/// (approved, visible listings of the supplier for each code), registered in
/// <see cref="DomainServices"/> in place of this one.
/// </summary>
public sealed class ListingsNotYetRequired : IListingEligibility
{
    public Task<IReadOnlyList<string>> MissingListingsAsync(Guid supplierId, IReadOnlyCollection<string> catalogueCodes, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
