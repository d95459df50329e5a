using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// 投诉处理结果公告 (财政部令第94号第三十七条): the finance department publishes its decision on the public notice
/// list, with the project, the complainant, the matters, the finding and the remedy. Added to the caller's unit of work.
/// </summary>
public static class ComplaintNotices
{
    public static async Task<(Notice Notice, AuditRecord Audit)> PublishAsync(GovProcurementDbContext db, Complaint c, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        var publisherId = actor.RequireOrganization();
        var publisher = await db.Organizations.Where(o => o.Id == publisherId).Select(o => o.Name).FirstAsync(ct);
        var method = await db.Projects.Where(p => p.Id == c.ProjectId).Select(p => (Routing.ProcurementMethod?)p.Method).FirstOrDefaultAsync(ct);
        var title = $"{c.ProjectTitle}投诉处理结果公告";
        var notice = new Notice(NoticeType.ComplaintDecision, title.Length <= Notice.TitleMaxLength ? title : title[..Notice.TitleMaxLength], c.RegionCode, publisherId, publisher,
            Body(c), actor.UserName, nowUtc, c.ProjectId, method, reference: c.Number);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        return (notice, new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, notice.Title));
    }

    private static IReadOnlyList<NoticeBlock> Body(Complaint c) =>
    [
        NoticeBlock.Heading("一、项目信息"),
        NoticeBlock.Facts([("项目编号", c.ProjectNumber), ("项目名称", c.ProjectTitle)]),
        NoticeBlock.Heading("二、投诉人及投诉事项"),
        NoticeBlock.Facts([
            ("投诉编号", c.Number),
            ("投诉人", c.SupplierName),
            ("投诉环节", ChallengeTexts.Subject(c.Subject).Zh),
            ("投诉提起日期", c.FiledOn.ToString("yyyy-MM-dd")),
        ]),
        NoticeBlock.Paragraph(c.Matters),
        NoticeBlock.Heading("三、处理结果"),
        NoticeBlock.Facts([
            ("处理结论", ChallengeTexts.Finding(c.Finding!.Value).Zh),
            ("处理方式", ChallengeTexts.Remedy(c.Remedy).Zh),
            ("处理决定日期", BeijingTime.Day(c.DecidedUtc!.Value).ToString("yyyy-MM-dd")),
        ]),
        NoticeBlock.Paragraph(c.Decision!),
        NoticeBlock.Paragraph("投诉人对处理决定不服的，可以依法申请行政复议或者向人民法院提起行政诉讼。"),
    ];
}
