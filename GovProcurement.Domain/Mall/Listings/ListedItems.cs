using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>
/// The commodity library's answer to whether a supplier may quote for a requirement: the catalogue
/// items it has no listing for that buyers can see today (approved, on sale, the supplier not debarred).
/// </summary>
public sealed class ListedItems(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time) : IListingEligibility
{
    public async Task<IReadOnlyList<string>> MissingListingsAsync(Guid supplierId, IReadOnlyCollection<string> catalogueCodes, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await ListingQueries.UnlistedAsync(db, supplierId, catalogueCodes, BeijingTime.Day(time.GetUtcNow().UtcDateTime), ct);
    }
}
