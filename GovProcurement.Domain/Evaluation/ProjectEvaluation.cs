using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Evaluation;

/// <summary>One expert's technical score for one bid on one lot, as entered.</summary>
public sealed record ScoreEntry(int LotNumber, Guid BidId, Guid ExpertId, decimal Score);

/// <summary>A bid found not qualified on a lot, and why.</summary>
public sealed record Disqualification(int LotNumber, Guid BidId, string Reason);

/// <summary>
/// The evaluation: the panel's scores and qualification findings go in, each lot is ranked
/// (SME deduction applied), lots without enough qualified bids fail, and the report goes to the
/// purchaser, who confirms the first-ranked supplier. The agency then publishes the result.
/// </summary>
public sealed class ProjectEvaluation(IDbContextFactory<GovProcurementDbContext> store, BidOpening opening, Rules.ProcurementRuleBook ruleBook, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<LotResult>> FinishAsync(Guid projectId, IReadOnlyList<ScoreEntry> scores, IReadOnlyList<Disqualification> disqualified, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.Evaluated, time, ct);
        new EvaluationSheetValidator(project.PriceWeightBasisPoints).ValidateAndThrow(new EvaluationSheet(scores, disqualified));
        var draw = await db.PanelDraws.AsNoTracking().OfCurrentRound(project).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("请先抽取评审专家。", "Draw the panel first.");
        var panel = draw.Selected.ToHashSet();
        var bids = await BidSummaries.ListAsync(db, project.CurrentRound, b => b.Status == BidStatus.Opened, ct);
        var supplierIds = bids.Select(b => b.SupplierId).ToList();
        var suppliers = await db.Organizations.OfType<Supplier>().AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var (minimum, citation) = await opening.MinimumAsync(project, ct);
        var nowUtc = time.UtcNow();
        var results = new List<LotResult>();
        foreach (var lot in project.Lots.OrderBy(l => l.Number))
        {
            var entries = new List<BidUnderEvaluation>();
            foreach (var bid in bids.Where(b => b.Offers.Any(o => o.LotNumber == lot.Number)))
            {
                var reason = disqualified.FirstOrDefault(d => d.LotNumber == lot.Number && d.BidId == bid.Id)?.Reason;
                var own = scores.Where(s => s.LotNumber == lot.Number && s.BidId == bid.Id).ToList();
                if (own.Any(s => !panel.Contains(s.ExpertId)))
                {
                    throw new DomainException("评分人不是本项目抽取的评审专家。", "A score comes from someone outside the panel.");
                }

                own.ForEach(s => BidEvaluator.CheckTechnicalScore(s.Score, project.PriceWeightBasisPoints));
                if (reason is null && project.CurrentRound.Scoring == ScoringMethod.Comprehensive && own.Select(s => s.ExpertId).Distinct().Count() != panel.Count)
                {
                    throw new DomainException($"第 {lot.Number} 包“{suppliers[bid.SupplierId].Name}”尚有专家未评分。", $"Lot {lot.Number}: not every expert has scored {suppliers[bid.SupplierId].Name}.");
                }

                db.TechnicalScores.AddRange(own.Select(s => new TechnicalScore(projectId, project.CurrentRound.Number, lot.Number, bid.Id, s.ExpertId, s.Score, nowUtc)));
                var average = own.Count == 0 ? (decimal?)null : own.Average(s => s.Score);
                var supplier = suppliers[bid.SupplierId];
                entries.Add(new BidUnderEvaluation(bid.Id, supplier.Id, supplier.Name, supplier.Scale, bid.Offers.First(o => o.LotNumber == lot.Number).Price, bid.SubmittedUtc,
                    reason is null, reason is null ? null : Texts.RequireReason(reason), average));
            }

            var ranking = BidEvaluator.Rank(entries, project.CurrentRound.Scoring, project.PriceWeightBasisPoints, project.SmeDeductionBasisPoints);
            var fail = ranking.Count < minimum ? $"合格供应商不足 {minimum} 家（{citation}）" : null;
            results.Add(new LotResult(projectId, project.CurrentRound.Number, lot.Number, ranking, fail, nowUtc));
        }

        db.LotResults.AddRange(results);
        if (results.All(r => r.Failed))
        {
            project.Fail(actor.UserName, "所有采购包合格供应商均不足法定家数", nowUtc);
        }
        else
        {
            project.FinishEvaluation(actor.UserName, "评审报告已送采购人", nowUtc);
        }

        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.EvaluationFinished, actor.UserName, project.Number, string.Join("；", results.Select(r => $"第{r.LotNumber}包{(r.Failed ? "失败" : "完成")}")))], ct);
        return results;
    }

    public async Task<IReadOnlyList<LotResult>> ResultsAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        var role = await ProjectAccess.RoleAsync(db, project, actor, ct);
        if (role is ProjectRole.None || (role == ProjectRole.Supplier && project.ResultPublishedUtc is null))
        {
            throw new DomainException("评审结果在结果公告前不公开。", "The results are not public before the result announcement.");
        }

        var results = await db.LotResults.AsNoTracking().OfCurrentRound(project).OrderBy(r => r.LotNumber).ToListAsync(ct);
        if (role != ProjectRole.Supplier)
        {
            return results;
        }

        var supplierId = actor.RequireOrganization();
        if (!await db.Bids.OfCurrentRound(project).AnyAsync(b => b.SupplierId == supplierId && b.Status == BidStatus.Opened, ct))
        {
            throw new DomainException("评审结果仅向本项目的投标（响应）供应商公开。", "Only this project's bidders see the results.");
        }

        return results.Select(r => r.VisibleTo(supplierId)).ToList();
    }

    /// <summary>
    /// The statutory dates an online evaluation starts (report to the purchaser, the purchaser's
    /// decision), while the report waits for the decision; none otherwise, or when a rule or calendar year is missing.
    /// </summary>
    public async Task<IReadOnlyList<Projects.StatutoryDate>> DecisionDatesAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        if (await ProjectAccess.RoleAsync(db, project, actor, ct) is ProjectRole.None || project.Status != ProjectStatus.Evaluated || project.Offline || project.CurrentRound.EvaluatedUtc is not { } evaluated)
        {
            return [];
        }

        try
        {
            var periods = new ProjectPeriods(await ruleBook.CurrentAsync(ct), Calendar.WorkingDayCalendar.China);
            return periods.AfterEvaluation(project.RegionCode, DateOnly.FromDateTime(evaluated.Add(Clock.ChinaOffset)));
        }
        catch (DomainException)
        {
            // A missing rule or calendar year: the report still shows, without its due dates.
            return [];
        }
    }

    /// <summary>The purchaser confirms the first-ranked supplier of every lot that did not fail.</summary>
    public async Task ConfirmWinnersAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.WinnerConfirmed, time, ct);
        var results = await db.LotResults.OfCurrentRound(project).ToListAsync(ct);
        if (results.All(r => r.Failed))
        {
            throw new DomainException("所有采购包均采购失败，没有可确认的供应商；请由代理机构终止项目或申请变更采购方式。", "Every lot failed: there is no winner to confirm.");
        }

        foreach (var result in results.Where(r => !r.Failed))
        {
            result.ConfirmFirstRanked();
        }

        project.ConfirmWinner(actor.UserName, "确认评审报告推荐的排名第一的供应商", time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.WinnerConfirmed, actor.UserName, project.Number, string.Join("；", results.Where(r => !r.Failed).Select(r => $"第{r.LotNumber}包 {r.WinningPrice}")))], ct);
    }

    /// <summary>The agency publishes the result announcement (with the panel's names).</summary>
    public async Task<Notice> PublishResultAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.ResultPublished, time, ct);
        var nowUtc = time.UtcNow();
        project.MarkResultPublished(actor.UserName, "发布结果公告", nowUtc);
        var results = await db.LotResults.AsNoTracking().OfCurrentRound(project).ToListAsync(ct);
        var draw = await db.PanelDraws.AsNoTracking().OfCurrentRound(project).FirstOrDefaultAsync(ct);
        var memberIds = draw?.Selected ?? [];
        var names = await db.Experts.AsNoTracking().Where(e => memberIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var winnerIds = results.Where(r => r.WinnerSupplierId is not null).Select(r => r.WinnerSupplierId!.Value).ToList();
        var suppliers = await db.Organizations.AsNoTracking().Where(o => winnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var parties = await NoticeDesk.PartiesAsync(db, project, ct);
        var records = new List<AuditRecord>();
        var word = ProjectTexts.WinnerWord(project.Method).Zh;
        var notice = NoticeDesk.Publish(db, project, NoticeType.Result, $"{project.Title}{word}结果公告",
            ProjectNoticeComposer.Result(project, parties, results, memberIds.Select(id => names.GetValueOrDefault(id, "")).ToList(), suppliers), parties.AgencyName, actor, nowUtc, records);
        await audit.SaveWithAsync(db, records, ct);
        return notice;
    }
}
