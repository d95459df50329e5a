using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>A bidding in a list.</summary>
public sealed record BiddingRow(Guid Id, string Number, string Title, BiddingStatus Status, Money Ceiling, DateTime OpensUtc, DateTime ClosesUtc, DateTime PostedUtc);

/// <summary>A quote as the actor may see it: the supplier's own always, the ranking only for the purchaser and after the close.</summary>
public sealed record QuoteLine(int? Rank, string SupplierName, Money Price, DateTime SubmittedUtc, string? InvalidReason, QuoteOutcome? Outcome, DateTime? ConfirmDueUtc, bool IsOwn, bool IsOffered);

/// <summary>
/// A bidding as the actor sees it: its terms and items, the quotes the sealed view lets them see, and
/// what they may do now. Never the aggregate itself, so no page holds a quote it may not show.
/// </summary>
public sealed record BiddingView(
    Guid Id, string Number, string Title, string UnitName, BiddingStatus Status, Money Ceiling, string DeliveryPlace, DateOnly DeliverBy,
    DateTime OpensUtc, DateTime ClosesUtc, int MinimumQuotes, string MinimumQuotesCitation, int ConfirmationHours, string ConfirmationCitation,
    string? EndReason, Guid PlanId, IReadOnlyList<BiddingItem> Items, IReadOnlyList<QuoteLine> Quotes, ActionSet<BiddingAction> Steps);

/// <summary>
/// Reads biddings for those allowed to see them: the unit its own, a supplier those it may quote on or
/// has quoted on, the regulator and the administrator all. The sealed view: before the close no one
/// but the supplier sees a quote, and a supplier never sees another's.
/// </summary>
public sealed class BiddingQueries(IDbContextFactory<GovProcurementDbContext> store, BiddingEligibility eligibility, TimeProvider time)
{
    public const int MaxRows = 200;

    /// <summary>The unit's biddings, newest first, optionally of one plan.</summary>
    public async Task<IReadOnlyList<BiddingRow>> ForUnitAsync(Actor actor, Guid? planId = null, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await Rows(OfUnit(db, actor, planId).Take(MaxRows)).ToListAsync(ct);
    }

    /// <summary>For a supplier: the biddings taking quotes now, soonest closing first, and those it has quoted on.</summary>
    public async Task<IReadOnlyList<BiddingRow>> ForSupplierAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await Rows(OfSupplier(db, actor).Take(MaxRows)).ToListAsync(ct);
    }

    /// <summary>A page of <see cref="ForUnitAsync"/> or <see cref="ForSupplierAsync"/> (as the actor's organisation is a supplier or not), paged in the database.</summary>
    public async Task<Page<BiddingRow>> PageAsync(Actor actor, bool asSupplier, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var biddings = asSupplier ? OfSupplier(db, actor) : OfUnit(db, actor, null);
        var total = await biddings.CountAsync(ct);
        return new Page<BiddingRow>(await Rows(biddings.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxRows))).ToListAsync(ct), total);
    }

    private static IQueryable<OnlineBidding> OfUnit(GovProcurementDbContext db, Actor actor, Guid? planId)
    {
        var unitId = actor.OrganizationId;
        var biddings = db.OnlineBiddings.AsNoTracking().Where(b => b.UnitId == unitId);
        if (planId is { } plan)
        {
            biddings = biddings.Where(b => b.PlanId == plan);
        }

        return biddings.OrderByDescending(b => b.PostedUtc).ThenBy(b => b.Id);
    }

    private IQueryable<OnlineBidding> OfSupplier(GovProcurementDbContext db, Actor actor)
    {
        var now = time.UtcNow();
        var supplierId = actor.OrganizationId;
        var open = db.OnlineBiddings.AsNoTracking().Where(b => b.Status == BiddingStatus.Quoting && b.ClosesUtc > now)
            .Where(b => !b.Quotes.Any(q => q.SupplierId == supplierId));
        var quoted = db.OnlineBiddings.AsNoTracking().Where(b => b.Quotes.Any(q => q.SupplierId == supplierId));
        return open.Concat(quoted).OrderBy(b => b.Status).ThenBy(b => b.ClosesUtc).ThenBy(b => b.Id);
    }

    public async Task<BiddingView?> GetAsync(Actor actor, Guid biddingId, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var bidding = await db.OnlineBiddings.AsNoTracking().Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == biddingId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (bidding is null || !MaySee(bidding, standing))
        {
            return null;
        }

        var now = time.UtcNow();
        var facts = await eligibility.FactsAsync(db, standing, bidding, BeijingTime.Day(now), ct);
        var unitName = await db.Organizations.Where(o => o.Id == bidding.UnitId).Select(o => o.Name).FirstAsync(ct);
        return new BiddingView(bidding.Id, bidding.Number, bidding.Title, unitName, bidding.Status, bidding.Ceiling, bidding.DeliveryPlace, bidding.DeliverBy,
            bidding.OpensUtc, bidding.ClosesUtc, bidding.MinimumQuotes, bidding.MinimumQuotesCitation, bidding.ConfirmationHours, bidding.ConfirmationCitation,
            bidding.EndReason, bidding.PlanId, bidding.Items.OrderBy(i => i.LineNumber).ToList(), SealedView(bidding, standing),
            BiddingSteps.For(bidding, standing, facts, now));
    }

    /// <summary>The quotes the actor may see: its own as a supplier; all, ranked, for the purchaser, the regulator and the administrator once decided.</summary>
    public static IReadOnlyList<QuoteLine> SealedView(OnlineBidding bidding, ActorStanding who)
    {
        var seesRanking = bidding.IsDecided && (who.Belongs(bidding.UnitId) || who.IsIn(Roles.Regulator) || who.IsIn(Roles.PlatformAdmin));
        return bidding.Quotes
            .Where(q => seesRanking || (who.Kind == OrganizationKind.Supplier && who.Belongs(q.SupplierId)))
            .OrderBy(q => q.Rank ?? int.MaxValue).ThenBy(q => q.SubmittedUtc)
            .Select(q => new QuoteLine(q.Rank, q.SupplierName, q.Price, q.SubmittedUtc, q.InvalidReason, q.Outcome, q.ConfirmDueUtc,
                who.Belongs(q.SupplierId), q.Id == bidding.OfferedQuoteId && bidding.Status == BiddingStatus.Offered))
            .ToList();
    }

    private static bool MaySee(OnlineBidding bidding, ActorStanding who) =>
        who.Belongs(bidding.UnitId) || who.IsIn(Roles.Regulator) || who.IsIn(Roles.PlatformAdmin)
        || (who.Kind == OrganizationKind.Supplier && (bidding.Status == BiddingStatus.Quoting || bidding.Quotes.Any(q => who.Belongs(q.SupplierId))));

    private static IQueryable<BiddingRow> Rows(IQueryable<OnlineBidding> biddings) =>
        biddings.Select(b => new BiddingRow(b.Id, b.Number, b.Title, b.Status, b.Ceiling, b.OpensUtc, b.ClosesUtc, b.PostedUtc));
}
