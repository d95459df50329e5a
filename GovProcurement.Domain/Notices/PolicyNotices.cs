using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Notices;

/// <summary>
/// Policy notices: a finance department issues a notice to the units, agencies and suppliers
/// below it; a lower department forwards it with its own additions. The chain — newest first,
/// down to the original — is what readers see (the seed documents are such a chain).
/// </summary>
public sealed class PolicyNotices(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    /// <summary>What the actor may do with a published notice: forward it, when it is a policy notice of a department above theirs.</summary>
    public async Task<ActionSet<NoticeStep>> StepsAsync(Notice notice, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return NoticeSteps.For(notice, await ActorStanding.LoadAsync(db, actor, ct));
    }

    /// <summary>Forwards a policy notice to the units below the actor's department, with the department's additions.</summary>
    public async Task<Notice> ForwardAsync(Guid noticeId, string? reference, string additions, Actor actor, CancellationToken ct = default)
    {
        Notice source;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            source = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.Status == NoticeStatus.Published, ct)
                ?? throw new DomainException("被转发的通知不存在。", "The forwarded notice does not exist.");
            NoticeSteps.For(source, await ActorStanding.LoadAsync(db, actor, ct)).Require(NoticeStep.Forward);
        }

        return await IssueAsync(NoticeSteps.ForwardingTitle(source.Title), reference, additions, source.Id, actor, ct);
    }

    public async Task<Notice> IssueAsync(string title, string? reference, string body, Guid? forwardedFromId, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.Regulator);
        await using var db = await store.CreateDbContextAsync(ct);
        var department = await db.Organizations.OfType<Regulator>().FirstOrDefaultAsync(r => r.Id == actor.RequireOrganization(), ct)
            ?? throw new DomainException("只有财政部门可以发布政策通知。", "Only finance departments issue policy notices.");
        if (forwardedFromId is { } parentId)
        {
            var parent = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == parentId && n.Type == NoticeType.Policy && n.Status == NoticeStatus.Published, ct)
                ?? throw new DomainException("被转发的通知不存在。", "The forwarded notice does not exist.");
            if (!Regions.RegionDirectory.Guangdong.IsWithin(department.RegionCode, parent.RegionCode) || department.RegionCode == parent.RegionCode)
            {
                throw new DomainException("只能转发上级财政部门的通知。", "You can only forward a notice from a department above you.");
            }
        }

        var paragraphs = ProjectNoticeComposer.Paragraphs(Texts.Required(body, 20_000, "通知正文", "The body")).ToList();
        var nowUtc = time.UtcNow();
        var notice = new Notice(NoticeType.Policy, title, department.RegionCode, department.Id, department.Name, paragraphs, actor.UserName, nowUtc, forwardedFromId: forwardedFromId, reference: reference);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, $"{reference} {title}")], ct);
        return notice;
    }

    /// <summary>The notice and the notices it forwards, newest first.</summary>
    public async Task<IReadOnlyList<Notice>> ChainAsync(Guid noticeId, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var chain = new List<Notice>();
        Guid? next = noticeId;
        while (next is { } id && chain.Count < 10)
        {
            var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.Status == NoticeStatus.Published, ct);
            if (notice is null)
            {
                break;
            }

            chain.Add(notice);
            next = notice.ForwardedFromId;
        }

        return chain;
    }
}
