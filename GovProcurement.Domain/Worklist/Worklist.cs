using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.SupplierLibrary;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Worklist;

/// <summary>How many things wait for the actor, by kind.</summary>
public sealed record WorkCounts(IReadOnlyDictionary<WorkKind, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
}

/// <summary>
/// What waits for an actor, built from the same available-actions answers the pages render: each
/// source selects its candidates with one status-filtered query scoped to the actor (own unit, own
/// region, entrusted agency, registered supplier), at most <see cref="CandidatesPerSource"/> of
/// them, and keeps only those whose answer allows the step. So the list never shows a step the
/// plan, intention or project page would not offer. The navigation's counts are counted in the
/// database where a source's query is its answer (<see cref="CountsAsync(Actor, CancellationToken)"/>).
/// </summary>
public sealed class Worklist(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time, Rules.ProcurementRuleBook ruleBook, Microsoft.Extensions.Options.IOptions<Mall.Listings.ListingOptions> listingOptions, Mall.Auctions.AuctionEligibility auctionEligibility,
    Contracts.IContractMilestones? milestones = null)
{
    /// <summary>The most candidates one source reads; a home lists the oldest first.</summary>
    public const int CandidatesPerSource = 50;

    public async Task<IReadOnlyList<WorkItem>> ForAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return (await CollectAsync(db, actor, null, cancellationToken)).OrderBy(i => i.Kind).ThenBy(i => i.SinceUtc).ToList();
    }

    /// <summary>
    /// The counts for the navigation, exact: a source whose answer is its status-scoped query (the plans
    /// to review, revise and file, the orders to confirm, deliver and receive) is counted in the database, however many wait; the others count
    /// the items <see cref="ForAsync"/> lists.
    /// </summary>
    public async Task<WorkCounts> CountsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await CountsAsync(db, actor, cancellationToken);
    }

    /// <summary><see cref="CountsAsync(Actor, CancellationToken)"/> on the caller's context.</summary>
    public async Task<WorkCounts> CountsAsync(GovProcurementDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        var counted = new Dictionary<WorkKind, int>();
        var items = await CollectAsync(db, actor, counted, cancellationToken);
        var counts = items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (kind, count) in counted)
        {
            counts[kind] = count;
        }

        return new(counts.Where(c => c.Value > 0).ToDictionary());
    }

    private async Task<List<WorkItem>> CollectAsync(GovProcurementDbContext db, Actor actor, Dictionary<WorkKind, int>? counted, CancellationToken cancellationToken)
    {
        var standing = await ActorStanding.LoadAsync(db, actor, cancellationToken);
        var items = new List<WorkItem>();
        items.AddRange(await SupplierApplicationsAsync(db, standing, cancellationToken));
        items.AddRange(await ListingsAsync(db, actor, cancellationToken));
        if (standing.OrganizationId is not { } org)
        {
            return items;
        }

        items.AddRange(await PlansAsync(db, standing, org, counted, cancellationToken));
        items.AddRange(await IntentionsAsync(db, standing, org, cancellationToken));
        items.AddRange(await ProjectsAsync(db, actor, standing, org, cancellationToken));
        items.AddRange(await Mall.Biddings.BiddingWorkItems.ForAsync(db, standing, org, time.UtcNow(), CandidatesPerSource, cancellationToken));
        items.AddRange(await Mall.Auctions.AuctionWorkItems.ForAsync(db, auctionEligibility, standing, org, time.UtcNow(), CandidatesPerSource, cancellationToken));
        items.AddRange(await Mall.Orders.OrderWorkItems.ForAsync(db, standing, org, time.UtcNow(), CandidatesPerSource, cancellationToken, counted));
        items.AddRange(await Mall.Frameworks.FrameworkWorkItems.ForAsync(db, standing, org, time.UtcNow(), CandidatesPerSource, cancellationToken));
        items.AddRange(await Contracts.ContractWorkItems.ForAsync(db, standing, org, CandidatesPerSource, cancellationToken));
        items.AddRange(await Complaints.ChallengeWorkItems.ForAsync(db, standing, org, time.TodayInChina(), CandidatesPerSource, cancellationToken));
        if (milestones is not null)
        {
            items.AddRange(await Payments.PaymentWorkItems.ForAsync(db, milestones, standing, org, time.TodayInChina(), CandidatesPerSource, cancellationToken));
        }

        items.AddRange(await Bonds.BondWorkItems.ForAsync(db, await ruleBook.CurrentAsync(cancellationToken), standing, org, time.TodayInChina(), CandidatesPerSource, cancellationToken));
        return items;
    }

    /// <summary>The platform administrator reviews supplier applications that await a decision (the review's own rule).</summary>
    private static async Task<IEnumerable<WorkItem>> SupplierApplicationsAsync(GovProcurementDbContext db, ActorStanding standing, CancellationToken ct)
    {
        if (!standing.IsIn(Roles.PlatformAdmin))
        {
            return [];
        }

        var waiting = await db.SupplierApplications.AsNoTracking()
            .Where(a => a.Status == SupplierApplicationStatus.Submitted || a.Status == SupplierApplicationStatus.Resubmitted)
            .OrderBy(a => a.SubmittedUtc).Take(CandidatesPerSource).ToListAsync(ct);
        return waiting.Where(a => a.AwaitsReview)
            .Select(a => new WorkItem(WorkKind.ReviewSupplierApplication, a.Name, "/admin/supplier-applications", Utc(a.SubmittedUtc)));
    }

    /// <summary>The configured listing reviewer decides listings in review (the listing's own rule).</summary>
    private async Task<IEnumerable<WorkItem>> ListingsAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct)
    {
        var who = await Mall.Listings.ListingActor.LoadAsync(db, actor, listingOptions.Value.Reviewer, time.TodayInChina(), ct);
        return (await Mall.Listings.ListingDesk.AwaitingReviewAsync(db, who, CandidatesPerSource, ct))
            .Select(l => new WorkItem(WorkKind.ReviewListing, l.Name, Mall.Listings.ListingDesk.ReviewPage, l.SubmittedUtc));
    }

    /// <summary>
    /// The plans waiting for the actor. Each query is the plan answer's own condition (the role, the
    /// unit or the same-level finance department, the status the step leaves from), so when counting
    /// it is counted in the database as it stands: the list shows the oldest, the count all.
    /// </summary>
    private async Task<List<WorkItem>> PlansAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, Dictionary<WorkKind, int>? counted, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (standing.IsIn(Roles.PurchaserReviewer))
        {
            items.AddRange(await PlanItemsAsync(db.Plans.Where(p => p.UnitId == org && p.Status == PlanStatus.PendingReview), standing, PlanStep.ApproveAndSubmit, WorkKind.ReviewPlan, false, counted, ct));
        }

        if (standing.IsIn(Roles.PurchaserOperator))
        {
            items.AddRange(await PlanItemsAsync(db.Plans.Where(p => p.UnitId == org && p.Status == PlanStatus.Returned), standing, PlanStep.Edit, WorkKind.RevisePlan, false, counted, ct));
        }

        if (standing.IsIn(Roles.Regulator) && standing.Kind == OrganizationKind.Regulator && standing.RegionCode is { } region)
        {
            items.AddRange(await PlanItemsAsync(db.Plans.Where(p => p.RegionCode == region && p.Status == PlanStatus.PendingFiling), standing, PlanStep.File, WorkKind.FilePlan, true, counted, ct));
        }

        return items;
    }

    private async Task<IEnumerable<WorkItem>> PlanItemsAsync(IQueryable<ProcurementPlan> candidates, ActorStanding standing, PlanStep step, WorkKind kind, bool countWorkingDays,
        Dictionary<WorkKind, int>? counted, CancellationToken ct)
    {
        if (counted is not null)
        {
            counted[kind] = counted.GetValueOrDefault(kind) + await candidates.CountAsync(ct);
        }

        var plans = await candidates.AsNoTracking().Include(p => p.Events).AsSplitQuery().OrderBy(p => p.UpdatedUtc).Take(CandidatesPerSource).ToListAsync(ct);
        var today = time.TodayInChina();
        return plans.Where(p => PlanSteps.For(p, standing).Allows(step)).Select(p =>
        {
            var since = p.Events.Where(e => e.ToStatus == p.Status).Select(e => (DateTime?)e.AtUtc).Max() ?? p.UpdatedUtc;
            since = DateTime.SpecifyKind(since, DateTimeKind.Utc);
            return new WorkItem(kind, p.Title, $"/plans/{p.Id}", since, countWorkingDays ? WorkingDaysSince(since, today) : null);
        });
    }

    private static async Task<IEnumerable<WorkItem>> IntentionsAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, CancellationToken ct)
    {
        if (!standing.IsIn(Roles.PurchaserReviewer))
        {
            return [];
        }

        var drafts = await db.Intentions.AsNoTracking().Where(i => i.UnitId == org && i.Status == IntentionStatus.Draft)
            .OrderBy(i => i.CreatedUtc).Take(CandidatesPerSource).ToListAsync(ct);
        return drafts.Where(i => IntentionSteps.For(i, standing).Allows(IntentionStep.Publish))
            .Select(i => new WorkItem(WorkKind.PublishIntention, i.ProjectName, "/intentions", DateTime.SpecifyKind(i.CreatedUtc, DateTimeKind.Utc)));
    }

    private async Task<List<WorkItem>> ProjectsAsync(GovProcurementDbContext db, Actor actor, ActorStanding standing, Guid org, CancellationToken ct)
    {
        var nowUtc = time.UtcNow();
        var candidates = new List<ProcurementProject>();
        if (standing.IsIn(Roles.Agency))
        {
            candidates.AddRange(await CandidatesAsync(db.Projects.Where(p => p.AgencyId == org && (p.Status == ProjectStatus.Entrusted || p.Status == ProjectStatus.Active
                || p.Status == ProjectStatus.Opened || (p.Status == ProjectStatus.Awarded && p.ResultPublishedUtc == null))), ct));
        }

        if (standing.IsIn(Roles.PurchaserOperator) || standing.IsIn(Roles.PurchaserReviewer))
        {
            candidates.AddRange(await CandidatesAsync(db.Projects.Where(p => p.PurchaserId == org && (p.Status == ProjectStatus.Evaluated
                || (p.Status == ProjectStatus.Awarded && p.ResultPublishedUtc != null))), ct));
        }

        if (standing.IsIn(Roles.Regulator))
        {
            var regions = (await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes.ToList();
            candidates.AddRange(await CandidatesAsync(db.Projects.Where(p => p.Status == ProjectStatus.MethodChangeRequested && regions.Contains(p.RegionCode)), ct));
        }

        if (standing.IsIn(Roles.Supplier))
        {
            var registered = db.SupplierRegistrations.InCurrentRounds(db.Projects).Where(r => r.SupplierId == org);
            candidates.AddRange(await CandidatesAsync(db.Projects.Where(p => p.Status == ProjectStatus.Active && registered.Any(r => r.ProjectId == p.Id))
                .WhereCurrentRound(r => r.DeadlineUtc > nowUtc), ct));
        }

        candidates = candidates.DistinctBy(p => p.Id).ToList();
        var questions = await UnansweredQuestionsAsync(db, candidates, ct);
        var items = new List<WorkItem>();
        foreach (var project in candidates)
        {
            var moment = await ProjectAccess.MomentAsync(db, project, actor, time, ct);
            items.AddRange(ProjectItems(moment, questions.GetValueOrDefault(project.Id)));
        }

        return items;
    }

    private static async Task<List<ProcurementProject>> CandidatesAsync(IQueryable<ProcurementProject> candidates, CancellationToken ct) =>
        await candidates.AsNoTracking().Include(p => p.Lots).Include(p => p.Events).AsSplitQuery()
            .OrderBy(p => p.UpdatedUtc).Take(CandidatesPerSource).ToListAsync(ct);

    /// <summary>The oldest unanswered question of each project's current round, in one query.</summary>
    private static async Task<Dictionary<Guid, DateTime>> UnansweredQuestionsAsync(GovProcurementDbContext db, List<ProcurementProject> projects, CancellationToken ct)
    {
        var ids = projects.Where(p => p.Status == ProjectStatus.Active).Select(p => p.Id).ToList();
        var open = await db.Clarifications.AsNoTracking().InCurrentRounds(db.Projects).Where(c => ids.Contains(c.ProjectId) && c.Answer == null)
            .Select(c => new { c.ProjectId, c.AskedUtc }).ToListAsync(ct);
        return open.GroupBy(c => c.ProjectId)
            .ToDictionary(g => g.Key, g => DateTime.SpecifyKind(g.Min(c => c.AskedUtc), DateTimeKind.Utc));
    }

    /// <summary>The steps the project's answer offers this actor now that a home lists, each with since when it has waited.</summary>
    private static IEnumerable<WorkItem> ProjectItems(ProjectMoment moment, DateTime? oldestQuestionUtc)
    {
        var project = moment.Project;
        var steps = ProjectActions.Steps(moment);
        var href = $"/projects/{project.Id}";
        var updated = Utc(project.UpdatedUtc);
        WorkItem Item(WorkKind kind, DateTime? since) => new(kind, project.Title, href, since is { } s ? Utc(s) : updated);

        if (steps.Allows(ProjectAction.Accepted))
        {
            yield return Item(WorkKind.AcceptEntrustment, project.CreatedUtc);
        }

        if (oldestQuestionUtc is { } asked && steps.Allows(ProjectAction.Clarified))
        {
            yield return Item(WorkKind.AnswerQuestions, asked);
        }

        if (steps.Allows(ProjectAction.Opened) || steps.Allows(ProjectAction.RecordedOffline))
        {
            yield return Item(WorkKind.OpenBids, project.CurrentRound.DeadlineUtc);
        }

        if (steps.Allows(ProjectAction.PanelDrawn))
        {
            yield return Item(WorkKind.DrawPanel, project.CurrentRound.OpenedUtc);
        }
        else if (steps.Allows(ProjectAction.Evaluated))
        {
            yield return Item(WorkKind.FinishEvaluation, project.CurrentRound.OpenedUtc);
        }

        if (steps.Allows(ProjectAction.WinnerConfirmed))
        {
            yield return Item(WorkKind.ConfirmWinners, project.CurrentRound.EvaluatedUtc);
        }

        if (steps.Allows(ProjectAction.ResultPublished))
        {
            yield return Item(WorkKind.PublishResult, project.DecidedUtc);
        }

        if (steps.Allows(ProjectAction.ContractPublished))
        {
            yield return Item(WorkKind.PublishContract, project.ResultPublishedUtc);
        }

        if (steps.Allows(ProjectAction.MethodChangeApproved))
        {
            yield return Item(WorkKind.DecideMethodChange, null);
        }

        if (ProjectActions.Bid(moment).Allows(BidAction.Submit))
        {
            yield return Item(WorkKind.SubmitBid, project.CurrentRound.AnnouncedUtc);
        }
    }

    /// <summary>Working days from the Beijing day of <paramref name="sinceUtc"/> to today; null outside the published calendar.</summary>
    private static int? WorkingDaysSince(DateTime sinceUtc, DateOnly today)
    {
        var calendar = WorkingDayCalendar.China;
        var from = BeijingTime.Day(sinceUtc);
        return calendar.Year(from.Year) is null || calendar.Year(today.Year) is null || from > today ? null : calendar.WorkingDaysBetween(from, today);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
