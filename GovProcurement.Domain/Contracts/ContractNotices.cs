using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// 合同公告 from the signed contract (实施条例第五十条), the only way one is published: for an award, the project's
/// contract announcement (the project records <see cref="ProjectAction.ContractPublished"/> for the winner); for an order, the
/// purchaser unit's notice with the same facts. Added to the caller's unit of work with its audit record.
/// </summary>
public static class ContractNotices
{
    public static async Task<(Notice Notice, AuditRecord Audit)> PublishAsync(GovProcurementDbContext db, GovContract contract, Actor actor, TimeProvider time, CancellationToken ct)
    {
        var now = time.UtcNow();
        var facts = new ContractFacts(contract.Number, contract.LotNumbers, contract.SupplierName, contract.Amount, contract.SignedOn!.Value);
        Notice notice;
        if (contract.ProjectId is { } projectId)
        {
            var project = await ProjectAccess.LoadAsync(db, projectId, ct);
            var moment = await ProjectAccess.MomentAsync(db, project, actor, time, ct);
            if (moment.ContractsDue.Any(w => w.SupplierId == contract.SupplierId && contract.Covers(w.Lot)))
            {
                project.MarkContractPublished(actor.UserName, ContractDue.Note(contract.Number, contract.SupplierName, contract.LotNumbers, contract.Amount), now);
            }

            var parties = await NoticeDesk.PartiesAsync(db, project, ct);
            notice = new Notice(NoticeType.Contract, Title(project.Title), project.RegionCode, project.PurchaserId, parties.PurchaserName,
                ProjectNoticeComposer.Contract(project, parties, facts), actor.UserName, now, project.Id, project.Method);
        }
        else
        {
            notice = new Notice(NoticeType.Contract, Title(contract.Title), contract.RegionCode, contract.PurchaserId, contract.PurchaserName, Body(contract), actor.UserName, now,
                reference: contract.Number);
        }

        notice.Publish(now);
        db.Notices.Add(notice);
        return (notice, new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, notice.Title));
    }

    private static string Title(string subject)
    {
        var title = $"{subject}合同公告";
        return title.Length <= Notice.TitleMaxLength ? title : title[..Notice.TitleMaxLength];
    }

    private static IReadOnlyList<NoticeBlock> Body(GovContract c) =>
    [
        NoticeBlock.Heading("一、合同信息"),
        NoticeBlock.Facts([
            ("合同编号", c.Number),
            ("采购计划编号", c.PlanNumber),
            ("订单编号", c.Reference),
            ("供应商", c.SupplierName),
            ("合同金额（元）", c.Amount.Yuan.ToString("#,##0.00")),
            ("合同金额（大写）", "人民币" + c.AmountInCapitals),
            ("合同签订日期", c.SignedOn!.Value.ToString("yyyy-MM-dd")),
        ]),
        NoticeBlock.Heading("二、合同当事人"),
        NoticeBlock.Facts([("采购人", c.PurchaserName), ("供应商", c.SupplierName)]),
    ];
}
