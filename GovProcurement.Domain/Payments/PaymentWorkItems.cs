using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Payments;

/// <summary>
/// The to-do items of payments, from the same answer the payment page renders: for the purchaser's operator,
/// each instalment of the unit's signed contracts that is overdue, or falls due within the reminder days
/// (<see cref="RuleKind.PaymentReminderDays"/>), while the operator may record a payment.
/// </summary>
public static class PaymentWorkItems
{
    /// <summary>Signed contracts of the unit looked at, the earliest signed first.</summary>
    public const int ContractsLookedAt = 200;

    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, IContractMilestones milestones, ActorStanding standing, Guid org, DateOnly today, int take,
        CancellationToken ct)
    {
        if (!standing.IsIn(Roles.PurchaserOperator) || standing.Kind != OrganizationKind.BudgetUnit)
        {
            return [];
        }

        var contracts = await db.Contracts.AsNoTracking().Where(c => c.PurchaserId == org && c.SignedOn != null)
            .OrderBy(c => c.SignedOn).Take(ContractsLookedAt).ToListAsync(ct);
        if (contracts.Count == 0)
        {
            return [];
        }

        var rules = new RuleSet(await db.ProcurementRules.AsNoTracking().ToListAsync(ct), Regions.RegionDirectory.Guangdong);
        var items = new List<WorkItem>();
        foreach (var (contract, schedule) in await ContractPayments.SchedulesAsync(db, milestones, rules, contracts, today, ct))
        {
            if (!PaymentSteps.For(contract, schedule, standing).Allows(PaymentAction.Record))
            {
                continue;
            }

            var reminder = PaymentRules.On(rules, contract.RegionCode, contract.SignedOn!.Value).ReminderDays.Value;
            foreach (var instalment in schedule.Instalments.Where(i => i.DueOn is not null && i.Outstanding > Money.Zero))
            {
                var due = instalment.DueOn!.Value;
                var kind = instalment.IsOverdue ? WorkKind.PayOverdueInstalment
                    : due.DayNumber - today.DayNumber <= reminder ? WorkKind.PayInstalmentDueSoon : (WorkKind?)null;
                if (kind is { } k)
                {
                    var state = instalment.IsOverdue ? $"逾期 {instalment.DaysOverdue} 日" : $"{due:yyyy-MM-dd} 到期";
                    items.Add(new WorkItem(k, $"{contract.Number} {contract.SupplierName} · 第 {instalment.Number} 期 {instalment.Outstanding} · {state}",
                        $"/contracts/{contract.Id}/payments", UtcOf(instalment.StartsOn!.Value)));
                }
            }
        }

        return items.OrderBy(i => i.Kind).ThenBy(i => i.SinceUtc).Take(take);
    }

    /// <summary>The start of the Beijing day, as UTC.</summary>
    private static DateTime UtcOf(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Clock.ChinaOffset, DateTimeKind.Utc);
}
