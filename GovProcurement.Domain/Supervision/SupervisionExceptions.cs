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
    Contracts.IContractMilestones milestones)
{
    private const int ReviewKeysPerQuery = 1000;

    // Control characters no number or line name holds: the separators of the members a splitting group lists.
    private const string MemberSeparator = "\u001e";
    private const string FieldSeparator = "\u001f";

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
        found.AddRange(await Payments.OverduePayments.ExceptionsAsync(db, milestones, scope, rules, time.TodayInChina(), ct));
        found.AddRange(await Bonds.BondExceptions.OverdueAsync(db, scope, rules, time.TodayInChina(), ct));
        var keys = found.Select(f => f.Key).Concat(found.Select(f => DeadlineExceptions.ReviewedAs(f.Key)).OfType<string>()).Distinct().ToList();
        // In chunks: a province's exceptions can run to more keys than a statement may carry as parameters (SQLite's limit).
        var reviews = new Dictionary<string, ExceptionReview>();
        foreach (var chunk in keys.Chunk(ReviewKeysPerQuery))
        {
            foreach (var review in await db.ExceptionReviews.AsNoTracking().Where(r => chunk.Contains(r.Key)).ToListAsync(ct))
            {
                reviews[review.Key] = review;
            }
        }

        return found.Select(f => f with { Review = reviews.GetValueOrDefault(f.Key) ?? (DeadlineExceptions.ReviewedAs(f.Key) is { } earlier ? reviews.GetValueOrDefault(earlier) : null) })
            .OrderBy(f => f.Review is not null).ThenByDescending(f => f.DetectedOn).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The exceptions of one kind found by the checks of this class (splitting, past deadline, single bidder), without their reviews.</summary>
    public async Task<IReadOnlyList<SupervisionException>> FindAsync(Actor actor, ExceptionKind kind, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rules = await ruleBook.CurrentAsync(ct);
        return (kind switch
        {
            ExceptionKind.PossibleSplitting => await SplittingAsync(db, scope, rules, ct),
            ExceptionKind.PastDeadline => await LateProjectsAsync(db, scope, rules, ct),
            ExceptionKind.SingleBidder => await SingleBiddersAsync(db, scope, ct),
            _ => [],
        }).ToList();
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
        var thisYear = time.TodayInChina().Year;
        var firstYear = thisYear - SplittingYears + 1;
        // The lowest threshold any group could be judged by: the store keeps only the groups reaching it.
        var lowest = LowestThreshold(rules, scope, firstYear, thisYear);
        if (lowest is null)
        {
            return [];
        }

        var candidates = db.Plans.AsNoTracking()
            .Where(p => Submitted.Contains(p.Status) && p.FiscalYear >= firstYear && scope.RegionCodes.Contains(p.RegionCode) && (p.Method == null || p.Method != ProcurementMethod.OpenTender));
        var lines = candidates.SelectMany(p => p.Items, (p, i) => new { p.Id, p.Number, p.UnitId, p.RegionCode, p.FiscalYear, p.CreatedUtc, i.CatalogueCode, i.CatalogueName, i.Amount });
        // One pass over the store: the lines grouped by unit, fiscal year and code, only the groups reaching the lowest
        // threshold kept (HAVING), each with its lines' plan, number and name joined into one string, so no second read looks for them.
        var groups = await lines.GroupBy(l => new { l.UnitId, l.FiscalYear, l.CatalogueCode })
            .Select(g => new
            {
                g.Key.UnitId, g.Key.FiscalYear, g.Key.CatalogueCode, Plans = g.Select(l => l.Id).Distinct().Count(), Fen = g.Sum(l => (long)(object)l.Amount),
                Last = g.Max(l => l.CreatedUtc), RegionCode = g.Min(l => l.RegionCode)!,
                Members = string.Join(MemberSeparator, g.Select(l => l.Id.ToString() + FieldSeparator + l.Number + FieldSeparator + l.CatalogueName)),
            })
            .Where(g => g.Plans >= 2 && g.Fen >= lowest.Value.Fen)
            .Select(g => new { g.UnitId, g.FiscalYear, g.CatalogueCode, g.Plans, g.Fen, g.Last, g.RegionCode, g.Members, Unit = db.Organizations.Where(o => o.Id == g.UnitId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var result = new List<SupervisionException>();
        foreach (var group in groups)
        {
            var threshold = rules.Find(RuleKind.PublicTenderThreshold, group.RegionCode, new DateOnly(group.FiscalYear, 1, 1), CatalogueDirectory.Shipped.Find(group.CatalogueCode)?.Category);
            var total = new Money(group.Fen);
            if (threshold is null || total < threshold.Amount)
            {
                continue;
            }

            var member = group.Members.Split(MemberSeparator).Select(m => m.Split(FieldSeparator, 3)).Select(f => (Id: Guid.Parse(f[0]), Number: f[1], Name: f[2]))
                .OrderBy(m => m.Number, StringComparer.Ordinal).ToList();
            var plans = member.Select(m => (m.Id, m.Number)).Distinct().ToList();
            result.Add(new SupervisionException($"split:{group.UnitId:N}:{group.FiscalYear}:{group.CatalogueCode}", ExceptionKind.PossibleSplitting, group.RegionCode,
                $"{group.Unit ?? ""} · {group.FiscalYear} 年 · {group.CatalogueCode} {member.FirstOrDefault().Name}",
                new($"{plans.Count} 个非公开招标计划累计 {total}，达到公开招标数额标准 {threshold.Amount}（{threshold.Citation}），可能化整为零规避公开招标。",
                    $"{plans.Count} non-open plans add up to {total}, reaching the open-tender threshold {threshold.Amount}: possible splitting."),
                total, DateOnly.FromDateTime(group.Last.Add(Clock.ChinaOffset)),
                plans.Select(p => new ExceptionRecord(RecordKind.Plan, p.Id, p.Number)).ToList(), null));
        }

        return result;
    }

    /// <summary>The lowest open-tender threshold in force for any region of the jurisdiction, year looked at and category; null when none is set.</summary>
    private static Money? LowestThreshold(RuleSet rules, Jurisdiction scope, int firstYear, int lastYear)
    {
        ProcurementCategory?[] categories = [null, .. Enum.GetValues<ProcurementCategory>()];
        var amounts = (from region in scope.RegionCodes
                       from year in Enumerable.Range(firstYear, lastYear - firstYear + 1)
                       from category in categories
                       let rule = rules.Find(RuleKind.PublicTenderThreshold, region, new DateOnly(year, 1, 1), category)
                       where rule is not null
                       select rule.Amount).ToList();
        return amounts.Count == 0 ? null : amounts.Min();
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
        // The store finds the rankings of exactly one bid by their count; the ranking read back confirms each.
        var results = await db.LotResults.AsNoTracking().Where(r => r.RankedBids == 1 && r.FailReason == null).InCurrentRounds(db.Projects)
            .Join(db.Projects.Where(p => scope.RegionCodes.Contains(p.RegionCode)), r => r.ProjectId, p => p.Id,
                (r, p) => new { Result = r, p.Number, p.Title, p.RegionCode, p.Method })
            .ToListAsync(ct);
        return results.Where(x => x.Result.Ranking.Count == 1).Select(x => new SupervisionException(
            $"single:{x.Result.ProjectId:N}:{x.Result.Round}:{x.Result.LotNumber}", ExceptionKind.SingleBidder, x.RegionCode, $"{x.Number} {x.Title} · 第 {x.Result.LotNumber} 包",
            new($"仅一家供应商响应并成交（{ProjectTexts.Method(x.Method).Zh}）：{x.Result.Ranking[0].SupplierName}，{x.Result.Ranking[0].Price}。", $"A single bidder was awarded ({ProjectTexts.Method(x.Method).En})."),
            x.Result.Ranking[0].Price, DateOnly.FromDateTime(x.Result.RecordedUtc.Add(Clock.ChinaOffset)),
            [new ExceptionRecord(RecordKind.Project, x.Result.ProjectId, x.Number)], null));
    }
}
