using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// The e-mall's figures for the regulator's dashboard and reports: volume by method, region and
/// catalogue class, savings against ceilings and budgets, SME shares, failed biddings, price flags
/// and old-platform records, over the jurisdiction (the regions it rolls up to) and a period. Every
/// figure is grouped in the database (<see cref="EMallFigures"/>); only the groups are rolled up here.
/// Reverse auctions and framework call-offs count as soon as they record their orders.
/// </summary>
public sealed class EMallQueries(IDbContextFactory<GovProcurementDbContext> store, PriceMonitor prices)
{
    /// <summary>The dashboard lists at most this many failed biddings; the report lists up to its row limit.</summary>
    public const int FailedListed = 20;

    public async Task<EMallDashboard> DashboardAsync(Actor actor, SupervisionPeriod period, CancellationToken ct = default)
    {
        period.Check();
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var regions = await RegionsAsync(db, scope, period, ct);
        var byMethod = Enum.GetValues<OrderMethod>().Select(m => new Slice(m.ToString(), regions.Sum(r => r.ByMethod.GetValueOrDefault(m)?.Count ?? 0), regions.Select(r => r.AmountOf(m)).Total()))
            .Where(s => s.Count > 0).OrderByDescending(s => s.Amount).ToList();
        var byRegion = regions.Where(r => r.Orders > 0).Select(r => new Slice(r.RegionCode, r.Orders, r.Amount)).ToList();
        return new EMallDashboard(period, scope.RegionCode, regions.Sum(r => r.Orders), regions.Select(r => r.Amount).Total(), byMethod, byRegion,
            await EMallFigures.CatalogueClassesAsync(db, scope, period, ct),
            EMallSavings.Sum(regions.Select(r => r.Savings)), EMallSme.Sum(regions.Select(r => r.Sme)),
            new EMallBiddingOutcomes(regions.Sum(r => r.Biddings.Decided), regions.Sum(r => r.Biddings.Failed)),
            await EMallFigures.FailedAsync(db, scope, period, FailedListed, ct),
            await prices.FlagsAsync(db, scope, ct),
            new OldPlatformFigures(regions.Sum(r => r.OldPlatform.Records), regions.Select(r => r.OldPlatform.Amount).Total()));
    }

    /// <summary>The name of a catalogue class key (A02 → 通用设备).</summary>
    public static Bilingual ClassName(string key) => CatalogueDirectory.Shipped.Find(key) is { } item ? new(item.Name, item.NameEn) : new(key, key);

    /// <summary>
    /// One line per region the jurisdiction rolls up to (its own level and each region directly below
    /// that has any e-mall figure), ordered by code.
    /// </summary>
    internal static async Task<List<EMallRegion>> RegionsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        var volume = await EMallFigures.VolumeAsync(db, scope, period, ct);
        var scales = await EMallFigures.ScalesAsync(db, scope, period, ct);
        var ceilings = await EMallFigures.CeilingsAsync(db, scope, period, ct);
        var budgets = await EMallFigures.BudgetsAsync(db, scope, period, ct);
        var outcomes = await EMallFigures.OutcomesAsync(db, scope, period, ct);
        var old = await EMallFigures.OldPlatformAsync(db, scope, period, ct);

        var keys = volume.Select(v => v.RegionCode).Concat(budgets.Select(b => b.RegionCode)).Concat(outcomes.Select(o => o.RegionCode)).Concat(old.Select(o => o.RegionCode))
            .Select(scope.RollUp).Distinct().Order(StringComparer.Ordinal);
        return keys.Select(key =>
        {
            bool In(string code) => scope.RollUp(code) == key;
            var own = volume.Where(v => In(v.RegionCode)).ToList();
            var byMethod = own.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => new Slice(g.Key.ToString(), g.Sum(v => v.Count), new Money(g.Sum(v => v.Fen))));
            var scaled = scales.Where(s => In(s.RegionCode)).ToList();
            var sme = new EMallSme(new Money(scaled.Sum(s => s.Fen)), new Money(scaled.Where(s => s.Key != EnterpriseScale.Large).Sum(s => s.Fen)),
                new Money(scaled.Where(s => SmePriceDeduction.Applies(s.Key)).Sum(s => s.Fen)));
            var ceiling = ceilings.Where(c => In(c.RegionCode)).ToList();
            var budget = budgets.Where(b => In(b.RegionCode)).ToList();
            var savings = new EMallSavings(ceiling.Sum(c => c.Biddings), new Money(ceiling.Sum(c => c.Ceilings)), new Money(ceiling.Sum(c => c.Awarded)),
                budget.Sum(b => b.Lines), new Money(budget.Sum(b => b.Budgets)), new Money(own.Sum(v => v.Fen)));
            var decided = outcomes.Where(o => In(o.RegionCode)).ToList();
            var records = old.Where(o => In(o.RegionCode)).ToList();
            return new EMallRegion(key, byMethod, sme, savings, new EMallBiddingOutcomes(decided.Sum(o => o.Decided), decided.Sum(o => o.Failed)),
                new OldPlatformFigures(records.Sum(r => r.Records), new Money(records.Sum(r => r.Fen))));
        }).ToList();
    }
}
