using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Worklist;

/// <summary>How many things wait for the actor, by kind.</summary>
public sealed record WorkCounts(IReadOnlyDictionary<WorkKind, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
}

/// <summary>
/// What waits for an actor, built from the same available-actions answers the pages render. Each source
/// (a <c>*WorkItems</c> class of its area) states, for each kind, what waits as one store query scoped to
/// the actor (own unit, own region, entrusted agency, registered supplier) whose condition is the step's
/// answer. The list reads the oldest <see cref="CandidatesPerSource"/> of each query and keeps those whose
/// answer allows the step, so it never shows a step the page would not offer; the navigation counts the
/// same queries in the store (<see cref="WorkTally"/>), exactly, however many wait, without loading a row.
/// </summary>
public sealed class Worklist(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time, Rules.ProcurementRuleBook ruleBook, Microsoft.Extensions.Options.IOptions<Mall.Listings.ListingOptions> listingOptions, Mall.Auctions.AuctionEligibility auctionEligibility,
    Contracts.IContractMilestones milestones)
{
    /// <summary>The most items of one kind a source lists; a home lists the oldest first.</summary>
    public const int CandidatesPerSource = 50;

    public async Task<IReadOnlyList<WorkItem>> ForAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var ct = cancellationToken;
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        var items = new List<WorkItem>();
        items.AddRange(await SupplierLibrary.SupplierApplicationWorkItems.ForAsync(db, standing, CandidatesPerSource, ct));
        items.AddRange(await Mall.Listings.ListingWorkItems.ForAsync(db, await ListingActorAsync(db, actor, ct), CandidatesPerSource, ct));
        if (standing.OrganizationId is { } org)
        {
            items.AddRange(await Plans.PlanWorkItems.ForAsync(db, standing, org, time.TodayInChina(), CandidatesPerSource, ct));
            items.AddRange(await Intentions.IntentionWorkItems.ForAsync(db, standing, org, CandidatesPerSource, ct));
            items.AddRange(await Projects.ProjectWorkItems.ForAsync(db, standing, org, time, CandidatesPerSource, ct));
            items.AddRange(await Mall.Biddings.BiddingWorkItems.ForAsync(db, standing, org, now, CandidatesPerSource, ct));
            items.AddRange(await Mall.Auctions.AuctionWorkItems.ForAsync(db, auctionEligibility, standing, org, now, CandidatesPerSource, ct));
            items.AddRange(await Mall.Orders.OrderWorkItems.ForAsync(db, standing, org, now, CandidatesPerSource, ct));
            items.AddRange(await Mall.Frameworks.FrameworkWorkItems.ForAsync(db, standing, org, now, CandidatesPerSource, ct));
            items.AddRange(await Contracts.ContractWorkItems.ForAsync(db, standing, org, time.TodayInChina(), CandidatesPerSource, ct));
            items.AddRange(await Complaints.ChallengeWorkItems.ForAsync(db, standing, org, time.TodayInChina(), CandidatesPerSource, ct));
            items.AddRange(await Acceptance.AcceptanceWorkItems.ForAsync(db, standing, org, CandidatesPerSource, ct));
            items.AddRange(await ComputedAsync(db, standing, org, ct));
        }

        return items.OrderBy(i => i.Kind).ThenBy(i => i.SinceUtc).ToList();
    }

    /// <summary>
    /// The counts for the navigation, exact: every source's queries of what waits (those the list reads the
    /// oldest of, bonds and acceptance among them) counted in the store in one statement, however many wait; and
    /// the payment instalments, whose due days no single query states, counted over every signed contract of the
    /// unit by the same walk the payment list reads (<see cref="Payments.PaymentWorkItems.WaitingAsync"/>).
    /// </summary>
    public async Task<WorkCounts> CountsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await CountsAsync(db, actor, cancellationToken);
    }

    /// <summary><see cref="CountsAsync(Actor, CancellationToken)"/> on the caller's context.</summary>
    public async Task<WorkCounts> CountsAsync(GovProcurementDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        var ct = cancellationToken;
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var now = time.UtcNow();
        var tally = new WorkTally();
        tally.Add(SupplierLibrary.SupplierApplicationWorkItems.Waiting(db, standing));
        tally.Add(Mall.Listings.ListingWorkItems.Waiting(db, await ListingActorAsync(db, actor, ct)));
        if (standing.OrganizationId is { } org)
        {
            tally.Add(Plans.PlanWorkItems.Waiting(db, standing, org));
            tally.Add(Intentions.IntentionWorkItems.Waiting(db, standing, org));
            tally.Add(await Projects.ProjectWorkItems.WaitingAsync(db, standing, org, now, ct));
            tally.Add(Mall.Biddings.BiddingWorkItems.Waiting(db, standing, org, now));
            tally.Add(Mall.Auctions.AuctionWorkItems.Waiting(db, standing, org, now));
            tally.Add(Mall.Orders.OrderWorkItems.Waiting(db, standing, org, now));
            tally.Add(Mall.Frameworks.FrameworkWorkItems.Waiting(db, standing, org, now));
            tally.Add(Contracts.ContractWorkItems.Waiting(db, standing, org));
            Complaints.ChallengeWorkItems.Tally(tally, db, standing, org);
            Acceptance.AcceptanceWorkItems.Tally(tally, db, standing, org);
            Bonds.BondWorkItems.Tally(tally, db, standing, org, time.TodayInChina());
        }

        var counts = await tally.CountAsync(ct);
        if (standing.OrganizationId is { } unit)
        {
            var payments = await Payments.PaymentWorkItems.CountAsync(db, milestones, await ruleBook.CurrentAsync(ct), standing, unit, time.TodayInChina(), ct);
            foreach (var (kind, count) in payments)
            {
                counts[kind] = counts.GetValueOrDefault(kind) + count;
            }
        }

        return new(counts.Where(c => c.Value > 0).ToDictionary());
    }

    /// <summary>
    /// The lists of the sources the rule book's rows shape (an instalment's due day, a bond's refund deadline), read
    /// from the same store queries (bonds) or the same walk over every signed contract (payments) the counts use.
    /// </summary>
    private async Task<List<WorkItem>> ComputedAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, CancellationToken ct)
    {
        var rules = await ruleBook.CurrentAsync(ct);
        var today = time.TodayInChina();
        var items = new List<WorkItem>();
        items.AddRange(await Payments.PaymentWorkItems.ForAsync(db, milestones, rules, standing, org, today, CandidatesPerSource, ct));
        items.AddRange(await Bonds.BondWorkItems.ForAsync(db, rules, standing, org, today, CandidatesPerSource, ct));
        return items;
    }

    private Task<Mall.Listings.ListingActor> ListingActorAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct) =>
        Mall.Listings.ListingActor.LoadAsync(db, actor, listingOptions.Value.Reviewer, time.TodayInChina(), ct);
}
