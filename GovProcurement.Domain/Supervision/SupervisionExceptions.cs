using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

public enum RecordKind
{
    Plan = 1,
    Project = 2,
}

/// <summary>A record behind an exception, for the link to it.</summary>
public sealed record ExceptionRecord(RecordKind Kind, Guid Id, string Label);

/// <summary>One exception as the regulator sees it, with its review if there is one.</summary>
public sealed record SupervisionException(string Key, ExceptionKind Kind, string RegionCode, string Subject, Bilingual Detail, Money? Amount, DateOnly DetectedOn, IReadOnlyList<ExceptionRecord> Records, ExceptionReview? Review);

/// <summary>
/// Finds what a regulator should look at in its jurisdiction — possible splitting, projects past
/// a statutory deadline, single-bidder awards, contracts, challenges and complaints past their periods
/// (<see cref="DeadlineExceptions"/>), payments overdue to SMEs — and records reviews with a comment (audited).
/// Exceptions are computed from the records each time; only the reviews are stored.
/// </summary>
public sealed class SupervisionExceptions(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook ruleBook, AuditLog audit, TimeProvider time,
    Contracts.IContractMilestones? milestones = null)
{
    private static readonly PlanStatus[] Submitted = [PlanStatus.PendingReview, PlanStatus.PendingFiling, PlanStatus.Filed];

    public async Task<IReadOnlyList<SupervisionException>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rules = await ruleBook.CurrentAsync(ct);
        var found = new List<SupervisionException>();
        found.AddRange(await SplittingAsync(db, scope, rules, ct));
        found.AddRange(await LateProjectsAsync(db, scope, rules, ct));
        found.AddRange(await SingleBiddersAsync(db, scope, ct));
        found.AddRange(await DeadlineExceptions.FindAsync(db, scope, rules, time.TodayInChina(), ct));
        if (milestones is not null)
        {
            found.AddRange(await Payments.OverduePayments.ExceptionsAsync(db, milestones, scope, rules, time.TodayInChina(), ct));
        }

        found.AddRange(await Bonds.BondExceptions.OverdueAsync(db, scope, rules, time.TodayInChina(), ct));
        var keys = found.Select(f => f.Key).ToList();
        var reviews = await db.ExceptionReviews.AsNoTracking().Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, ct);
        return found.Select(f => f with { Review = reviews.GetValueOrDefault(f.Key) })
            .OrderBy(f => f.Review is not null).ThenByDescending(f => f.DetectedOn).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
    }

    public async Task ReviewAsync(string key, string comment, Actor actor, CancellationToken ct = default)
    {
        var exception = (await ListAsync(actor, ct)).FirstOrDefault(e => e.Key == key)
            ?? throw new DomainException("该异常不存在或不在本辖区。", "The exception does not exist or is outside your jurisdiction.");
        if (exception.Review is not null)
        {
            throw new DomainException("该异常已复核。", "The exception has been reviewed.");
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var review = new ExceptionReview(key, exception.Kind, exception.RegionCode, actor.UserName, comment, time.UtcNow());
        db.ExceptionReviews.Add(review);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ExceptionReviewed, actor.UserName, key, $"{exception.Subject}：{review.Comment}")], ct);
    }

    /// <summary>Fiscal years looked at: the current one and the one before (splitting is judged within a fiscal year).</summary>
    public const int SplittingYears = 2;

    private async Task<IEnumerable<SupervisionException>> SplittingAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, CancellationToken ct)
    {
        var firstYear = time.TodayInChina().Year - SplittingYears + 1;
        var candidates = db.Plans.AsNoTracking()
            .Where(p => Submitted.Contains(p.Status) && p.FiscalYear >= firstYear && scope.RegionCodes.Contains(p.RegionCode) && (p.Method == null || p.Method != ProcurementMethod.OpenTender));
        var lines = await db.Set<PlanItem>().AsNoTracking()
            .Join(candidates, i => EF.Property<Guid>(i, "PlanId"), p => p.Id, (i, p) => new { p.Id, p.Number, p.UnitId, p.RegionCode, p.FiscalYear, p.CreatedUtc, i.CatalogueCode, i.CatalogueName, i.Amount })
            .ToListAsync(ct);
        var unitIds = lines.Select(l => l.UnitId).Distinct().ToList();
        var units = await db.Organizations.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var result = new List<SupervisionException>();
        foreach (var group in lines.GroupBy(l => (l.UnitId, l.FiscalYear, l.CatalogueCode)))
        {
            var first = group.First();
            var category = CatalogueDirectory.Shipped.Find(first.CatalogueCode)?.Category;
            var threshold = rules.Find(RuleKind.PublicTenderThreshold, first.RegionCode, new DateOnly(first.FiscalYear, 1, 1), category);
            var total = group.Select(l => l.Amount).Total();
            var plans = group.Select(l => (l.Id, l.Number)).Distinct().ToList();
            if (threshold is null || plans.Count < 2 || total < threshold.Amount)
            {
                continue;
            }

            var unit = units.GetValueOrDefault(first.UnitId, "");
            result.Add(new SupervisionException($"split:{first.UnitId:N}:{first.FiscalYear}:{first.CatalogueCode}", ExceptionKind.PossibleSplitting, first.RegionCode,
                $"{unit} · {first.FiscalYear} 年 · {first.CatalogueCode} {first.CatalogueName}",
                new($"{plans.Count} 个非公开招标计划累计 {total}，达到公开招标数额标准 {threshold.Amount}（{threshold.Citation}），可能化整为零规避公开招标。",
                    $"{plans.Count} non-open plans add up to {total}, reaching the open-tender threshold {threshold.Amount}: possible splitting."),
                total, DateOnly.FromDateTime(group.Max(l => l.CreatedUtc).Add(Clock.ChinaOffset)),
                plans.Select(p => new ExceptionRecord(RecordKind.Plan, p.Id, p.Number)).ToList(), null));
        }

        return result;
    }

    private async Task<IEnumerable<SupervisionException>> LateProjectsAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(p => scope.RegionCodes.Contains(p.RegionCode) && !p.Offline
                && (p.Status == ProjectStatus.Evaluated || (p.Status == ProjectStatus.Awarded && p.ResultPublishedUtc == null)))
            .SelectWithCurrentRound((p, round) => new { p.Id, p.Number, p.Title, p.RegionCode, p.Status, round.EvaluatedUtc, p.DecidedUtc, p.Budget }).ToListAsync(ct);
        var periods = new ProjectPeriods(rules, WorkingDayCalendar.China);
        var today = time.TodayInChina();
        var result = new List<SupervisionException>();
        foreach (var project in projects)
        {
            var evaluated = project.Status == ProjectStatus.Evaluated;
            var from = DateOnly.FromDateTime((evaluated ? project.EvaluatedUtc : project.DecidedUtc)!.Value.Add(Clock.ChinaOffset));
            var due = evaluated
                ? periods.AfterEvaluation(project.RegionCode, from).Single(d => d.Kind == PeriodKind.PurchaserDecisionDue)
                : periods.AfterDecision(project.RegionCode, from).Single(d => d.Kind == PeriodKind.ResultPublicationDue);
            if (today <= due.Date)
            {
                continue;
            }

            var what = evaluated ? ("采购人未在法定期限内确认中标（成交）供应商", "the purchaser has not confirmed the winner in time") : ("未在法定期限内发布结果公告", "the result was not announced in time");
            result.Add(new SupervisionException($"late:{project.Id:N}:{project.Status}", ExceptionKind.PastDeadline, project.RegionCode, $"{project.Number} {project.Title}",
                new($"{what.Item1}：期限为 {due.Date:yyyy-MM-dd}（{due.Citation}）。", $"{what.Item2}: due {due.Date:yyyy-MM-dd}."),
                project.Budget, due.Date.AddDays(1), [new ExceptionRecord(RecordKind.Project, project.Id, project.Number)], null));
        }

        return result;
    }

    private static async Task<IEnumerable<SupervisionException>> SingleBiddersAsync(GovProcurementDbContext db, Jurisdiction scope, CancellationToken ct)
    {
        var results = await db.LotResults.AsNoTracking().InCurrentRounds(db.Projects)
            .Join(db.Projects.Where(p => scope.RegionCodes.Contains(p.RegionCode)), r => r.ProjectId, p => p.Id,
                (r, p) => new { Result = r, p.Number, p.Title, p.RegionCode, p.Method })
            .Where(x => x.Result.FailReason == null).ToListAsync(ct);
        return results.Where(x => x.Result.Ranking.Count == 1).Select(x => new SupervisionException(
            $"single:{x.Result.ProjectId:N}:{x.Result.Round}:{x.Result.LotNumber}", ExceptionKind.SingleBidder, x.RegionCode, $"{x.Number} {x.Title} · 第 {x.Result.LotNumber} 包",
            new($"仅一家供应商响应并成交（{ProjectTexts.Method(x.Method).Zh}）：{x.Result.Ranking[0].SupplierName}，{x.Result.Ranking[0].Price}。", $"A single bidder was awarded ({ProjectTexts.Method(x.Method).En})."),
            x.Result.Ranking[0].Price, DateOnly.FromDateTime(x.Result.RecordedUtc.Add(Clock.ChinaOffset)),
            [new ExceptionRecord(RecordKind.Project, x.Result.ProjectId, x.Number)], null));
    }
}
