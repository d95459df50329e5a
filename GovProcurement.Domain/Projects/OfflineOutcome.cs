using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Projects;

/// <summary>One bidder's place on a lot as the offline panel ranked it (1 = first).</summary>
public sealed record OfflineRanking(int LotNumber, string CreditCode, Money Price, int Rank);

/// <summary>A signed record scanned for upload.</summary>
public sealed record SignedRecord(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Before a region's e-trading go-live the opening and evaluation happen offline; afterwards the
/// agency records the outcome — the ranking per lot — and attaches the signed opening and
/// evaluation records. The purchaser then confirms as for an online evaluation.
/// </summary>
public sealed class OfflineOutcome(IDbContextFactory<GovProcurementDbContext> store, Bids.BidOpening opening, AuditLog audit, IOptions<InputLimits> limits, TimeProvider time)
{
    public async Task RecordAsync(Guid projectId, IReadOnlyList<OfflineRanking> rankings, IReadOnlyList<SignedRecord> records, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForStepAsync(db, projectId, actor, ProjectAction.RecordedOffline, time, ct);
        new OfflineRankingsValidator(limits.Value.OfflineRecordFiles, OfflineRankingsValidator.LotMaximums(project.Lots)).ValidateAndThrow(new OfflineRankings(rankings, records.Count));
        var nowUtc = time.UtcNow();
        var codes = rankings.Select(r => r.CreditCode.Trim().ToUpperInvariant()).Distinct().ToList();
        var suppliers = await db.Organizations.OfType<Supplier>().AsNoTracking().Where(s => codes.Contains(s.CreditCode)).ToDictionaryAsync(s => s.CreditCode, ct);
        var unknown = rankings.Select((r, i) => (Code: OfflineRankingsValidator.Code(r), Field: $"{nameof(OfflineRankings.Rankings)}[{i}].{nameof(OfflineRanking.CreditCode)}"))
            .Where(r => !suppliers.ContainsKey(r.Code))
            .Select(r => FieldRules.Failure(r.Field, new Bilingual($"统一社会信用代码 {r.Code} 不在供应商库中。", $"{r.Code} is not in the supplier library.")));
        if (unknown.ToList() is { Count: > 0 } failures)
        {
            throw new ValidationException(failures);
        }

        var (minimum, citation) = await opening.MinimumAsync(project, ct);
        project.RecordOffline(actor.UserName, $"线下开评标，附签字记录 {records.Count} 份", nowUtc);
        var failedLots = 0;
        foreach (var lot in project.Lots)
        {
            var ranked = rankings.Where(r => r.LotNumber == lot.Number).OrderBy(r => r.Rank).ToList();
            var lines = ranked.Select((r, i) => suppliers[r.CreditCode.Trim().ToUpperInvariant()] is var s
                ? new RankedBid(i + 1, Guid.Empty, s.Id, s.Name, s.Scale, r.Price, r.Price, 0m, 0m, 0m)
                : null!).ToList();
            var fail = lines.Count < minimum ? $"合格供应商不足 {minimum} 家（{citation}）" : null;
            failedLots += fail is null ? 0 : 1;
            db.LotResults.Add(new LotResult(projectId, project.CurrentRound.Number, lot.Number, lines, fail, nowUtc));
        }

        if (failedLots == project.Lots.Count)
        {
            project.Fail(actor.UserName, "所有采购包合格供应商均不足法定家数（线下评审）", nowUtc);
        }

        db.Files.AddRange(records.Select(r => new StoredFile(r.FileName, r.ContentType, r.Content, limits.Value.FileBytes, project.AgencyId, actor.UserName, nowUtc, project.Id)));
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.OfflineOutcomeRecorded, actor.UserName, project.Number, string.Join("；", records.Select(r => r.FileName)))], ct);
    }
}
