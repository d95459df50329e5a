using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>An inquiry as a person sees it: the record, the steps, the deadline with its rule.</summary>
public sealed record InquiryView(Inquiry Inquiry, ActionSet<InquiryAction> Steps, IReadOnlyList<ChallengeDeadline> Deadlines);

/// <summary>A challenge as a person sees it: the record, the steps, the deadlines, and its complaint if one was filed.</summary>
public sealed record ChallengeView(Challenge Challenge, ActionSet<ChallengeAction> Steps, IReadOnlyList<ChallengeDeadline> Deadlines, Complaint? Complaint);

/// <summary>The answer letter (质疑答复函) of an answered challenge, with the names of the parties it is addressed from.</summary>
public sealed record ChallengeLetter(Challenge Challenge, string PurchaserName, string AgencyName);

/// <summary>What a supplier may raise on a project now: an inquiry (or why not) and a challenge per subject.</summary>
public sealed record ChallengeChoices(Refusal? InquiryWhyNot, IReadOnlyList<ChallengeOpening> Challenges);

/// <summary>The inquiries and challenges of a project the actor sees: a supplier its own, the parties and the region's finance department all.</summary>
public sealed record ProjectChallenges(IReadOnlyList<InquiryView> Inquiries, IReadOnlyList<ChallengeView> Challenges);

