using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>
/// What a bond's refund deadline counts from: for a bid bond the day the award notice was issued (the result
/// announcement), whether this supplier won, and the day its contract was signed; for a performance bond the last
/// day of the contract's performance period, or the day a complaint decision voided the contract when that came first.
/// </summary>
public sealed record BondFacts(DateOnly? AwardNoticeOn, bool Won, DateOnly? ContractSignedOn, DateOnly? PerformanceTo, DateOnly? ContractVoidedOn = null)
{
    public static BondFacts None { get; } = new(null, false, null, null);
}

/// <summary>When a bond must be refunded by, what the period counts from, and the rule it comes from.</summary>
public sealed record BondRefundDue(DateOnly Due, Bilingual CountsFrom, string Citation)
{
    /// <summary>Late when refunded after the due day, or still held after it; on the due day itself it is in time.</summary>
    public bool IsOverdue(Bond bond, DateOnly today) => bond.Status != BondStatus.Required && (bond.RefundedOn ?? today) > Due;
}

/// <summary>
/// The refund deadlines of bonds on the working-day calendar (the start day not counted): a loser's bid bond within
/// the rule's working days of the award notice, the winner's within the rule's working days of signing its contract,
/// a performance bond within the rule's working days of the end of the performance period. Null while the day the
/// period counts from has not come (no award notice yet; the winner's contract not yet signed).
/// </summary>
public static class BondDeadlines
{
    public static BondRefundDue? RefundDue(Bond bond, BondFacts facts, BondTerms terms, WorkingDayCalendar calendar)
    {
        // Nothing paid, nothing to refund.
        if (bond.Status == BondStatus.Required)
        {
            return null;
        }

        if (bond.Kind == BondKind.Performance)
        {
            // A contract voided by a complaint decision is performed no further: the period counts from the voiding.
            if (facts.ContractVoidedOn is { } voided && (facts.PerformanceTo is not { } to || voided < to))
            {
                return new(calendar.AddWorkingDays(voided, terms.PerformanceBondRefundWorkingDays.Value),
                    new($"合同经投诉处理决定撤销（{voided:yyyy-MM-dd}）", $"the contract's voiding by a complaint decision ({voided:yyyy-MM-dd})"), terms.PerformanceBondRefundWorkingDays.Citation);
            }

            return facts.PerformanceTo is { } end
                ? new(calendar.AddWorkingDays(end, terms.PerformanceBondRefundWorkingDays.Value),
                    new($"合同履行期限届满（{end:yyyy-MM-dd}）", $"the end of the performance period ({end:yyyy-MM-dd})"), terms.PerformanceBondRefundWorkingDays.Citation)
                : null;
        }

        if (facts.AwardNoticeOn is not { } notice)
        {
            return null;
        }

        if (!facts.Won)
        {
            return new(calendar.AddWorkingDays(notice, terms.BidBondLoserRefundWorkingDays.Value),
                new($"中标通知书发出（{notice:yyyy-MM-dd}）", $"the award notice ({notice:yyyy-MM-dd})"), terms.BidBondLoserRefundWorkingDays.Citation);
        }

        return facts.ContractSignedOn is { } signed
            ? new(calendar.AddWorkingDays(signed, terms.BidBondWinnerRefundWorkingDays.Value),
                new($"政府采购合同签订（{signed:yyyy-MM-dd}）", $"the contract's signing ({signed:yyyy-MM-dd})"), terms.BidBondWinnerRefundWorkingDays.Citation)
            : null;
    }

    /// <summary>The facts of each bond, read in a few queries for the whole set.</summary>
    public static async Task<IReadOnlyDictionary<Guid, BondFacts>> FactsAsync(GovProcurementDbContext db, IReadOnlyCollection<Bond> bonds, CancellationToken ct)
    {
        if (bonds.Count == 0)
        {
            return new Dictionary<Guid, BondFacts>();
        }

        var projectIds = bonds.Where(b => b.Kind == BondKind.Bid && b.ProjectId != null).Select(b => b.ProjectId!.Value).Distinct().ToList();
        var contractIds = bonds.Where(b => b.Kind == BondKind.Performance && b.ContractId != null).Select(b => b.ContractId!.Value).Distinct().ToList();
        var notices = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.ResultPublishedUtc }).ToDictionaryAsync(p => p.Id, p => p.ResultPublishedUtc, ct);
        var winners = await db.LotResults.AsNoTracking().InCurrentRounds(db.Projects).Where(r => projectIds.Contains(r.ProjectId) && r.WinnerSupplierId != null)
            .Select(r => new { r.ProjectId, r.LotNumber, Supplier = r.WinnerSupplierId!.Value }).ToListAsync(ct);
        var signed = await db.Contracts.AsNoTracking().Where(c => c.ProjectId != null && projectIds.Contains(c.ProjectId.Value) && c.SignedOn != null)
            .Select(c => new { c.ProjectId, c.SupplierId, c.LotNumbers, c.SignedOn }).ToListAsync(ct);
        var ends = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).Select(c => new { c.Id, c.PerformanceTo, c.VoidedOn }).ToDictionaryAsync(c => c.Id, ct);
        return bonds.ToDictionary(b => b.Id, b =>
        {
            if (b.Kind == BondKind.Performance)
            {
                return b.ContractId is { } contract && ends.TryGetValue(contract, out var end)
                    ? BondFacts.None with { PerformanceTo = end.PerformanceTo, ContractVoidedOn = end.VoidedOn } : BondFacts.None;
            }

            var notice = b.ProjectId is { } p && notices.GetValueOrDefault(p) is { } at ? BeijingTime.Day(at) : (DateOnly?)null;
            var won = winners.Any(w => w.ProjectId == b.ProjectId && w.Supplier == b.SupplierId && (b.LotNumber == 0 || w.LotNumber == b.LotNumber));
            // A lot's bond waits for that lot's contract; a bond for the whole project, for the first contract its supplier signs.
            var signedOn = signed.Where(c => c.ProjectId == b.ProjectId && c.SupplierId == b.SupplierId && (b.LotNumber == 0 || Contracts.GovContract.Covers(c.LotNumbers, b.LotNumber))).Select(c => c.SignedOn).Min();
            return new BondFacts(notice, won, signedOn, null);
        });
    }
}
