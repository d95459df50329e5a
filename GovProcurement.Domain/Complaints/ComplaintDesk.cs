using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>A complaint as a person sees it: the record, its challenge, the steps the actor may take, and the deadlines with their rules.</summary>
public sealed record ComplaintView(Complaint Complaint, Challenge Challenge, ActionSet<ComplaintAction> Steps, IReadOnlyList<ChallengeDeadline> Deadlines);

/// <summary>What the finance department decides: the finding, the remedy of an upheld complaint, and the decision's text.</summary>
public sealed record ComplaintDecisionDraft(ComplaintFinding Finding, ComplaintRemedy Remedy, string Text);

/// <summary>
/// The use cases of 投诉: the challenging supplier complains within the period after the answer period;
/// the region's finance department accepts or rejects it, pauses and resumes the clock for testing or
/// expert review, may suspend the procurement, and decides, publishing 投诉处理结果公告 in the same save.
/// Each step requires <see cref="ComplaintSteps"/> and is audited.
/// </summary>
public sealed class ComplaintDesk(IDbContextFactory<GovProcurementDbContext> store, ChallengeDesk challenges, AuditLog audit, TimeProvider time)
{
    public const int ListMax = 200;

    public async Task<Complaint> FileAsync(Guid challengeId, string matters, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var challenge = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId, ct) ?? throw new DomainException("质疑不存在。", "The challenge does not exist.");
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        ChallengeSteps.For(challenge, standing, await challenges.ClockAsync(db, challenge, ct)).Require(ChallengeAction.Complain);
        var complaint = new Complaint(challenge, matters, actor.UserName, time.UtcNow());
        db.Complaints.Add(complaint);
        await audit.SaveWithAsync(db, [Record(AuditEventType.ComplaintFiled, actor, complaint, $"{challenge.Number} {complaint.SupplierName}")], ct);
        return complaint;
    }

    public Task AcceptAsync(Guid id, Actor actor, CancellationToken ct = default) => StepAsync(id, actor, ComplaintAction.Accept, (c, _) =>
    {
        c.Accept(actor.UserName, time.UtcNow());
        return Task.FromResult(Record(AuditEventType.ComplaintAccepted, actor, c, c.ProjectNumber));
    }, ct);

    public Task RejectAsync(Guid id, string reason, Actor actor, CancellationToken ct = default) => StepAsync(id, actor, ComplaintAction.Reject, (c, _) =>
    {
        c.Reject(reason, actor.UserName, time.UtcNow());
        return Task.FromResult(Record(AuditEventType.ComplaintRejected, actor, c, c.RejectReason!));
    }, ct);

    public Task PauseAsync(Guid id, string reason, Actor actor, CancellationToken ct = default) => StepAsync(id, actor, ComplaintAction.Pause, (c, _) =>
    {
        c.Pause(reason, time.TodayInChina());
        return Task.FromResult(Record(AuditEventType.ComplaintPaused, actor, c, c.Pauses[^1].Reason));
    }, ct);

    public Task ResumeAsync(Guid id, Actor actor, CancellationToken ct = default) => StepAsync(id, actor, ComplaintAction.Resume, (c, _) =>
    {
        c.Resume(time.TodayInChina(), WorkingDayCalendar.China);
        return Task.FromResult(Record(AuditEventType.ComplaintResumed, actor, c, $"{c.PausedWorkingDays}"));
    }, ct);

    public Task SuspendProcurementAsync(Guid id, DateOnly until, Actor actor, CancellationToken ct = default) => StepAsync(id, actor, ComplaintAction.SuspendProcurement, async (c, _) =>
    {
        var terms = await challenges.TermsAsync(c.RegionCode, c.FiledOn, ct);
        c.Suspend(until, time.TodayInChina(), terms.SuspensionMaxDays);
        return Record(AuditEventType.ComplaintSuspendedProcurement, actor, c, $"{c.SuspendedFrom:yyyy-MM-dd}—{c.SuspendedUntil:yyyy-MM-dd}");
    }, ct);

    /// <summary>
    /// Decides the complaint and publishes 投诉处理结果公告 on the public notice list, in one save. A decision that voids
    /// the result (<see cref="SigningHolds.ResultVoiding"/>) takes effect in the same save: <see cref="ComplaintRemedies"/>.
    /// </summary>
    public async Task DecideAsync(Guid id, ComplaintDecisionDraft draft, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await store.CreateDbContextAsync(ct);
        var complaint = await LoadForAsync(db, id, actor, ComplaintAction.Decide, ct);
        var now = time.UtcNow();
        complaint.Decide(draft.Finding, draft.Remedy, draft.Text, actor.UserName, now);
        var (notice, record) = await ComplaintNotices.PublishAsync(db, complaint, actor, now, ct);
        complaint.Published(notice.Id);
        var effects = await ComplaintRemedies.ApplyAsync(db, complaint, actor, now, ct);
        await audit.SaveWithAsync(db, [Record(AuditEventType.ComplaintDecided, actor, complaint, $"{draft.Finding} {draft.Remedy}"), record, .. effects], ct);
    }

    public async Task<ComplaintView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (complaint is null || !ChallengeVisibility.Sees(standing, complaint))
        {
            return null;
        }

        var challenge = await db.Challenges.AsNoTracking().FirstAsync(c => c.Id == complaint.ChallengeId, ct);
        var terms = await challenges.TermsAsync(complaint.RegionCode, complaint.FiledOn, ct);
        return new ComplaintView(complaint, challenge, ComplaintSteps.For(complaint, standing),
            ChallengeDeadlines.For(complaint, terms, WorkingDayCalendar.China, time.TodayInChina()));
    }

    /// <summary>The complaints the actor sees: the region's for its finance department, a supplier's own, a unit's or agency's projects; newest first.</summary>
    public async Task<IReadOnlyList<Complaint>> ListAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        return await ChallengeVisibility.Scope(db.Complaints.AsNoTracking(), standing)
            .OrderByDescending(c => c.FiledUtc).Take(Math.Clamp(take, 1, ListMax)).ToListAsync(ct);
    }

    private async Task StepAsync(Guid id, Actor actor, ComplaintAction action, Func<Complaint, DateTime, Task<AuditRecord>> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var complaint = await LoadForAsync(db, id, actor, action, ct);
        var record = await take(complaint, time.UtcNow());
        await audit.SaveWithAsync(db, [record], ct);
    }

    private static async Task<Complaint> LoadForAsync(GovProcurementDbContext db, Guid id, Actor actor, ComplaintAction action, CancellationToken ct)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new DomainException("投诉不存在。", "The complaint does not exist.");
        ComplaintSteps.For(complaint, await ActorStanding.LoadAsync(db, actor, ct)).Require(action);
        return complaint;
    }

    private static AuditRecord Record(AuditEventType type, Actor actor, Complaint complaint, string detail) => new(type, actor.UserName, complaint.Number, detail);
}
