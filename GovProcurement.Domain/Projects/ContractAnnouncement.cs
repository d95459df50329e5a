using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// The purchaser publishes the contract announcement after signing (实施条例第五十条: within 2
/// working days). The amount cannot exceed what the winner was awarded.
/// </summary>
public sealed class ContractAnnouncement(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public const int ContractNumberMaxLength = 60;

    public async Task<Notice> PublishAsync(Guid projectId, Guid supplierId, string contractNumber, Money amount, DateOnly signedOn, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var moment = await ProjectAccess.MomentAsync(db, await ProjectAccess.LoadAsync(db, projectId, ct), actor, time, ct);
        ProjectActions.Steps(moment).Require(ProjectAction.ContractPublished);
        var project = moment.Project;
        var awarded = await db.LotResults.OfCurrentRound(project).Where(r => r.WinnerSupplierId == supplierId).ToListAsync(ct);
        if (awarded.Count == 0)
        {
            throw new DomainException("该供应商不是本项目的中标（成交）供应商。", "The supplier did not win this project.");
        }

        var ceiling = awarded.Select(r => r.WinningPrice).Total();
        if (amount.Fen <= 0 || amount > ceiling)
        {
            throw new DomainException($"合同金额须大于零且不超过中标（成交）金额 {ceiling}。", $"The contract amount must be positive and within the award of {ceiling}.");
        }

        if (signedOn > time.TodayInChina() || project.DecidedUtc is { } decided && signedOn < DateOnly.FromDateTime(decided.Add(Clock.ChinaOffset)))
        {
            throw new DomainException("合同签订日期应在确定中标（成交）供应商之后且不晚于今天。", "The signing date must fall between the award and today.");
        }

        var number = Texts.Required(contractNumber, ContractNumberMaxLength, "合同编号", "The contract number");
        var supplierName = moment.ContractsDue.FirstOrDefault(w => w.SupplierId == supplierId)?.SupplierName
            ?? throw new DomainException("该供应商的合同公告已发布。", "This supplier's contract has been announced.");

        var nowUtc = time.UtcNow();
        project.MarkContractPublished(actor.UserName, $"合同 {number}，{supplierName}，{amount}", nowUtc);
        var parties = await NoticeDesk.PartiesAsync(db, project, ct);
        var records = new List<AuditRecord>();
        var notice = new Notice(NoticeType.Contract, $"{project.Title}合同公告", project.RegionCode, project.PurchaserId, parties.PurchaserName,
            ProjectNoticeComposer.Contract(project, parties, new ContractFacts(number, supplierName, amount, signedOn)), actor.UserName, nowUtc, project.Id, project.Method);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        records.Add(new AuditRecord(AuditEventType.NoticePublished, actor.UserName, notice.Number, notice.Title));
        await audit.SaveWithAsync(db, records, ct);
        return notice;
    }
}
