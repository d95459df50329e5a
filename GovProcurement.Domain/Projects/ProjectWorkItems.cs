using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// The to-do items of projects, from the same answer the project page renders (<see cref="ProjectActions"/>):
/// the entrusted agency accepts, answers questions, opens, draws the panel, finishes the evaluation and
/// announces the result; the purchaser confirms the winners and gets each winner's contract announced; the finance
/// department decides a method change; a registered supplier submits its bid.
/// </summary>
public static class ProjectWorkItems
{
    /// <summary>
    /// What waits for the actor, by kind, as store queries. Each is the answer's own condition: the actor's
    /// relation to the project as <see cref="ProjectAccess.RelationAsync"/> ranks it (the entrusted agency
    /// first, then the purchasing unit, then the finance department over the region, then a supplier), the
    /// status the step leaves from, and the moment (the current round's deadline, its panel and unanswered
    /// questions, the winners still without a contract announcement, the supplier's registration, bid and
    /// debarment). So the list reads the oldest of each and the navigation counts each whole.
    /// </summary>
    public static async Task<List<WorkQuery<ProcurementProject>>> WaitingAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, DateTime nowUtc, CancellationToken ct)
    {
        var actor = standing.Actor;
        var asAgency = actor.IsIn(Roles.Agency);
        var asPurchaser = actor.IsIn(Roles.PurchaserOperator) || actor.IsIn(Roles.PurchaserReviewer);
        var regions = actor.IsIn(Roles.Regulator) ? (await Supervision.Jurisdiction.OfAsync(db, actor, ct)).RegionCodes.ToList() : null;
        var asSupplier = actor.IsIn(Roles.Supplier) && standing.Kind == OrganizationKind.Supplier;

        var projects = db.Projects.AsQueryable();
        var agency = projects.Where(p => asAgency && p.AgencyId == org);
        var purchaser = projects.Where(p => !(asAgency && p.AgencyId == org) && asPurchaser && p.PurchaserId == org);
        var others = projects.Where(p => !(asAgency && p.AgencyId == org) && !(asPurchaser && p.PurchaserId == org));
        var current = new CurrentRoundRows(db);
        var waiting = new List<WorkQuery<ProcurementProject>>();
        if (asAgency)
        {
            waiting.Add(new(WorkKind.AcceptEntrustment, agency.Where(p => p.Status == ProjectStatus.Entrusted)));
            waiting.Add(new(WorkKind.AnswerQuestions, agency.Where(p => p.Status == ProjectStatus.Active && current.Questioned.Contains(p.Id))
                .WhereCurrentRound(r => r.DeadlineUtc == null || r.DeadlineUtc > nowUtc)));
            waiting.Add(new(WorkKind.OpenBids, agency.Where(p => p.Status == ProjectStatus.Active).WhereCurrentRound(r => r.DeadlineUtc != null && r.DeadlineUtc <= nowUtc)));
            waiting.Add(new(WorkKind.DrawPanel, agency.Where(p => p.Status == ProjectStatus.Opened && !current.PanelDrawn.Contains(p.Id))));
            waiting.Add(new(WorkKind.FinishEvaluation, agency.Where(p => p.Status == ProjectStatus.Opened && current.PanelDrawn.Contains(p.Id))));
            waiting.Add(new(WorkKind.PublishResult, agency.Where(p => p.Status == ProjectStatus.Awarded && p.ResultPublishedUtc == null)));
        }

        if (asPurchaser)
        {
            waiting.Add(new(WorkKind.ConfirmWinners, purchaser.Where(p => p.Status == ProjectStatus.Evaluated)));
            // Only the unit's operator drafts and announces contracts (ContractSteps): the reviewer is not asked to.
            var drafts = actor.IsIn(Roles.PurchaserOperator);
            waiting.Add(new(WorkKind.PublishContract, purchaser.Where(p => drafts && p.Status == ProjectStatus.Awarded && p.ResultPublishedUtc != null
                && current.ContractsDue.Contains(p.Id))));
        }

        if (regions is not null)
        {
            waiting.Add(new(WorkKind.DecideMethodChange, others.Where(p => p.Status == ProjectStatus.MethodChangeRequested && regions.Contains(p.RegionCode))));
        }

        if (asSupplier)
        {
            var today = BeijingTime.Day(nowUtc);
            var debarred = Mall.Listings.ListingQueries.DebarredOn(db, today);
            var inRegions = regions ?? [];
            waiting.Add(new(WorkKind.SubmitBid, others.Where(p => !inRegions.Contains(p.RegionCode) && p.Status == ProjectStatus.Active && !p.Offline
                    && current.RegisteredBy(org).Contains(p.Id) && !current.SealedBidBy(org).Contains(p.Id) && !debarred.Contains(org))
                .WhereCurrentRound(r => r.DeadlineUtc == null || r.DeadlineUtc > nowUtc)));
        }

        return waiting;
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits, kept where the project's answer offers the step now.</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, ActorStanding standing, Guid org, TimeProvider time, int take, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var (kind, waiting) in await WaitingAsync(db, standing, org, time.UtcNow(), ct))
        {
            var projects = await waiting.AsNoTracking().Include(p => p.Lots).Include(p => p.Events).AsSplitQuery()
                .OrderBy(p => p.UpdatedUtc).Take(take).ToListAsync(ct);
            var questions = kind == WorkKind.AnswerQuestions ? await UnansweredQuestionsAsync(db, projects, ct) : [];
            foreach (var project in projects)
            {
                var moment = await ProjectAccess.MomentAsync(db, project, standing.Actor, time, ct);
                items.AddRange(ItemsOf(moment, questions.GetValueOrDefault(project.Id)).Where(i => i.Kind == kind));
            }
        }

        return items;
    }

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
    private static IEnumerable<WorkItem> ItemsOf(ProjectMoment moment, DateTime? oldestQuestionUtc)
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

        if (ContractAnnouncementDue(moment))
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

    /// <summary>
    /// The project's purchaser still has a winner whose contract is not announced: the announcement comes from the
    /// winner's contract (drafted, confirmed by both and announced on its own page, 实施条例第五十条), which the
    /// project page's award panel links to. The project offers no step of its own for it.
    /// </summary>
    private static bool ContractAnnouncementDue(ProjectMoment moment) =>
        moment.Relation == ProjectRole.Purchaser && moment.Project.Status == ProjectStatus.Awarded
        && moment.Project.ResultPublishedUtc is not null && moment.ContractsDue.Count > 0;

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>
    /// The projects whose current round has a row of a kind, as store queries over all projects at once
    /// (<see cref="CurrentRounds.InCurrentRounds"/>): what <see cref="ProjectAccess.MomentAsync"/> reads for one project.
    /// </summary>
    private sealed class CurrentRoundRows(GovProcurementDbContext db)
    {
        /// <summary>An unanswered question.</summary>
        public IQueryable<Guid> Questioned => db.Clarifications.InCurrentRounds(db.Projects).Where(c => c.Answer == null).Select(c => c.ProjectId);

        /// <summary>The panel drawn.</summary>
        public IQueryable<Guid> PanelDrawn => db.PanelDraws.InCurrentRounds(db.Projects).Select(d => d.ProjectId);

        /// <summary>
        /// A winner's lot whose contract announcement is not published yet: no contract event since the round's result
        /// announcement names the winner with the lot or without one (one announcement per winner and lot;
        /// <see cref="ContractDue.MetBy"/> in the store).
        /// </summary>
        public IQueryable<Guid> ContractsDue =>
            from result in db.LotResults.InCurrentRounds(db.Projects)
            join winner in db.Organizations on result.WinnerSupplierId equals winner.Id
            where !db.Projects.Any(p => p.Id == result.ProjectId
                && p.Events.Any(e => e.Action == ProjectAction.ContractPublished && e.AtUtc >= p.ResultPublishedUtc && e.Note != null && e.Note.Contains(winner.Name)
                    && (!e.Note.Contains(ContractDue.LotLabel) || e.Note.Contains(ContractDue.LotLabel + result.LotNumber.ToString() + "，"))))
            select result.ProjectId;

        public IQueryable<Guid> RegisteredBy(Guid supplierId) => db.SupplierRegistrations.InCurrentRounds(db.Projects).Where(r => r.SupplierId == supplierId).Select(r => r.ProjectId);

        public IQueryable<Guid> SealedBidBy(Guid supplierId) =>
            db.Bids.InCurrentRounds(db.Projects).Where(b => b.SupplierId == supplierId && b.Status == BidStatus.Sealed).Select(b => b.ProjectId);
    }
}