/// <summary>
/// The use cases of 询问 and 质疑: a supplier asks, or challenges a subject within its period (late filings
/// refused with the day that applied, one per subject); the purchaser or agency answers, the challenge in
/// writing. Each step requires the steps' answer and is audited in the same save.
/// </summary>
public sealed class ChallengeDesk(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    public const int ListMax = 200;

    public async Task<ChallengeChoices> ChoicesAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (project, standing) = await LoadAsync(db, projectId, actor, ct);
        var inquiry = SupplierRefusal(standing) ?? (project.CurrentRound.AnnouncedUtc is null
            ? new Refusal("项目公告后才能提出询问。", "Inquiries open once the project is announced.") : null);
        if (SupplierRefusal(standing) is { } refusal)
        {
            return new ChallengeChoices(inquiry, Enum.GetValues<ChallengeSubject>().Select(s => new ChallengeOpening(s, null, null, refusal)).ToList());
        }

        var set = await rules.CurrentAsync(ct);
        var terms = ChallengeRules.On(set, project.RegionCode, time.TodayInChina());
        var openings = new List<ChallengeOpening>();
        foreach (var subject in Enum.GetValues<ChallengeSubject>())
        {
            openings.Add(await ChallengeWindows.ForAsync(db, project, standing.OrganizationId!.Value, subject, set, terms, time.TodayInChina(), ct));
        }

        return new ChallengeChoices(inquiry, openings);
    }

    public async Task<Inquiry> AskAsync(Guid projectId, ChallengeSubject subject, string question, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (project, standing) = await LoadAsync(db, projectId, actor, ct);
        if ((SupplierRefusal(standing) ?? (project.CurrentRound.AnnouncedUtc is null ? new Refusal("项目公告后才能提出询问。", "Inquiries open once the project is announced.") : null)) is { } refusal)
        {
            throw refusal.ToException();
        }

        var inquiry = new Inquiry(await PartiesAsync(db, project, standing, ct), subject, question, actor.UserName, time.UtcNow());
        db.Inquiries.Add(inquiry);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.InquiryAsked, actor.UserName, project.Number, $"{inquiry.SupplierName} {subject}")], ct);
        return inquiry;
    }

    public async Task AnswerInquiryAsync(Guid id, string answer, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var inquiry = await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new DomainException("询问不存在。", "The inquiry does not exist.");
        InquirySteps.For(inquiry, await ActorStanding.LoadAsync(db, actor, ct)).Require(InquiryAction.Answer);
        inquiry.Reply(answer, actor.UserName, time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.InquiryAnswered, actor.UserName, inquiry.ProjectNumber, inquiry.SupplierName)], ct);
    }

    /// <summary>Files the challenge of a subject with all its points, within the period the rule names for the subject.</summary>
    public async Task<Challenge> FileAsync(Guid projectId, ChallengeSubject subject, string points, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (project, standing) = await LoadAsync(db, projectId, actor, ct);
        if (SupplierRefusal(standing) is { } refusal)
        {
            throw refusal.ToException();
        }

        var set = await rules.CurrentAsync(ct);
        var today = time.TodayInChina();
        var opening = await ChallengeWindows.ForAsync(db, project, standing.OrganizationId!.Value, subject, set, ChallengeRules.On(set, project.RegionCode, today), today, ct);
        if (opening.WhyNot is { } why)
        {
            throw why.ToException();
        }

        var challenge = new Challenge(await PartiesAsync(db, project, standing, ct), subject, points, opening.Start!.Value, actor.UserName, time.UtcNow());
        db.Challenges.Add(challenge);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ChallengeFiled, actor.UserName, challenge.Number, $"{project.Number} {challenge.SupplierName} {subject}")], ct);
        return challenge;
    }

    /// <summary>The written answer (答复函): whether the challenge is well-founded, and the answer; the letter's digest is fixed.</summary>
    public async Task AnswerAsync(Guid id, bool upheld, string answer, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var challenge = await db.Challenges.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new DomainException("质疑不存在。", "The challenge does not exist.");
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        ChallengeSteps.For(challenge, standing, await ClockAsync(db, challenge, ct)).Require(ChallengeAction.Answer);
        challenge.Reply(upheld, answer, actor.UserName, time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ChallengeAnswered, actor.UserName, challenge.Number, $"{(upheld ? "质疑成立" : "质疑不成立")} SHA-256 {challenge.AnswerDigest}")], ct);
    }

    public async Task<ChallengeView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var challenge = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        return challenge is null || !ChallengeVisibility.Sees(standing, challenge)
            ? null : await ViewAsync(db, challenge, standing, ct);
    }

    /// <summary>The answer letter for the challenge's parties and the region's finance department; refused before the answer.</summary>
    public async Task<ChallengeLetter> LetterAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var c = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (c is null || !ChallengeVisibility.Sees(standing, c))
        {
            throw new DomainException("质疑不存在或无权查看。", "The challenge does not exist or is not yours to see.");
        }

        if (c.AnswerDigest is null)
        {
            throw new DomainException("质疑尚未书面答复。", "The challenge has not been answered yet.");
        }

        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == c.PurchaserId || o.Id == c.AgencyId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new ChallengeLetter(c, names.GetValueOrDefault(c.PurchaserId, ""), names.GetValueOrDefault(c.AgencyId, ""));
    }

    public async Task<ProjectChallenges> ForProjectAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var inquiries = await db.Inquiries.AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.AskedUtc).Take(ListMax).ToListAsync(ct);
        var challenges = await db.Challenges.AsNoTracking().Where(c => c.ProjectId == projectId).OrderBy(c => c.FiledUtc).Take(ListMax).ToListAsync(ct);
        var list = new List<ChallengeView>();
        foreach (var c in challenges.Where(c => ChallengeVisibility.Sees(standing, c)))
        {
            list.Add(await ViewAsync(db, c, standing, ct));
        }

        var inquiryViews = new List<InquiryView>();
        foreach (var i in inquiries.Where(i => ChallengeVisibility.Sees(standing, i)))
        {
            var terms = await TermsAsync(i.RegionCode, i.AskedOn, ct);
            inquiryViews.Add(new InquiryView(i, InquirySteps.For(i, standing), ChallengeDeadlines.For(i, terms, WorkingDayCalendar.China)));
        }

        return new ProjectChallenges(inquiryViews, list);
    }

    /// <summary>The challenges the actor handles or raised: a supplier's own, a unit's or agency's projects, the region's for its finance department; newest first.</summary>
    public async Task<IReadOnlyList<Challenge>> ListAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        return await ChallengeVisibility.Scope(db.Challenges.AsNoTracking(), standing)
            .OrderByDescending(c => c.FiledUtc).Take(Math.Clamp(take, 1, ListMax)).ToListAsync(ct);
    }

    public async Task<ChallengeTerms> TermsAsync(string regionCode, DateOnly day, CancellationToken ct = default) =>
        ChallengeRules.On(await rules.CurrentAsync(ct), regionCode, day);

    internal async Task<ChallengeClock> ClockAsync(GovProcurementDbContext db, Challenge c, CancellationToken ct)
    {
        var terms = await TermsAsync(c.RegionCode, c.FiledOn, ct);
        var calendar = WorkingDayCalendar.China;
        var complained = await db.Complaints.AnyAsync(x => x.ChallengeId == c.Id, ct);
        return new ChallengeClock(time.TodayInChina(), ChallengeDeadlines.AnswerDue(c, terms, calendar), ChallengeDeadlines.ComplaintDue(c, terms, calendar), complained, terms.ComplaintFiling.Citation);
    }

    private async Task<ChallengeView> ViewAsync(GovProcurementDbContext db, Challenge c, ActorStanding standing, CancellationToken ct)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(x => x.ChallengeId == c.Id, ct);
        var terms = await TermsAsync(c.RegionCode, c.FiledOn, ct);
        return new ChallengeView(c, ChallengeSteps.For(c, standing, await ClockAsync(db, c, ct)),
            ChallengeDeadlines.For(c, terms, WorkingDayCalendar.China, complaint?.FiledOn), complaint);
    }

    private static Refusal? SupplierRefusal(ActorStanding standing) =>
        standing.WhyNotRole(Roles.Supplier) ?? (standing.Kind == OrganizationKind.Supplier ? null : new Refusal("只有供应商可以提出询问和质疑。", "Only suppliers ask and challenge."));

    private static async Task<(ProcurementProject, ActorStanding)> LoadAsync(GovProcurementDbContext db, Guid projectId, Actor actor, CancellationToken ct) =>
        (await ProjectAccess.LoadAsync(db, projectId, ct), await ActorStanding.LoadAsync(db, actor, ct));

    private static async Task<ChallengeParties> PartiesAsync(GovProcurementDbContext db, ProcurementProject project, ActorStanding standing, CancellationToken ct)
    {
        var supplierId = standing.OrganizationId!.Value;
        var name = await db.Organizations.Where(o => o.Id == supplierId).Select(o => o.Name).FirstAsync(ct);
        return new ChallengeParties(project.Id, project.Number, project.Title, project.Round, project.RegionCode, project.PurchaserId, project.AgencyId, supplierId, name);
    }
}
