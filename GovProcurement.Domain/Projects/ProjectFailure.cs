using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// The failed-procurement path (政府采购法第三十六条、第三十七条): the agency terminates the
/// project with a termination announcement, or asks to change the method, which the finance
/// department of the project's region approves (a new round starts) or refuses.
/// </summary>
public sealed class ProjectFailure(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public async Task<Notice> TerminateAsync(Guid projectId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Terminated, time, ct);
        var nowUtc = time.UtcNow();
        var announced = project.WasAnnounced;
        project.Terminate(actor.UserName, reason, nowUtc);
        var records = new List<AuditRecord>();
        var parties = await NoticeDesk.PartiesAsync(db, project, ct);
        var notice = announced
            ? NoticeDesk.Publish(db, project, NoticeType.Termination, $"{project.Title}终止公告", ProjectNoticeComposer.Termination(project, parties, reason), parties.AgencyName, actor, nowUtc, records)
            : null;
        await audit.SaveWithAsync(db, records, ct);
        return notice!;
    }

    public async Task RequestMethodChangeAsync(Guid projectId, ProcurementMethod method, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.MethodChangeRequested, time, ct);
        project.RequestMethodChange(method, actor.UserName, reason, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideMethodChangeAsync(Guid projectId, bool approve, string? reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, approve ? ProjectAction.MethodChangeApproved : ProjectAction.MethodChangeRefused, time, ct);
        var requested = project.RequestedMethod;
        if (approve)
        {
            project.ApproveMethodChange(actor.UserName, time.UtcNow());
        }
        else
        {
            project.RefuseMethodChange(actor.UserName, reason ?? "", time.UtcNow());
        }

        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.MethodChangeDecided, actor.UserName, project.Number,
            $"{(approve ? "同意" : "不同意")}变更为{(requested is { } m ? ProjectTexts.Method(m).Zh : "")}{(approve ? "" : "：" + reason)}")], ct);
    }
}
