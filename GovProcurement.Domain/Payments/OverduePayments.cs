using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Payments;

/// <summary>
/// What the finance department sees of late payments in its jurisdiction: each instalment of a contract with an
/// SME (<see cref="GovContract.Sme"/>) past its due date and unpaid, with its days overdue and interest, as a
/// supervision exception (<see cref="ExceptionKind.PaymentOverdueToSme"/>). Contracts with large enterprises are not shown.
/// </summary>
public static class OverduePayments
{
    /// <summary>Signed SME contracts looked at, the earliest signed first.</summary>
    public const int ContractsLookedAt = SupervisionReports.MaxRows;

    public static async Task<IEnumerable<SupervisionException>> ExceptionsAsync(GovProcurementDbContext db, IContractMilestones milestones, Jurisdiction scope, RuleSet rules,
        DateOnly today, CancellationToken ct)
    {
        var contracts = await SmeContracts(db, scope).OrderBy(c => c.SignedOn).Take(ContractsLookedAt).ToListAsync(ct);
        var schedules = await ContractPayments.SchedulesAsync(db, milestones, rules, contracts, today, ct);
        return schedules.SelectMany(s => s.Schedule.Instalments.Where(i => i.IsOverdue).Select(i => Exception(s.Contract, s.Schedule, i)));
    }

    /// <summary>The signed contracts with SMEs in the jurisdiction.</summary>
    internal static IQueryable<GovContract> SmeContracts(GovProcurementDbContext db, Jurisdiction scope) =>
        db.Contracts.AsNoTracking().Where(c => c.Sme && c.SignedOn != null && scope.RegionCodes.Contains(c.RegionCode));

    private static SupervisionException Exception(GovContract c, PaymentSchedule schedule, ScheduledInstalment i)
    {
        var due = i.DueOn!.Value;
        return new SupervisionException($"payment:{c.Id:N}:{i.Number}", ExceptionKind.PaymentOverdueToSme, c.RegionCode,
            $"{c.Number} {c.PurchaserName} → {c.SupplierName} · 第 {i.Number} 期",
            new($"未支付 {i.Outstanding}，应于 {due:yyyy-MM-dd} 前支付（{schedule.TermRule.Citation}），已逾期 {i.DaysOverdue} 日，逾期利息 {i.Interest}（{schedule.InterestRule.Citation}）。",
                $"{i.Outstanding} unpaid, due {due:yyyy-MM-dd}; {i.DaysOverdue} days overdue, interest {i.Interest}."),
            i.Outstanding, due.AddDays(1), [], null);
    }
}
