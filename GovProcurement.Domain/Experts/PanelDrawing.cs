using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Experts;

/// <summary>The panel as drawn, with names, and whether the record replays.</summary>
public sealed record PanelView(PanelDraw Draw, IReadOnlyList<Expert> Members, DrawProof Proof, int Minimum, Bilingual SizeReason, string SizeCitation)
{
    public bool Replays => Proof == DrawProof.Replays;
}

/// <summary>
/// Draws the panel after the opening, when the bidders are known: eligible experts cover a lot's
/// catalogue item, are active, and have no recusal; the size follows the panel rules. The draw
/// is recorded so that anyone can replay it.
/// </summary>
public sealed class PanelDrawing(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook ruleBook, AuditLog audit, TimeProvider time)
{
    public async Task<(int Minimum, Bilingual Reason, string Citation)> MinimumAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForAgencyAsync(db, projectId, actor, ct);
        return new PanelRules(await ruleBook.CurrentAsync(ct)).MinimumSize(project.Method, project.Budget, project.Complex, project.RegionCode, time.TodayInChina(), project.Category);
    }

    public async Task<PanelView> DrawAsync(Guid projectId, int size, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.PanelDrawn, time, ct);

        var today = time.TodayInChina();
        var rules = new PanelRules(await ruleBook.CurrentAsync(ct));
        var (minimum, _, _) = rules.MinimumSize(project.Method, project.Budget, project.Complex, project.RegionCode, today, project.Category);
        rules.CheckSize(size, minimum);

        var bidderIds = await db.Bids.OfCurrentRound(project).Where(b => b.Status == BidStatus.Opened).Select(b => b.SupplierId).ToListAsync(ct);
        var bidders = await db.Organizations.OfType<Supplier>().Where(s => bidderIds.Contains(s.Id)).Select(s => new BidderIdentity(s.CreditCode, s.Name)).ToListAsync(ct);
        var experts = await db.Experts.Include(e => e.Links).AsNoTracking().Where(e => e.Active).ToListAsync(ct);
        var specialists = experts.Where(e => project.Lots.Any(l => e.Covers(l.CatalogueCode))).ToList();
        var facts = new DrawFacts(today, project.PurchaserId, bidders, specialists.Select(ExpertFacts.Of).ToList());
        var draw = new PanelDraw(projectId, project.CurrentRound.Number, PanelDraw.NewSeed(), size, facts, actor.UserName, time.UtcNow());
        db.PanelDraws.Add(draw);
        project.RecordPanel(actor.UserName, $"抽取 {size} 名专家，候选 {draw.Candidates.Count} 人，回避 {draw.Excluded.Count} 人", time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.PanelDrawn, actor.UserName, project.Number, AuditDetail(draw))], ct);
        return await ViewAsync(db, draw, project, rules, today, ct);
    }

    public async Task<PanelView?> CurrentAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        if (await ProjectAccess.RoleAsync(db, project, actor, ct) is ProjectRole.None or ProjectRole.Supplier)
        {
            throw new DomainException("评审专家名单在结果公告前不公开。", "The panel is not public before the result.");
        }

        var draw = await db.PanelDraws.AsNoTracking().OfCurrentRound(project).FirstOrDefaultAsync(ct);
        return draw is null ? null : await ViewAsync(db, draw, project, new PanelRules(await ruleBook.CurrentAsync(ct)), time.TodayInChina(), ct);
    }

    private static async Task<PanelView> ViewAsync(GovProcurementDbContext db, PanelDraw draw, ProcurementProject project, PanelRules rules, DateOnly today, CancellationToken ct)
    {
        var ids = draw.Selected;
        var members = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        var (minimum, reason, citation) = rules.MinimumSize(project.Method, project.Budget, project.Complex, project.RegionCode, today, project.Category);
        return new PanelView(draw, ids.Select(id => members.First(m => m.Id == id)).ToList(), await ProofAsync(db, draw, project, ct), minimum, reason, citation);
    }

    /// <summary>
    /// The record replays, and its digest is the one the keyed audit log witnessed at the draw: a
    /// record rewritten in the database with a recomputed digest no longer matches the log.
    /// </summary>
    private static async Task<DrawProof> ProofAsync(GovProcurementDbContext db, PanelDraw draw, ProcurementProject project, CancellationToken ct)
    {
        var proof = draw.Verify();
        var witnessed = AuditDetail(draw);
        return proof == DrawProof.Fails || await db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.PanelDrawn && e.Subject == project.Number && e.Detail == witnessed, ct)
            ? proof
            : DrawProof.Fails;
    }

    private static string AuditDetail(PanelDraw draw) => $"种子 {draw.Seed}，输入摘要 {draw.InputsDigest}";
}
