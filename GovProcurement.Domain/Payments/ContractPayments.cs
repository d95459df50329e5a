using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Payments;

/// <summary>What the purchaser's operator enters for one payment: the instalment (from 1), the amount, the day paid and the voucher number or a note.</summary>
public sealed record PaymentForm(int Instalment, Money Amount, DateOnly PaidOn, string? Note);

/// <summary>A contract's payments as a person sees them: the schedule on today, the payments recorded, the milestones and the steps the actor may take.</summary>
public sealed record PaymentView(GovContract Contract, ContractMilestones Milestones, PaymentSchedule Schedule, IReadOnlyList<ContractPayment> Payments, ActionSet<PaymentAction> Steps);

/// <summary>
/// The use cases of a contract's payments (合同支付): reading the schedule with its due dates, days overdue and
/// interest, and recording a payment — bounded, never beyond the instalment or the contract, dated between the
/// signing and today (Beijing), in one save with its audit entry. Each step requires <see cref="PaymentSteps"/>.
/// The delivery and acceptance days come from <see cref="IContractMilestones"/>, which the acceptance area registers.
/// </summary>
public sealed class ContractPayments(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time,
    IContractMilestones milestones)
{
    /// <summary>Payments one contract holds at most: each instalment paid in a few transfers.</summary>
    public const int MaxPaymentsPerContract = 100;

    /// <summary>The contract's payments as the actor sees them on today, or null when the actor may not read them.</summary>
    public async Task<PaymentView?> GetAsync(Guid contractId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (contract is null || !PaymentSteps.Reads(contract, standing))
        {
            return null;
        }

        var (view, _) = await ViewAsync(db, contract, standing, ct);
        return view;
    }

    /// <summary>Records one payment; refused past the instalment's or the contract's outstanding amount, in the future or before signing.</summary>
    public async Task<ContractPayment> RecordAsync(Guid contractId, PaymentForm form, Actor actor, CancellationToken ct = default)
    {
        var note = Texts.Optional(form.Note, ContractPayment.NoteMaxLength, "凭证号或备注", "The voucher number or note");
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.FirstOrDefaultAsync(c => c.Id == contractId, ct) ?? throw new DomainException("合同不存在。", "The contract does not exist.");
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var (view, today) = await ViewAsync(db, contract, standing, ct);
        view.Steps.Require(PaymentAction.Record);
        var instalment = view.Schedule.Instalments.FirstOrDefault(i => i.Number == form.Instalment)
            ?? throw new DomainException($"合同共 {view.Schedule.Instalments.Count} 期付款，请选择其中一期。", $"The contract has {view.Schedule.Instalments.Count} instalments; choose one of them.");
        Check(form, instalment, view, contract.SignedOn!.Value, today);
        InputLimits.Require(view.Payments.Count + 1, MaxPaymentsPerContract, "每份合同的付款记录", "payments per contract");

        var payment = new ContractPayment(contract.Id, instalment.Number, form.Amount, form.PaidOn, note, actor.UserName, time.UtcNow());
        db.ContractPayments.Add(payment);
        // The contract's version guards the check above: two payments recorded at once cannot both pass it.
        db.Entry(contract).Property(c => c.Version).IsModified = true;
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ContractPaymentRecorded, actor.UserName, contract.Number,
            $"第 {instalment.Number} 期 {form.Amount} 付款日 {form.PaidOn:yyyy-MM-dd} {note}".TrimEnd())], ct);
        return payment;
    }

    /// <summary>The rules the contract's payments follow: those in force in its region on the day it was signed (today before signing).</summary>
    public async Task<PaymentTerms> TermsAsync(GovContract contract, CancellationToken ct = default) =>
        PaymentRules.On(await rules.CurrentAsync(ct), contract.RegionCode, contract.SignedOn ?? time.TodayInChina());

    /// <summary>The milestones of the contracts, from the acceptance area.</summary>
    internal static async Task<IReadOnlyDictionary<Guid, ContractMilestones>> MilestonesAsync(IContractMilestones source, IReadOnlyCollection<Guid> contractIds, CancellationToken ct) =>
        contractIds.Count == 0 ? new Dictionary<Guid, ContractMilestones>()
        : await source.ForAsync(contractIds, ct);

    /// <summary>The schedules of signed contracts on <paramref name="asOf"/>, for the to-do list, the exceptions and the registers.</summary>
    internal static async Task<IReadOnlyList<(GovContract Contract, PaymentSchedule Schedule)>> SchedulesAsync(GovProcurementDbContext db, IContractMilestones source,
        RuleSet rules, IReadOnlyList<GovContract> contracts, DateOnly asOf, CancellationToken ct)
    {
        var signed = contracts.Where(c => c.SignedOn is not null).ToList();
        var ids = signed.Select(c => c.Id).ToList();
        var dates = await MilestonesAsync(source, ids, ct);
        var payments = (await db.ContractPayments.AsNoTracking().Where(p => ids.Contains(p.ContractId)).ToListAsync(ct)).ToLookup(p => p.ContractId);
        return signed.Select(c => (c, PaymentSchedule.Of(c, dates.GetValueOrDefault(c.Id, ContractMilestones.None), payments[c.Id],
            PaymentRules.On(rules, c.RegionCode, c.SignedOn!.Value), asOf))).ToList();
    }

    private async Task<(PaymentView View, DateOnly Today)> ViewAsync(GovProcurementDbContext db, GovContract contract, ActorStanding standing, CancellationToken ct)
    {
        var today = time.TodayInChina();
        var dates = contract.SignedOn is null ? ContractMilestones.None
            : (await MilestonesAsync(milestones, [contract.Id], ct)).GetValueOrDefault(contract.Id, ContractMilestones.None);
        var payments = await db.ContractPayments.AsNoTracking().Where(p => p.ContractId == contract.Id).ToListAsync(ct);
        payments = payments.OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedUtc).ToList();
        var schedule = PaymentSchedule.Of(contract, dates, payments, await TermsAsync(contract, ct), today);
        return (new PaymentView(contract, dates, schedule, payments, PaymentSteps.For(contract, schedule, standing)), today);
    }

    private static void Check(PaymentForm form, ScheduledInstalment instalment, PaymentView view, DateOnly signedOn, DateOnly today)
    {
        if (form.Amount <= Money.Zero)
        {
            throw new DomainException("付款金额须大于零。", "The amount paid must be positive.");
        }

        if (form.Amount > view.Schedule.Outstanding)
        {
            throw new DomainException($"付款金额 {form.Amount} 超过合同未付金额 {view.Schedule.Outstanding}。",
                $"The payment of {form.Amount} exceeds the contract's outstanding {view.Schedule.Outstanding}.");
        }

        if (form.Amount > instalment.Outstanding)
        {
            throw new DomainException($"付款金额 {form.Amount} 超过第 {instalment.Number} 期未付金额 {instalment.Outstanding}。",
                $"The payment of {form.Amount} exceeds instalment {instalment.Number}'s outstanding {instalment.Outstanding}.");
        }

        if (form.PaidOn > today)
        {
            throw new DomainException($"付款日期不能晚于今天（{today:yyyy-MM-dd}）。", $"The day paid cannot be after today ({today:yyyy-MM-dd}).");
        }

        if (form.PaidOn < signedOn)
        {
            throw new DomainException($"付款日期不能早于合同签订日期（{signedOn:yyyy-MM-dd}）。", $"The day paid cannot be before the contract was signed ({signedOn:yyyy-MM-dd}).");
        }
    }
}
