using System.Runtime.CompilerServices;
using System.Text.Json;
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
/// (<see cref="RuleKind.PaymentReminderDays"/>), while the operator may record a payment. An instalment's due day
/// comes from several records (the contract's instalments and term, the delivery and acceptance days, the payments,
/// the rules of the day of signing), so no single store query states it: both the list and the navigation's count
/// read every signed contract of the unit, a page at a time, through <see cref="WaitingAsync"/>, so they cannot
/// disagree and the count is exact however many are signed. The walk reads only the columns a schedule and its to-do
/// need (<see cref="PayableContract"/>), never a contract's text, items or bank accounts.
/// </summary>
public static class PaymentWorkItems
{
    /// <summary>Signed contracts read in one page, the earliest signed first.</summary>
    public const int ContractsPerPage = 200;

    /// <summary>What the walk reads of a signed contract: what names it on the list, whose it is, and its schedule's basis.</summary>
    public sealed record PayableContract(string Number, string SupplierName, Guid PurchaserId, string RegionCode, ScheduleBasis Basis)
    {
        public Guid Id => Basis.ContractId;

        public DateOnly SignedOn => Basis.SignedOn!.Value;
    }

    /// <summary>One instalment waiting for the purchaser's operator: its kind, its contract and its schedule row.</summary>
    public sealed record WaitingInstalment(WorkKind Kind, PayableContract Contract, ScheduledInstalment Instalment);

    /// <summary>
    /// The kind of to-do an instalment is on <paramref name="today"/>: overdue (past its due day, not paid in full),
    /// due soon (its due day within <paramref name="reminderDays"/>), or none (paid, no due day yet, or due later).
    /// </summary>
    public static WorkKind? KindOf(ScheduledInstalment instalment, int reminderDays, DateOnly today)
    {
        if (instalment.DueOn is not { } due || instalment.Outstanding <= Money.Zero)
        {
            return null;
        }

        return instalment.IsOverdue ? WorkKind.PayOverdueInstalment
            : due.DayNumber - today.DayNumber <= reminderDays ? WorkKind.PayInstalmentDueSoon : null;
    }

    /// <summary>Every instalment waiting for the actor on <paramref name="today"/>, over all of the unit's signed contracts, read a page at a time.</summary>
    public static async IAsyncEnumerable<WaitingInstalment> WaitingAsync(GovProcurementDbContext db, IContractMilestones milestones, RuleSet rules, ActorStanding standing, Guid org,
        DateOnly today, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!standing.IsIn(Roles.PurchaserOperator) || standing.Kind != OrganizationKind.BudgetUnit)
        {
            yield break;
        }

        var signed = db.Contracts.AsNoTracking().Where(c => c.PurchaserId == org && c.SignedOn != null).OrderBy(c => c.SignedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.SupplierName, c.PurchaserId, c.RegionCode, c.SignedOn, c.Amount, c.InstalmentsJson, c.PaymentTermDays, c.LongerTermAgreed, c.LatePaymentInterestDailyBasisPoints });
        for (var page = 0; ; page++)
        {
            var rows = await signed.Skip(page * ContractsPerPage).Take(ContractsPerPage).ToListAsync(ct);
            if (rows.Count == 0)
            {
                yield break;
            }

            var contracts = rows.Select(c => new PayableContract(c.Number, c.SupplierName, c.PurchaserId, c.RegionCode,
                new ScheduleBasis(c.Id, c.Amount, Instalments(c.InstalmentsJson), c.SignedOn, c.PaymentTermDays, c.LongerTermAgreed,
                    c.LatePaymentInterestDailyBasisPoints))).ToList();
            var ids = contracts.Select(c => c.Id).ToList();
            var dates = await ContractPayments.MilestonesAsync(milestones, ids, ct);
            var payments = (await db.ContractPayments.AsNoTracking().Where(p => ids.Contains(p.ContractId)).ToListAsync(ct)).ToLookup(p => p.ContractId);
            foreach (var contract in contracts)
            {
                var terms = PaymentRules.On(rules, contract.RegionCode, contract.SignedOn);
                var schedule = PaymentSchedule.Of(contract.Basis, dates.GetValueOrDefault(contract.Id, ContractMilestones.None), payments[contract.Id], terms, today);
                if (PaymentSteps.WhyNotRecord(contract.PurchaserId, contract.SignedOn, schedule, standing) is not null)
                {
                    continue;
                }

                var reminder = terms.ReminderDays.Value;
                foreach (var instalment in schedule.Instalments)
                {
                    if (KindOf(instalment, reminder, today) is { } kind)
                    {
                        yield return new(kind, contract, instalment);
                    }
                }
            }

            if (rows.Count < ContractsPerPage)
            {
                yield break;
            }
        }
    }

    /// <summary>The instalments of a contract as <see cref="GovContract.Instalments"/> reads them from the same column.</summary>
    private static List<ContractInstalment> Instalments(string json) => JsonSerializer.Deserialize<List<ContractInstalment>>(json) ?? [];

    /// <summary>How many instalments wait of each kind: all of them, exactly.</summary>
    public static async Task<Dictionary<WorkKind, int>> CountAsync(GovProcurementDbContext db, IContractMilestones milestones, RuleSet rules, ActorStanding standing, Guid org,
        DateOnly today, CancellationToken ct)
    {
        var counts = new Dictionary<WorkKind, int>();
        await foreach (var waiting in WaitingAsync(db, milestones, rules, standing, org, today, ct))
        {
            counts[waiting.Kind] = counts.GetValueOrDefault(waiting.Kind) + 1;
        }

        return counts;
    }

    /// <summary>The oldest <paramref name="take"/> of each kind that waits (the day its term started first).</summary>
    public static async Task<IEnumerable<WorkItem>> ForAsync(GovProcurementDbContext db, IContractMilestones milestones, RuleSet rules, ActorStanding standing, Guid org,
        DateOnly today, int take, CancellationToken ct)
    {
        var oldest = new Dictionary<WorkKind, List<WorkItem>>();
        await foreach (var (kind, contract, instalment) in WaitingAsync(db, milestones, rules, standing, org, today, ct))
        {
            var state = instalment.IsOverdue ? $"逾期 {instalment.DaysOverdue} 日" : $"{instalment.DueOn:yyyy-MM-dd} 到期";
            var item = new WorkItem(kind, $"{contract.Number} {contract.SupplierName} · 第 {instalment.Number} 期 {instalment.Outstanding} · {state}",
                $"/contracts/{contract.Id}/payments", BeijingTime.StartUtc(instalment.StartsOn!.Value));
            var kept = oldest.TryGetValue(kind, out var list) ? list : oldest[kind] = [];
            kept.Add(item);
            if (kept.Count > 2L * take)
            {
                // Keep the list of each kind bounded however many wait: only the oldest can be shown.
                oldest[kind] = kept.OrderBy(i => i.SinceUtc).Take(take).ToList();
            }
        }

        return oldest.Values.SelectMany(kept => kept.OrderBy(i => i.SinceUtc).Take(take));
    }
}
