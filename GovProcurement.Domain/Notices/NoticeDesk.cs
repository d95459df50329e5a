using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Notices;

/// <summary>Publishes a project's notices: the parties' names, the notice, its audit line, in the caller's transaction.</summary>
internal static class NoticeDesk
{
    public static async Task<NoticeParties> PartiesAsync(GovProcurementDbContext db, ProcurementProject project, CancellationToken ct)
    {
        var names = await db.Organizations.Where(o => o.Id == project.PurchaserId || o.Id == project.AgencyId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var contacts = await OrganizationContacts.OfAsync(db, [project.PurchaserId, project.AgencyId], ct);
        return new NoticeParties(names.GetValueOrDefault(project.PurchaserId, ""), names.GetValueOrDefault(project.AgencyId, ""))
        {
            PurchaserContact = contacts.GetValueOrDefault(project.PurchaserId),
            AgencyContact = contacts.GetValueOrDefault(project.AgencyId),
        };
    }

    /// <summary>Adds and publishes a notice of the project, and its audit line; the caller saves.</summary>
    public static Notice Publish(GovProcurementDbContext db, ProcurementProject project, NoticeType type, string title, IReadOnlyList<NoticeBlock> body,
        string agencyName, Actor actor, DateTime nowUtc, List<AuditRecord> audit)
    {
        var notice = new Notice(type, title, project.RegionCode, project.AgencyId, agencyName, body, actor.UserName, nowUtc, project.Id, project.Method);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        audit.Add(new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, $"{type} {title}"));
        return notice;
    }
}
