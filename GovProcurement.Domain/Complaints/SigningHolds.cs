using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// Whether a project's contracts may be signed now: not while the finance department's suspension of the procurement
/// runs (政府采购法第五十七条, <see cref="ProcurementSuspensions"/>), named first with its last day; not while a challenge
/// awaits its answer or a complaint awaits the finance department's decision (实施条例第五十四条); and not in the round a
/// decision voided the result of or ordered repeated (the next round signs again). The contract steps ask this before offering a confirmation.
/// </summary>
public static class SigningHolds
{
    public const string Citation = "《中华人民共和国政府采购法实施条例》第五十四条";

    /// <summary>The remedies that void the result of the round the complaint was about: its contracts are voided and the procurement repeats.</summary>
    public static readonly IReadOnlyList<ComplaintRemedy> ResultVoiding = [ComplaintRemedy.RepeatProcurement, ComplaintRemedy.ChangeResult, ComplaintRemedy.VoidContract];

    public static async Task<Refusal?> ForProjectAsync(GovProcurementDbContext db, Guid? projectId, DateOnly today, CancellationToken ct)
    {
        if (projectId is not { } id)
        {
            return null;
        }

        if (await ProcurementSuspensions.ForProjectAsync(db, id, today, ct) is { } suspended)
        {
            return suspended;
        }

        var challenge = await db.Challenges.AsNoTracking().Where(c => c.ProjectId == id && c.Status == ChallengeStatus.Filed)
            .OrderBy(c => c.FiledUtc).Select(c => c.Number).FirstOrDefaultAsync(ct);
        if (challenge is not null)
        {
            return new Refusal($"质疑 {challenge} 尚未答复，可能影响中标（成交）结果，暂停签订合同。",
                $"Challenge {challenge} awaits its answer and may affect the result: signing is suspended.", Citation);
        }

        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ProjectId == id && c.Status != ComplaintStatus.Rejected)
            .Select(c => new { c.Number, c.Status, c.Remedy }).ToListAsync(ct);
        if (complaints.FirstOrDefault(c => c.Status != ComplaintStatus.Decided) is { } pending)
        {
            return new Refusal($"投诉 {pending.Number} 处理中，可能影响中标（成交）结果，暂停签订合同。",
                $"Complaint {pending.Number} is being handled and may affect the result: signing is suspended.", Citation);
        }

        // A decision that voided the result holds the round it was about; the procurement repeated in a new round signs again.
        var voiding = await db.Complaints.AsNoTracking().Where(c => c.ProjectId == id && c.Status == ComplaintStatus.Decided && ResultVoiding.Contains(c.Remedy)
                && db.Challenges.InCurrentRounds(db.Projects).Any(ch => ch.Id == c.ChallengeId))
            .Select(c => new { c.Number, c.Remedy }).FirstOrDefaultAsync(ct);
        return voiding is { } decided
            ? new Refusal($"投诉 {decided.Number} 的处理决定为“{ChallengeTexts.Remedy(decided.Remedy).Zh}”，不能按原结果签订合同。",
                $"The decision on complaint {decided.Number} is to {ChallengeTexts.Remedy(decided.Remedy).En}: no contract on the original result.", "《政府采购质疑和投诉办法》（财政部令第94号）第三十一、三十二条")
            : null;
    }
}
