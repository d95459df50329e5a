using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// The regulator's dashboard: plans filed in the period (by region, category, route and method),
/// SME shares of the projects announced in it, filings waiting now, and plans whose intention was
/// published too late before their start; and the plans behind any slice.
/// </summary>
public sealed class SupervisionQueries(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook ruleBook, TimeProvider time)
{
    public const string NoneKey = "None";

    public async Task<SupervisionDashboard> DashboardAsync(Actor actor, SupervisionPeriod period, CancellationToken ct = default)
    {
        period.Check();
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var filed = FiledPlans(db, scope, period);

        // One grouped row per region, route and method (a few hundred at most), with the plans' category totals, rolled up here.
        var groups = await filed.GroupBy(p => new { p.RegionCode, p.Route, p.Method })
            .Select(g => new FiledGroup(g.Key.RegionCode, g.Key.Route, g.Key.Method, g.Count(), g.Sum(p => (long)(object)p.Total),
                g.Count(p => (long)(object)p.GoodsTotal > 0), g.Sum(p => (long)(object)p.GoodsTotal),
                g.Count(p => (long)(object)p.WorksTotal > 0), g.Sum(p => (long)(object)p.WorksTotal),
                g.Count(p => (long)(object)p.ServicesTotal > 0), g.Sum(p => (long)(object)p.ServicesTotal),
                g.Count(p => (long)(object)p.Total - (long)(object)p.GoodsTotal - (long)(object)p.WorksTotal - (long)(object)p.ServicesTotal > 0)))
            .ToListAsync(ct);
        var byRegion = Slices(groups.GroupBy(g => scope.RollUp(g.RegionCode), g => (g.Count, g.Fen))).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var byRoute = Slices(groups.GroupBy(g => g.Route?.ToString() ?? NoneKey, g => (g.Count, g.Fen))).OrderByDescending(s => s.Amount).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var byMethod = Slices(groups.GroupBy(g => g.Method?.ToString() ?? NoneKey, g => (g.Count, g.Fen))).OrderByDescending(s => s.Amount).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var byCategory = Categories(groups);

        return new SupervisionDashboard(period, scope.RegionCode, groups.Sum(g => g.Count), new Money(groups.Sum(g => g.Fen)), byRegion, byCategory, byRoute, byMethod,
            SmeShares.Sum((await SmeFigures.ByRegionAsync(db, scope, period, ct)).Select(r => r.Shares)), await WaitingAsync(db, scope, ct), await LateIntentionsAsync(db, scope, period, ct));
    }

