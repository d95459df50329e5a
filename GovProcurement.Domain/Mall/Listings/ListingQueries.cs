using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>The search of approved listings: a term (catalogue code, name, brand, model or pinyin initials) and filters.</summary>
public sealed record ListingSearch(string? Term = null, decimal? MinPrice = null, decimal? MaxPrice = null, string? RegionCode = null, bool SmeOnly = false, int Skip = 0, int Take = 20)
{
    public const int TermMaxLength = 50;
    public const int MaxTake = 100;
}

/// <summary>An approved listing as buyers see it: its approved version, the supplier and the regions served.</summary>
public sealed record ListingCard(Guid Id, string CatalogueCode, string Name, string Brand, string Model, string Specification, string Unit, Money Price,
    int? Stock, int DeliveryDays, Guid SupplierId, string SupplierName, bool SupplierIsSme, IReadOnlyList<string> RegionCodes);

/// <summary>
/// What buyers see of the commodity library: approved listings on sale whose supplier is not debarred
/// today. The search is paged on the server; the pinyin initials are stored, so every filter is a plain query.
/// </summary>
public sealed class ListingQueries(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    public async Task<Page<ListingCard>> SearchAsync(ListingSearch search, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var listings = Visible(db, time.TodayInChina());
        if (search.Term?.Trim() is { Length: > 0 } raw)
        {
            var term = raw.Length > ListingSearch.TermMaxLength ? raw[..ListingSearch.TermMaxLength] : raw;
            var upper = term.ToUpperInvariant();
            listings = listings.Where(l => l.CatalogueCode.StartsWith(upper) || l.Approved.Initials.StartsWith(upper)
                || l.Approved.Name.Contains(term) || l.Approved.Brand.Contains(term) || l.Approved.Model.Contains(term));
        }

        if (search.MinPrice is { } min)
        {
            var fen = Money.FromYuan(decimal.Round(min, 2));
            listings = listings.Where(l => l.Approved.Price >= fen);
        }

        if (search.MaxPrice is { } max)
        {
            var fen = Money.FromYuan(decimal.Round(max, 2));
            listings = listings.Where(l => l.Approved.Price <= fen);
        }

        if (search.RegionCode is { Length: > 0 } region && RegionDirectory.Guangdong.Find(region) is not null)
        {
            var served = RegionDirectory.Guangdong.SelfAndAncestors(region).Select(r => r.Code).ToList();
            listings = listings.Where(l => l.Areas.Any(a => served.Contains(a.RegionCode)));
        }

        if (search.SmeOnly)
        {
            var smes = db.Organizations.OfType<Supplier>().Where(s => s.Scale != EnterpriseScale.Large).Select(s => s.Id);
            listings = listings.Where(l => smes.Contains(l.SupplierId));
        }

        var total = await listings.CountAsync(ct);
        var page = await listings.OrderBy(l => l.CatalogueCode).ThenBy(l => l.Approved.Price).ThenBy(l => l.Id)
            .Skip(Math.Max(0, search.Skip)).Take(Math.Clamp(search.Take, 1, ListingSearch.MaxTake))
            .Include(l => l.Areas).AsNoTracking().ToListAsync(ct);
        return new Page<ListingCard>(await CardsAsync(db, page, ct), total);
    }

    /// <summary>
    /// The catalogue codes among <paramref name="catalogueCodes"/> the supplier has no listing on sale for
    /// today (approved, its supplier not debarred): empty when it may quote in an online bidding
    /// (供应商须对全部品目有在售商品).
    /// </summary>
    public static async Task<IReadOnlyList<string>> UnlistedAsync(GovProcurementDbContext db, Guid supplierOrgId, IReadOnlyCollection<string> catalogueCodes, DateOnly today, CancellationToken ct = default)
    {
        var codes = catalogueCodes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var listed = await Visible(db, today).Where(l => l.SupplierId == supplierOrgId && codes.Contains(l.CatalogueCode))
            .Select(l => l.CatalogueCode).Distinct().ToListAsync(ct);
        return codes.Except(listed, StringComparer.Ordinal).ToList();
    }

    /// <summary>Listings buyers see: approved, on sale, their supplier not debarred on the day.</summary>
    public static IQueryable<Listing> Visible(GovProcurementDbContext db, DateOnly today)
    {
        var debarred = DebarredOn(db, today);
        return db.Listings.Where(l => l.OnSale && l.ApprovedVersion > 0 && !debarred.Contains(l.SupplierId));
    }

    /// <summary>The suppliers whose debarment is in force on the day.</summary>
    public static IQueryable<Guid> DebarredOn(GovProcurementDbContext db, DateOnly day) =>
        db.SupplierDebarments.Where(d => d.From <= day && day < d.Until).Select(d => d.SupplierId);

    internal static async Task<IReadOnlyList<ListingCard>> CardsAsync(GovProcurementDbContext db, IReadOnlyList<Listing> listings, CancellationToken ct)
    {
        var ids = listings.Select(l => l.SupplierId).Distinct().ToList();
        var suppliers = await db.Organizations.OfType<Supplier>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Scale }).ToDictionaryAsync(s => s.Id, ct);
        return listings.Select(l =>
        {
            var supplier = suppliers.GetValueOrDefault(l.SupplierId);
            var a = l.Approved;
            return new ListingCard(l.Id, l.CatalogueCode, a.Name, a.Brand, a.Model, a.Specification, a.Unit, a.Price, l.Stock, l.DeliveryDays, l.SupplierId,
                supplier?.Name ?? "", supplier is not null && supplier.Scale != EnterpriseScale.Large, l.Areas.Select(x => x.RegionCode).Order(StringComparer.Ordinal).ToList());
        }).ToList();
    }
}
