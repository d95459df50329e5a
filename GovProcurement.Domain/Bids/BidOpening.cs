using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bids;

/// <summary>One line read out at the opening.</summary>
public sealed record OpeningLine(Guid BidId, Guid SupplierId, string SupplierName, string CreditCode, EnterpriseScale Scale, int LotNumber, Money Price, DateTime SubmittedUtc, string Digest);

/// <summary>The opening record (开标记录) published to the bidders.</summary>
public sealed record OpeningRecord(Guid ProjectId, string ProjectNumber, string Title, ProcurementMethod Method, DateTime OpenedUtc, IReadOnlyList<OpeningLine> Lines, int MinimumBidders, string MinimumCitation);

/// <summary>
/// The opening: at or after the opening time the agency opens every sealed bid of the round,
/// checks each against its receipt digest, and reads out the prices. With fewer bidders than
/// the method needs, the project fails (terminate, or change method with the regulator's approval).
/// </summary>
public sealed class BidOpening(IDbContextFactory<GovProcurementDbContext> store, BidVault vault, ProcurementRuleBook ruleBook, AuditLog audit, TimeProvider time)
{
    public async Task<OpeningRecord> OpenAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Opened, time, ct);
        var nowUtc = time.UtcNow();
        var bids = await db.Bids.OfCurrentRound(project).Where(b => b.Status == BidStatus.Sealed).ToListAsync(ct);
        project.Open(actor.UserName, $"递交 {bids.Count} 份", nowUtc);
        foreach (var bid in bids)
        {
            var plaintext = vault.Unseal(project, bid, nowUtc);
            if (BidPackage.DigestOf(plaintext) != bid.Digest)
            {
                throw new DomainException("投标文件与递交回执的摘要不一致，请联系平台运维。", "A bid does not match its receipt digest.");
            }

            bid.MarkOpened(BidPackage.Deserialize(plaintext).Prices.Select(p => new BidOffer(p.LotNumber, new Money(p.PriceFen))), nowUtc);
        }

        var (minimum, citation) = await MinimumAsync(project, ct);
        var lotsWithEnough = project.Lots.Count(l => bids.Where(b => b.Offers.Any(o => o.LotNumber == l.Number)).Select(b => b.SupplierId).Distinct().Count() >= minimum);
        if (lotsWithEnough == 0)
        {
            project.Fail(actor.UserName, $"递交投标（响应）文件的供应商不足 {minimum} 家（{citation}）", nowUtc);
        }

        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.BidsOpened, actor.UserName, project.Number, $"开启 {bids.Count} 份投标（响应）文件")], ct);
        return await RecordAsync(db, project, ct);
    }

    /// <summary>The opening record, for the agency, the purchaser, the regulator and the bidders.</summary>
    public async Task<OpeningRecord> RecordAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        var role = await ProjectAccess.RoleAsync(db, project, actor, ct);
        var isBidder = role == ProjectRole.Supplier && await db.Bids.AnyAsync(b => b.ProjectId == projectId && b.SupplierId == actor.OrganizationId && b.Status == BidStatus.Opened, ct);
        if (project.CurrentRound.OpenedUtc is null || role is ProjectRole.None || (role == ProjectRole.Supplier && !isBidder))
        {
            throw new DomainException("开标记录仅向本项目的投标人和相关单位公开，且在开标后查看。", "The opening record is for the bidders and parties, after the opening.");
        }

        return await RecordAsync(db, project, ct);
    }

    /// <summary>The smallest number of bidders for the method (one for single source).</summary>
    public async Task<(int Minimum, string Citation)> MinimumAsync(ProcurementProject project, CancellationToken ct)
    {
        if (project.Method == ProcurementMethod.SingleSource)
        {
            return (1, "单一来源采购只能从唯一供应商处采购");
        }

        var rules = await ruleBook.CurrentAsync(ct);
        var today = time.TodayInChina();
        var rule = (project.Method == ProcurementMethod.CompetitiveConsultation
                ? rules.Find(RuleKind.ConsultationServicesMinimumBidders, project.RegionCode, today, project.Category)
                : null)
            ?? rules.Find(RuleKind.MinimumBidders, project.RegionCode, today)
            ?? throw new DomainException("规则表缺少最少有效供应商数的规则。", "The rule table has no minimum-bidders rule.");
        return ((int)rule.Value, rule.Citation);
    }

    private async Task<OpeningRecord> RecordAsync(GovProcurementDbContext db, ProcurementProject project, CancellationToken ct)
    {
        var bids = await BidSummaries.ListAsync(db, project.CurrentRound, b => b.Status == BidStatus.Opened, ct);

        var supplierIds = bids.Select(b => b.SupplierId).ToList();
        var suppliers = await db.Organizations.OfType<Supplier>().AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var lines = bids.SelectMany(b => b.Offers.Select(o => new OpeningLine(b.Id, b.SupplierId, suppliers[b.SupplierId].Name, suppliers[b.SupplierId].CreditCode, suppliers[b.SupplierId].Scale, o.LotNumber, o.Price, b.SubmittedUtc, b.Digest)))
            .OrderBy(l => l.LotNumber).ThenBy(l => l.SubmittedUtc).ToList();
        var (minimum, citation) = await MinimumAsync(project, ct);
        return new OpeningRecord(project.Id, project.Number, project.Title, project.Method, project.CurrentRound.OpenedUtc ?? time.UtcNow(), lines, minimum, citation);
    }
}
