using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// 公共服务项目验收结果公告 (财库〔2016〕205号: 政府向社会公众提供的公共服务项目，验收结果应当向社会公告): once both parties
/// confirm a public-service project's acceptance record, the purchaser's notice with the contract, the group, each
/// item's result and the conclusion is published on the public notice list. Added to the caller's unit of work.
/// </summary>
public static class AcceptanceNotices
{
    public static async Task<(Notice Notice, AuditRecord Audit)> PublishAsync(GovProcurementDbContext db, ContractAcceptance a, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        var method = a.ProjectId is { } projectId
            ? await db.Projects.Where(p => p.Id == projectId).Select(p => (Routing.ProcurementMethod?)p.Method).FirstOrDefaultAsync(ct)
            : null;
        var title = $"{a.Title}验收结果公告";
        var notice = new Notice(NoticeType.AcceptanceResult, title.Length <= Notice.TitleMaxLength ? title : title[..Notice.TitleMaxLength], a.RegionCode,
            a.PurchaserId, a.PurchaserName, Body(a), actor.UserName, nowUtc, a.ProjectId, method, reference: a.Number);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        return (notice, new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, notice.Title));
    }

    private static IReadOnlyList<NoticeBlock> Body(ContractAcceptance a)
    {
        var items = a.Items;
        return
        [
            NoticeBlock.Heading("一、合同信息"),
            NoticeBlock.Facts([
                ("合同编号", a.ContractNumber),
                ("合同名称", a.Title),
                ("采购人", a.PurchaserName),
                ("供应商", a.SupplierName),
                ("合同金额（元）", a.Amount.Yuan.ToString("#,##0.00")),
            ]),
            NoticeBlock.Heading("二、验收情况"),
            NoticeBlock.Facts([
                ("验收书编号", a.Number),
                ("交付完毕日期", a.DeliveredOn?.ToString("yyyy-MM-dd") ?? ""),
                ("验收日期", a.PlannedOn?.ToString("yyyy-MM-dd") ?? ""),
                ("验收方式", a.Method is { } m ? AcceptanceTexts.Method(m).Zh : ""),
                ("验收小组", string.Join("、", a.Members.Select(m => $"{m.Name}（{AcceptanceTexts.Role(m.Role).Zh}）"))),
            ]),
            NoticeBlock.Table(["序号", "标的名称", "技术", "服务", "安全", "说明"], a.Checks.Select(c => (IReadOnlyList<string>)
            [
                c.Item.ToString(), c.Item <= items.Count ? items[c.Item - 1].Name : "", AcceptanceText.Mark(c.Technical), AcceptanceText.Mark(c.Service),
                AcceptanceText.Mark(c.Safety), c.Note ?? "",
            ])),
            NoticeBlock.Heading("三、验收结论"),
            NoticeBlock.Facts([
                ("验收结论", AcceptanceText.Mark(a.ResultPassed == true)),
                ("双方确认日期", a.ConfirmedOn?.ToString("yyyy-MM-dd") ?? ""),
                ("验收书校验码（SHA-256）", a.Digest),
            ]),
            .. a.ResultNote is { Length: > 0 } note ? [NoticeBlock.Paragraph(note)] : Array.Empty<NoticeBlock>(),
        ];
    }
}
