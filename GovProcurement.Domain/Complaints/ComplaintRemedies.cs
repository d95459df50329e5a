using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// What an upheld complaint's decision does to the procurement (财政部令第94号第三十一、三十二条), in the decision's save:
/// - 责令重新开展采购活动, 认定中标（成交）结果无效 and 撤销合同 void the result of the round the complaint was about:
///   every contract of the project still standing is voided (a draft, a signed one, an announced or filed one, and their
///   add-ons), and the project starts its next round in preparation, under the same method. The platform confirms a
///   result as the evaluation ranked it, so a result found void is procured again rather than given to another candidate.
/// - 责令修改采购文件 changes nothing by itself: the procurement goes on once the documents are revised (澄清或者修改).
/// A dismissed complaint changes nothing.
/// </summary>
internal static class ComplaintRemedies
{
    public static async Task<IReadOnlyList<AuditRecord>> ApplyAsync(GovProcurementDbContext db, Complaint complaint, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        if (!SigningHolds.ResultVoiding.Contains(complaint.Remedy))
        {
            return [];
        }

        var records = new List<AuditRecord>();
        var why = $"投诉 {complaint.Number} 处理决定：{ChallengeTexts.Remedy(complaint.Remedy).Zh}";
        var contracts = await db.Contracts.Where(c => c.ProjectId == complaint.ProjectId && c.Status != ContractStatus.Voided).ToListAsync(ct);
        foreach (var contract in contracts)
        {
            contract.Void(BeijingTime.Day(nowUtc));
            records.Add(new AuditRecord(AuditEventType.ContractVoidedByDecision, actor.UserName, contract.Number, why));
        }

        var project = await ProjectAccess.LoadAsync(db, complaint.ProjectId, ct);
        if (project.Allows(ProjectAction.RepeatOrdered))
        {
            project.RepeatByDecision(actor.UserName, why, nowUtc);
            records.Add(new AuditRecord(AuditEventType.ProcurementRepeatOrdered, actor.UserName, project.Number, $"{why}；第 {project.Round} 轮"));
        }

        return records;
    }
}
