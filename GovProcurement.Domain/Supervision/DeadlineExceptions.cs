using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// The statutory periods of contracts, challenges and complaints still open after their last day, in a
/// jurisdiction: a contract not signed within the rule's days of the award notice (an award with no contract
/// drafted counts too), not announced or not filed within the rule's working days of signing
/// (<see cref="ContractDeadlines"/>); a challenge not answered, a complaint not checked or not decided within its
/// period (<see cref="ChallengeDeadlines"/>). On the last day itself a period is kept; the day after, it is overdue.
/// </summary>
internal static class DeadlineExceptions
{
    public static async Task<IReadOnlyList<SupervisionException>> FindAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        var found = new List<SupervisionException>();
        found.AddRange(await ContractsAsync(db, scope, rules, today, ct));
        found.AddRange(await UncontractedAwardsAsync(db, scope, rules, today, ct));
        found.AddRange(await ChallengesAsync(db, scope, rules, today, ct));
        found.AddRange(await ComplaintsAsync(db, scope, rules, today, ct));
        return found;
    }

    private static WorkingDayCalendar Calendar => WorkingDayCalendar.China;

    private static async Task<IEnumerable<SupervisionException>> ContractsAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        var open = await db.Contracts.AsNoTracking().Where(c => scope.RegionCodes.Contains(c.RegionCode) && c.Status != ContractStatus.Filed && c.Status != ContractStatus.Voided).ToListAsync(ct);
        var result = new List<SupervisionException>();
        foreach (var c in open)
        {
            var terms = ContractRules.On(rules, c.RegionCode, c.AwardedOn);
            var subject = $"{c.Number} {c.PurchaserName} → {c.SupplierName}";
            var records = Records(c.ProjectId, c.Reference);
            if (c.SignedOn is not { } signed)
            {
                var due = ContractDeadlines.SigningDue(c.AwardedOn, terms, Calendar);
                if (!c.IsAddOn && today > due)
                {
                    result.Add(new($"contract-sign:{c.Id:N}", ExceptionKind.ContractSigningOverdue, c.RegionCode, subject,
                        SigningDetail(c.AwardedOn, due, terms), c.Amount, due.AddDays(1), records, null));
                }

                continue;
            }

            var publicationDue = ContractDeadlines.PublicationDue(signed, terms, Calendar);
            if (c.PublishedUtc is null && today > publicationDue)
            {
                result.Add(new($"contract-publish:{c.Id:N}", ExceptionKind.ContractPublicationOverdue, c.RegionCode, subject,
                    new($"合同于 {signed:yyyy-MM-dd} 签订，未在 {terms.PublicationWorkingDays.Value} 个工作日内公告：期限为 {publicationDue:yyyy-MM-dd}（{terms.PublicationWorkingDays.Citation}）。",
                        $"Signed on {signed:yyyy-MM-dd}, not announced within {terms.PublicationWorkingDays.Value} working days: due {publicationDue:yyyy-MM-dd}."),
                    c.Amount, publicationDue.AddDays(1), records, null));
            }

            var filingDue = ContractDeadlines.FilingDue(signed, terms, Calendar);
            if (today > filingDue)
            {
                result.Add(new($"contract-file:{c.Id:N}", ExceptionKind.ContractFilingOverdue, c.RegionCode, subject,
                    new($"合同于 {signed:yyyy-MM-dd} 签订，未在 {terms.FilingWorkingDays.Value} 个工作日内备案：期限为 {filingDue:yyyy-MM-dd}（{terms.FilingWorkingDays.Citation}）。",
                        $"Signed on {signed:yyyy-MM-dd}, not filed within {terms.FilingWorkingDays.Value} working days: due {filingDue:yyyy-MM-dd}."),
                    c.Amount, filingDue.AddDays(1), records, null));
            }
        }

        return result;
    }

    private const string AwardSigning = "award-sign:";

    /// <summary>
    /// The key a review of this exception may be stored under from before it had one of its own: an overdue signing
    /// was one per winner until contracts were per lot (<c>award-sign:project:supplier</c>), so a review of that
    /// covers each of the winner's lots. Null for every other exception.
    /// </summary>
    public static string? ReviewedAs(string key) =>
        key.StartsWith(AwardSigning, StringComparison.Ordinal) && key.Split(':') is { Length: 4 } parts ? string.Join(':', parts[..3]) : null;

    /// <summary>The winners' lots of announced awards no contract has been drafted for, past the signing period.</summary>
    private static async Task<IEnumerable<SupervisionException>> UncontractedAwardsAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        // No signing period ends within 30 days of its notice: older notices only.
        var before = today.AddDays(-30).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var announced = db.Projects.AsNoTracking()
            .Where(p => scope.RegionCodes.Contains(p.RegionCode) && !p.Offline && p.ResultPublishedUtc != null && p.ResultPublishedUtc < before);
        var projects = await announced.Select(p => new { p.Id, p.Number, p.Title, p.RegionCode, Announced = p.ResultPublishedUtc!.Value }).ToListAsync(ct);
        // The projects as a subquery, not a list of their ids: a province's run to more ids than a statement may carry as parameters.
        var winners = (await db.LotResults.AsNoTracking().InCurrentRounds(db.Projects).Where(r => r.WinnerSupplierId != null && announced.Any(p => p.Id == r.ProjectId)).ToListAsync(ct))
            .ToLookup(r => r.ProjectId);
        var contracted = (await db.Contracts.AsNoTracking().Where(c => c.ProjectId != null && c.Status != ContractStatus.Voided && announced.Any(p => p.Id == c.ProjectId))
            .Select(c => new { ProjectId = c.ProjectId!.Value, c.SupplierId, c.LotNumbers }).ToListAsync(ct)).ToLookup(c => (c.ProjectId, c.SupplierId), c => c.LotNumbers);
        var result = new List<SupervisionException>();
        foreach (var project in projects)
        {
            var awardedOn = BeijingTime.Day(project.Announced);
            var terms = ContractRules.On(rules, project.RegionCode, awardedOn);
            var due = ContractDeadlines.SigningDue(awardedOn, terms, Calendar);
            if (today <= due)
            {
                continue;
            }

            // One contract per winner and lot; a contract from before that covers all the lots its supplier won.
            foreach (var won in winners[project.Id].Where(r => !contracted[(project.Id, r.WinnerSupplierId!.Value)].Any(lots => GovContract.Covers(lots, r.LotNumber))))
            {
                var supplierId = won.WinnerSupplierId!.Value;
                var winner = won.Ranking.FirstOrDefault(r => r.SupplierId == supplierId)?.SupplierName ?? "";
                result.Add(new($"{AwardSigning}{project.Id:N}:{supplierId:N}:{won.LotNumber}", ExceptionKind.ContractSigningOverdue, project.RegionCode,
                    $"{project.Number} {project.Title} · 包组 {won.LotNumber} · {winner}", SigningDetail(awardedOn, due, terms),
                    won.WinningPrice, due.AddDays(1), [new ExceptionRecord(RecordKind.Project, project.Id, project.Number)], null));
            }
        }

        return result;
    }

    private static async Task<IEnumerable<SupervisionException>> ChallengesAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        var unanswered = await db.Challenges.AsNoTracking().Where(c => scope.RegionCodes.Contains(c.RegionCode) && c.Status == ChallengeStatus.Filed).ToListAsync(ct);
        return unanswered.Select(c => (Challenge: c, Terms: ChallengeRules.On(rules, c.RegionCode, c.FiledOn)))
            .Select(x => (x.Challenge, x.Terms, Due: ChallengeDeadlines.AnswerDue(x.Challenge, x.Terms, Calendar)))
            .Where(x => today > x.Due)
            .Select(x => new SupervisionException($"challenge-answer:{x.Challenge.Id:N}", ExceptionKind.ChallengeAnswerOverdue, x.Challenge.RegionCode,
                $"{x.Challenge.Number} {x.Challenge.ProjectNumber} {x.Challenge.ProjectTitle} · {x.Challenge.SupplierName}",
                new($"质疑于 {x.Challenge.FiledOn:yyyy-MM-dd} 提出，采购人或采购代理机构未在 {x.Terms.ChallengeAnswer.Value} 个工作日内书面答复：期限为 {x.Due:yyyy-MM-dd}（{x.Terms.ChallengeAnswer.Citation}）。",
                    $"Filed on {x.Challenge.FiledOn:yyyy-MM-dd}, not answered within {x.Terms.ChallengeAnswer.Value} working days: due {x.Due:yyyy-MM-dd}."),
                null, x.Due.AddDays(1), Records(x.Challenge.ProjectId, x.Challenge.ProjectNumber), null))
            .ToList();
    }

    private static async Task<IEnumerable<SupervisionException>> ComplaintsAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        var pending = await db.Complaints.AsNoTracking()
            .Where(c => scope.RegionCodes.Contains(c.RegionCode) && (c.Status == ComplaintStatus.Filed || c.Status == ComplaintStatus.Accepted || c.Status == ComplaintStatus.Paused))
            .ToListAsync(ct);
        var result = new List<SupervisionException>();
        foreach (var c in pending)
        {
            var terms = ChallengeRules.On(rules, c.RegionCode, c.FiledOn);
            var subject = $"{c.Number} {c.ProjectNumber} {c.ProjectTitle} · {c.SupplierName}";
            if (c.Status == ComplaintStatus.Filed)
            {
                var checkDue = ChallengeDeadlines.CheckDue(c, terms, Calendar);
                if (today > checkDue)
                {
                    result.Add(new($"complaint-check:{c.Id:N}", ExceptionKind.ComplaintCheckOverdue, c.RegionCode, subject,
                        new($"投诉于 {c.FiledOn:yyyy-MM-dd} 收到，未在 {terms.ComplaintCheck.Value} 个工作日内审查（受理或不予受理）：期限为 {checkDue:yyyy-MM-dd}（{terms.ComplaintCheck.Citation}）。",
                            $"Received on {c.FiledOn:yyyy-MM-dd}, not checked within {terms.ComplaintCheck.Value} working days: due {checkDue:yyyy-MM-dd}."),
                        null, checkDue.AddDays(1), Records(c.ProjectId, c.ProjectNumber), null));
                }

                continue;
            }

            var decisionDue = ChallengeDeadlines.DecisionDue(c, terms, Calendar, today);
            if (today > decisionDue)
            {
                result.Add(new($"complaint-decide:{c.Id:N}", ExceptionKind.ComplaintDecisionOverdue, c.RegionCode, subject,
                    new($"投诉于 {c.FiledOn:yyyy-MM-dd} 收到，未在 {terms.ComplaintDecision.Value} 个工作日内（暂停计时 {c.PausedWorkingDays} 个工作日不计）作出处理决定：期限为 {decisionDue:yyyy-MM-dd}（{terms.ComplaintDecision.Citation}）。",
                        $"Received on {c.FiledOn:yyyy-MM-dd}, not decided within {terms.ComplaintDecision.Value} working days (pauses excluded): due {decisionDue:yyyy-MM-dd}."),
                    null, decisionDue.AddDays(1), Records(c.ProjectId, c.ProjectNumber), null));
            }
        }

        return result;
    }

    private static Bilingual SigningDetail(DateOnly awardedOn, DateOnly due, ContractTerms terms) => new(
        $"中标（成交）通知书于 {awardedOn:yyyy-MM-dd} 发出，未在 {terms.SigningDays.Value} 日内签订政府采购合同：期限为 {due:yyyy-MM-dd}（{terms.SigningDays.Citation}）。",
        $"Awarded on {awardedOn:yyyy-MM-dd}, no contract signed within {terms.SigningDays.Value} days: due {due:yyyy-MM-dd}.");

    /// <summary>The project behind the record, when there is one (an e-mall order's contract has none).</summary>
    private static IReadOnlyList<ExceptionRecord> Records(Guid? projectId, string projectNumber) =>
        projectId is { } id ? [new ExceptionRecord(RecordKind.Project, id, projectNumber)] : [];
}