    /// <summary>The region whose jurisdiction the actor supervises.</summary>
    public async Task<string> RegionOfAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return (await Jurisdiction.OfAsync(db, actor, ct)).RegionCode;
    }

    /// <summary>The filed plans behind one slice of a chart.</summary>
    public async Task<IReadOnlyList<PlanRow>> PlansAsync(Actor actor, SupervisionPeriod period, PlanDimension dimension, string key, CancellationToken ct = default)
    {
        period.Check();
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var plans = Slice(FiledPlans(db, scope, period), scope, dimension, key);
        return await plans.OrderByDescending(p => p.CreatedUtc).Take(5000)
            .Select(p => new PlanRow(p.Id, p.Number, p.Title, db.Organizations.Where(o => o.Id == p.UnitId).Select(o => o.Name).First(), p.RegionCode, p.Status, p.Total, p.ExpectedStart, p.UpdatedUtc, p.CreatedUtc))
            .ToListAsync(ct);
    }

    /// <summary>The plans of one chart slice.</summary>
    internal static IQueryable<ProcurementPlan> Slice(IQueryable<ProcurementPlan> plans, Jurisdiction scope, PlanDimension dimension, string key) => dimension switch
    {
        PlanDimension.Region when key == scope.RegionCode => plans.Where(p => p.RegionCode == key),
        PlanDimension.Region => plans.Where(p => Jurisdiction.For(key).RegionCodes.Contains(p.RegionCode)),
        PlanDimension.Route => Enum.TryParse<Routing.ProcurementRoute>(key, out var route) ? plans.Where(p => p.Route == route) : plans.Where(p => p.Route == null),
        PlanDimension.Method => Enum.TryParse<Routing.ProcurementMethod>(key, out var method) ? plans.Where(p => p.Method == method) : plans.Where(p => p.Method == null),
        PlanDimension.Category => key switch
        {
            nameof(ProcurementCategory.Goods) => plans.Where(p => (long)(object)p.GoodsTotal > 0),
            nameof(ProcurementCategory.Works) => plans.Where(p => (long)(object)p.WorksTotal > 0),
            nameof(ProcurementCategory.Services) => plans.Where(p => (long)(object)p.ServicesTotal > 0),
            NoneKey => plans.Where(p => (long)(object)p.Total - (long)(object)p.GoodsTotal - (long)(object)p.WorksTotal - (long)(object)p.ServicesTotal > 0),
            _ => plans.Where(p => false),
        },
        _ => plans,
    };

    /// <summary>Filed plans of the jurisdiction whose filing falls in the period.</summary>
    internal static IQueryable<ProcurementPlan> FiledPlans(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period) =>
        db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Filed && p.FiledUtc >= period.FromUtc && p.FiledUtc < period.ToUtcExclusive
            && scope.RegionCodes.Contains(p.RegionCode));

    /// <summary>
    /// Plans (each counted once per category it has lines of) and line amounts per catalogue category,
    /// from the totals each plan keeps per category; lines of no known code make the "none" slice.
    /// The plans of a period are filed, so each of their lines has an amount above zero.
    /// </summary>
    private static List<Slice> Categories(List<FiledGroup> groups)
    {
        var none = groups.Sum(g => g.Fen - g.GoodsFen - g.WorksFen - g.ServicesFen);
        Slice[] all =
        [
            new(nameof(ProcurementCategory.Goods), groups.Sum(g => g.GoodsPlans), new Money(groups.Sum(g => g.GoodsFen))),
            new(nameof(ProcurementCategory.Works), groups.Sum(g => g.WorksPlans), new Money(groups.Sum(g => g.WorksFen))),
            new(nameof(ProcurementCategory.Services), groups.Sum(g => g.ServicesPlans), new Money(groups.Sum(g => g.ServicesFen))),
            new(NoneKey, groups.Sum(g => g.UncategorisedPlans), new Money(none)),
        ];
        return all.Where(s => s.Count > 0).OrderByDescending(s => s.Amount).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private sealed record FiledGroup(string RegionCode, Routing.ProcurementRoute? Route, Routing.ProcurementMethod? Method, int Count, long Fen,
        int GoodsPlans, long GoodsFen, int WorksPlans, long WorksFen, int ServicesPlans, long ServicesFen, int UncategorisedPlans);

    private static IEnumerable<Slice> Slices(IEnumerable<IGrouping<string, (int Count, long Fen)>> groups) =>
        groups.Select(g => new Slice(g.Key, g.Sum(x => x.Count), new Money(g.Sum(x => x.Fen))));

    private async Task<IReadOnlyList<WaitingFiling>> WaitingAsync(GovProcurementDbContext db, Jurisdiction scope, CancellationToken ct)
    {
        var waiting = await db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.PendingFiling && scope.RegionCodes.Contains(p.RegionCode))
            .Select(p => new
            {
                p.Id, p.Number, p.Title, p.RegionCode, p.Total,
                Unit = db.Organizations.Where(o => o.Id == p.UnitId).Select(o => o.Name).First(),
                Submitted = p.Events.Where(e => e.Action == PlanAction.ApprovedAndSubmitted).Max(e => (DateTime?)e.AtUtc),
            }).ToListAsync(ct);
        var today = time.TodayInChina();
        return waiting.Select(w =>
        {
            var submitted = w.Submitted ?? time.UtcNow();
            var days = WorkingDayCalendar.China.WorkingDaysBetween(DateOnly.FromDateTime(submitted.Add(Clock.ChinaOffset)), today);
            return new WaitingFiling(w.Id, w.Number, w.Title, w.Unit, w.RegionCode, w.Total, submitted, days);
        }).OrderByDescending(w => w.WorkingDaysWaited).ThenBy(w => w.SubmittedUtc).ToList();
    }

    private async Task<IReadOnlyList<LateIntention>> LateIntentionsAsync(GovProcurementDbContext db, Jurisdiction scope, SupervisionPeriod period, CancellationToken ct)
    {
        // The routes the intention check exempts (IntentionLeadCheck) are left in the store.
        var rows = await FiledPlans(db, scope, period).Where(p => p.IntentionId != null && (p.Route == null
                || (p.Route != Routing.ProcurementRoute.EMallSimpleProcurement && p.Route != Routing.ProcurementRoute.FrameworkWinners && p.Route != Routing.ProcurementRoute.NotGovernmentProcurement)))
            .Join(db.Intentions, p => p.IntentionId, i => i.Id, (p, i) => new
            {
                p.Id, p.Number, p.Title, p.RegionCode, p.ExpectedStart, p.Route,
                Unit = db.Organizations.Where(o => o.Id == p.UnitId).Select(o => o.Name).First(),
                Published = i.PublishedUtc,
            }).ToListAsync(ct);
        var rules = await ruleBook.CurrentAsync(ct);
        var late = new List<LateIntention>();
        foreach (var row in rows.Where(r => r.Published is not null))
        {
            // The same check as the plan form and the submission; a filed plan's route says whether it is government procurement.
            var finding = IntentionLeadCheck.CheckPublishedAt(row.Published, row.ExpectedStart, row.Route, row.Route != Routing.ProcurementRoute.NotGovernmentProcurement, rules, row.RegionCode);
            if (finding is { IsLate: true, PublishedOn: { } published })
            {
                late.Add(new LateIntention(row.Id, row.Number, row.Title, row.Unit, published, row.ExpectedStart, finding.Days, finding.RequiredDays));
            }
        }

        return late.OrderBy(l => l.Days).ToList();
    }
}
