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

        // The project's complaints, read once: the running suspension, the pending ones and the decisions against the result all come from these rows.
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ProjectId == id)
            .Select(c => new HeldComplaint(c, db.Challenges.InCurrentRounds(db.Projects).Any(ch => ch.Id == c.ChallengeId))).ToListAsync(ct);
        if (ProcurementSuspensions.Of(complaints.Select(c => c.Complaint), today) is { } suspended)
        {
            return suspended;
        }

        var challenge = await db.Challenges.AsNoTracking().Where(c => c.ProjectId == id && c.Status == ChallengeStatus.Filed)
            .OrderBy(c => c.FiledUtc).Select(c => c.Number).FirstOrDefaultAsync(ct);
        return Of(complaints, challenge);
    }

    /// <summary>A complaint of the project, and whether the challenge it follows is of the project's current round.</summary>
    private sealed record HeldComplaint(Complaint Complaint, bool InCurrentRound);

    /// <summary>The hold after the suspension: the oldest challenge awaiting its answer, a complaint not yet decided, a decision that voided the current round's result.</summary>
    private static Refusal? Of(IReadOnlyList<HeldComplaint> complaints, string? awaitingAnswer)
    {
        if (awaitingAnswer is not null)
        {
            return new Refusal($"质疑 {awaitingAnswer} 尚未答复，可能影响中标（成交）结果，暂停签订合同。",
                $"Challenge {awaitingAnswer} awaits its answer and may affect the result: signing is suspended.", Citation);
        }

        var standing = complaints.Select(c => c.Complaint).Where(c => c.Status != ComplaintStatus.Rejected).ToList();
        if (standing.FirstOrDefault(c => c.Status != ComplaintStatus.Decided) is { } pending)
        {
            return new Refusal($"投诉 {pending.Number} 处理中，可能影响中标（成交）结果，暂停签订合同。",
                $"Complaint {pending.Number} is being handled and may affect the result: signing is suspended.", Citation);
        }

        // A decision that voided the result holds the round it was about; the procurement repeated in a new round signs again.
        return complaints.FirstOrDefault(c => c.InCurrentRound && c.Complaint.Status == ComplaintStatus.Decided && ResultVoiding.Contains(c.Complaint.Remedy))?.Complaint is { } decided
            ? new Refusal($"投诉 {decided.Number} 的处理决定为“{ChallengeTexts.Remedy(decided.Remedy).Zh}”，不能按原结果签订合同。",
                $"The decision on complaint {decided.Number} is to {ChallengeTexts.Remedy(decided.Remedy).En}: no contract on the original result.", "《政府采购质疑和投诉办法》（财政部令第94号）第三十一、三十二条")
            : null;
    }
}
