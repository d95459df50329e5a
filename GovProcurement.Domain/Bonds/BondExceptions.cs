using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>The bonds of a jurisdiction still held (paid or received, not refunded) after their refund deadline: <see cref="ExceptionKind.BondRefundOverdue"/>.</summary>
public static class BondExceptions
{
    public static async Task<IEnumerable<SupervisionException>> OverdueAsync(GovProcurementDbContext db, Jurisdiction scope, RuleSet rules, DateOnly today, CancellationToken ct)
    {
        var held = await db.Bonds.AsNoTracking()
            .Where(b => scope.RegionCodes.Contains(b.RegionCode) && (b.Status == BondStatus.Paid || b.Status == BondStatus.Received))
            .OrderBy(b => b.PaidUtc).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var facts = await BondDeadlines.FactsAsync(db, held, ct);
        var result = new List<SupervisionException>();
        foreach (var bond in held)
        {
            if (BondDeadlines.RefundDue(bond, facts.GetValueOrDefault(bond.Id, BondFacts.None), BondDesk.TermsOf(rules, bond), WorkingDayCalendar.China) is not { } due
                || !due.IsOverdue(bond, today))
            {
                continue;
            }

            var kind = BondTexts.Kind(bond.Kind);
            var records = bond.ProjectId is { } project ? new List<ExceptionRecord> { new(RecordKind.Project, project, bond.Reference) } : [];
            result.Add(new SupervisionException($"bond:{bond.Id:N}", ExceptionKind.BondRefundOverdue, bond.RegionCode, $"{bond.Reference} {bond.Title} · {bond.SupplierName}",
                new($"{kind.Zh} {bond.Amount} 未在期限内退还：应自{due.CountsFrom.Zh}起于 {due.Due:yyyy-MM-dd} 前退还（{due.Citation}）。",
                    $"The {kind.En} of {bond.Amount} was not refunded in time: due {due.Due:yyyy-MM-dd}, counted from {due.CountsFrom.En}."),
                bond.Amount, due.Due.AddDays(1), records, null));
        }

        return result;
    }
}
