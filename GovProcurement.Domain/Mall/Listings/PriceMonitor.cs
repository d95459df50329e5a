using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>What a listing's price was compared with.</summary>
public enum PriceBenchmark
{
    /// <summary>The median of the other approved listings of the same catalogue item.</summary>
    PeerMedian = 1,

    /// <summary>The catalogue item's reference price (rule data).</summary>
    ReferencePrice = 2,

    /// <summary>The unit price the listing was last ordered at: any rise after an order is flagged.</summary>
    LastOrderPrice = 3,
}

/// <summary>
/// A listing whose price lies beyond the rule's deviation from a benchmark, with the figures: the price, the
/// benchmark, the deviation (basis points, signed: above is positive) and the rule's limit and citation.
/// </summary>
public sealed record PriceFlag(Guid ListingId, string CatalogueCode, string Name, string SupplierName, string RegionCode, Money Price,
    PriceBenchmark Benchmark, Money BenchmarkPrice, int Peers, long DeviationBasisPoints, long LimitBasisPoints, string Citation);

/// <summary>One listing as the monitor compares it.</summary>
public sealed record PricedListing(Guid ListingId, string CatalogueCode, string Name, string SupplierName, string RegionCode, Money Price);

/// <summary>
/// Price monitoring of the commodity library for the regulator: each visible listing compared with the median
/// of the other visible listings of its catalogue item and with the item's reference price where the rules
/// give one (<see cref="RuleKind.ListingReferencePrice"/>); a deviation beyond
/// <see cref="RuleKind.ListingPriceDeviationLimit"/> (strictly beyond: at the limit is not flagged) is flagged.
/// </summary>
public sealed class PriceMonitor(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    /// <summary>The rule for rises; no Guangdong text with a threshold was found, so every rise is flagged.</summary>
    public const string RiseAfterOrderRule = "电子卖场价格监测：商品成交后上调价格的，向监管部门预警（待核实）";

    /// <summary>The flags in the regulator's jurisdiction (the supplier's region), largest deviation first.</summary>
    public async Task<IReadOnlyList<PriceFlag>> FlagsAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Require(Accounts.Roles.Regulator);
        await using var db = await store.CreateDbContextAsync(ct);
        return await FlagsAsync(db, await Supervision.Jurisdiction.OfAsync(db, actor, ct), ct);
    }

    /// <summary>The flags of a jurisdiction (the supplier's region), largest deviation first; each listing is compared with all of its item's peers.</summary>
    internal async Task<IReadOnlyList<PriceFlag>> FlagsAsync(GovProcurementDbContext db, Supervision.Jurisdiction scope, CancellationToken ct)
    {
        var regions = scope.RegionCodes.ToHashSet();
        var today = time.TodayInChina();
        var listed = await ListingQueries.Visible(db, today)
            .Join(db.Organizations.OfType<Supplier>(), l => l.SupplierId, s => s.Id, (l, s) => new { l.Id, l.CatalogueCode, l.Approved.Name, Supplier = s.Name, s.RegionCode, l.Approved.Price })
            .AsNoTracking().ToListAsync(ct);
        var priced = listed.Select(l => new PricedListing(l.Id, l.CatalogueCode, l.Name, l.Supplier, l.RegionCode, l.Price)).ToList();
        var flags = Evaluate(priced, await rules.CurrentAsync(ct), today).Concat(await RisesAfterOrderAsync(db, priced, ct));
        return flags.Where(f => regions.Contains(f.RegionCode)).OrderByDescending(f => Math.Abs(f.DeviationBasisPoints)).ThenBy(f => f.CatalogueCode).ToList();
    }

    /// <summary>Each listing now priced above the unit price of its latest order (any order placed from it), with both figures.</summary>
    private static async Task<IEnumerable<PriceFlag>> RisesAfterOrderAsync(GovProcurementDbContext db, IReadOnlyList<PricedListing> listings, CancellationToken ct)
    {
        var lastOrdered = await db.Set<Orders.MallOrderLine>().Where(l => l.ListingId != null)
            .Join(db.MallOrders, l => l.OrderId, o => o.Id, (l, o) => new { l.ListingId, l.UnitPrice, o.CreatedUtc })
            .GroupBy(x => x.ListingId)
            .Select(g => g.OrderByDescending(x => x.CreatedUtc).Select(x => new { x.ListingId, x.UnitPrice }).First())
            .AsNoTracking().ToListAsync(ct);
        var ordered = lastOrdered.ToDictionary(x => x.ListingId!.Value, x => x.UnitPrice);
        return listings.Where(l => ordered.TryGetValue(l.ListingId, out var was) && l.Price > was && was.Fen > 0)
            .Select(l => new PriceFlag(l.ListingId, l.CatalogueCode, l.Name, l.SupplierName, l.RegionCode, l.Price, PriceBenchmark.LastOrderPrice, ordered[l.ListingId], 0,
                (long)Math.Round((l.Price.Fen - ordered[l.ListingId].Fen) * 10_000m / ordered[l.ListingId].Fen, MidpointRounding.AwayFromZero), 0, RiseAfterOrderRule))
            .ToList();
    }

    /// <summary>The flags of a set of listings under the rules in force on the day.</summary>
    public static IReadOnlyList<PriceFlag> Evaluate(IReadOnlyList<PricedListing> listings, RuleSet rules, DateOnly day)
    {
        var flags = new List<PriceFlag>();
        foreach (var item in listings.GroupBy(l => l.CatalogueCode))
        {
            var category = CatalogueDirectory.Shipped.Find(item.Key)?.Category;
            foreach (var listing in item)
            {
                if (rules.Find(RuleKind.ListingPriceDeviationLimit, listing.RegionCode, day, category, item.Key) is not { } limit)
                {
                    continue;
                }

                var others = item.Where(o => o.ListingId != listing.ListingId).Select(o => o.Price.Fen).Order().ToList();
                if (others.Count > 0 && Flag(listing, PriceBenchmark.PeerMedian, new Money(Median(others)), others.Count, limit) is { } peer)
                {
                    flags.Add(peer);
                }

                if (rules.Find(RuleKind.ListingReferencePrice, listing.RegionCode, day, category, item.Key) is { CatalogueCodes: not null } reference
                    && Flag(listing, PriceBenchmark.ReferencePrice, new Money(reference.Value), 0, limit) is { } referenced)
                {
                    flags.Add(referenced);
                }
            }
        }

        return flags;
    }

    /// <summary>The median, rounded half away from zero to the fen; the list is sorted.</summary>
    public static long Median(IReadOnlyList<long> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (long)Math.Round((sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2m, MidpointRounding.AwayFromZero);

    private static PriceFlag? Flag(PricedListing listing, PriceBenchmark benchmark, Money against, int peers, ProcurementRule limit)
    {
        if (against.Fen <= 0)
        {
            return null;
        }

        // Exact in integers: beyond the limit when |price - benchmark| * 10000 > limit * benchmark.
        var difference = listing.Price.Fen - against.Fen;
        if (Math.Abs((decimal)difference) * 10_000m <= limit.Value * (decimal)against.Fen)
        {
            return null;
        }

        var deviation = (long)Math.Round(difference * 10_000m / against.Fen, MidpointRounding.AwayFromZero);
        return new PriceFlag(listing.ListingId, listing.CatalogueCode, listing.Name, listing.SupplierName, listing.RegionCode, listing.Price,
            benchmark, against, peers, deviation, limit.Value, limit.Citation);
    }
}
