using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// A contract's acceptance as a person sees it: the contract, the acceptance (not yet stored while
/// <paramref name="Stored"/> is false: nothing recorded yet), each item's delivery, the steps the actor may take and the rules in force.
/// </summary>
public sealed record AcceptanceView(GovContract Contract, ContractAcceptance Acceptance, bool Stored, IReadOnlyList<ItemProgress> Progress,
    ActionSet<AcceptanceAction> Steps, AcceptanceTerms Terms);

/// <summary>
/// The use cases of performance and acceptance (履约验收): recording deliveries against a signed contract, marking
/// delivery complete, planning the acceptance, recording the result, and each party's confirmation of the acceptance
/// record; a public-service project's confirmed result is announced (公共服务项目验收结果公告). Each step requires
/// <see cref="AcceptanceSteps"/> and is audited in the same save.
/// </summary>
public sealed class ContractAcceptances(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    public const int ListMax = 200;

    /// <summary>The acceptance of the contract as the actor sees it; null when the actor is neither party of the contract.</summary>
    public async Task<AcceptanceView?> GetAsync(Guid contractId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (contract is null || !(standing.Belongs(contract.PurchaserId) || standing.Belongs(contract.SupplierId)))
        {
            return null;
        }

        var stored = await db.Acceptances.AsNoTracking().FirstOrDefaultAsync(a => a.ContractId == contractId, ct);
        var acceptance = stored ?? ContractAcceptance.Open(contract, actor.UserName, time.UtcNow());
        return new AcceptanceView(contract, acceptance, stored is not null, acceptance.Progress(), AcceptanceSteps.For(acceptance, contract.SignedOn is not null, standing),
            await TermsAsync(contract.RegionCode, time.TodayInChina(), ct));
    }

    /// <summary>
    /// Where the acceptance of a contract the reader was shown stands (<see cref="GovContracts.GetAsync"/> decides who sees it:
    /// its parties and the finance department of its region); null while nothing is recorded.
    /// </summary>
    public async Task<AcceptanceState?> StateAsync(ContractView shown, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var stored = await db.Acceptances.AsNoTracking().FirstOrDefaultAsync(a => a.ContractId == shown.Contract.Id, ct);
        return stored is null ? null : AcceptanceState.Of(stored);
    }

    /// <summary>The acceptances of the actor's unit or company, newest first.</summary>
    public async Task<IReadOnlyList<ContractAcceptance>> ListAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var org = actor.RequireOrganization();
        var query = standing.Kind switch
        {
            OrganizationKind.BudgetUnit => db.Acceptances.Where(a => a.PurchaserId == org),
            OrganizationKind.Supplier => db.Acceptances.Where(a => a.SupplierId == org),
            _ => db.Acceptances.Where(_ => false),
        };
        return await query.AsNoTracking().OrderByDescending(a => a.CreatedUtc).Take(Math.Clamp(take, 1, ListMax)).ToListAsync(ct);
    }

    /// <summary>Records a delivery against the contract; the first one opens the acceptance.</summary>
    public Task RecordDeliveryAsync(Guid contractId, DeliveryDraft draft, Actor actor, CancellationToken ct = default) =>
        StepAsync(contractId, actor, AcceptanceAction.RecordDelivery, (a, c, now) =>
        {
            a.RecordDelivery(draft ?? throw new DomainException("请填写交付信息。", "Give the delivery."), c.SignedOn!.Value, BeijingTime.Day(now), actor.UserName, now);
            var delivery = a.Deliveries[^1];
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.AcceptanceDeliveryRecorded, actor, a,
                $"第{a.Round}次 {delivery.On:yyyy-MM-dd} " + string.Join("，", delivery.Lines.Select(l => $"#{l.Item}×{l.Quantity}")))]);
        }, ct);

    public Task CompleteDeliveryAsync(Guid contractId, Actor actor, CancellationToken ct = default) =>
        StepAsync(contractId, actor, AcceptanceAction.CompleteDelivery, (a, _, _) =>
        {
            a.CompleteDelivery();
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.AcceptanceDeliveryCompleted, actor, a, $"{a.DeliveredOn:yyyy-MM-dd}")]);
        }, ct);

    public Task PlanAsync(Guid contractId, AcceptancePlanDraft draft, Actor actor, CancellationToken ct = default) =>
        StepAsync(contractId, actor, AcceptanceAction.PlanAcceptance, async (a, _, now) =>
        {
            a.Plan(draft ?? throw new DomainException("请填写验收方案。", "Give the acceptance plan."), await TermsAsync(a.RegionCode, BeijingTime.Day(now), ct));
            return [Record(AuditEventType.AcceptancePlanned, actor, a, $"{a.PlannedOn:yyyy-MM-dd} {a.Members.Count}人{(a.PublicService ? " 公共服务项目" : "")}")];
        }, ct);

    public Task RecordResultAsync(Guid contractId, AcceptanceResultDraft draft, Actor actor, CancellationToken ct = default) =>
        StepAsync(contractId, actor, AcceptanceAction.RecordResult, (a, _, now) =>
        {
            a.Conclude(draft ?? throw new DomainException("请填写验收结果。", "Give the result."), BeijingTime.Day(now), actor.UserName, now);
            return Task.FromResult<IReadOnlyList<AuditRecord>>([Record(AuditEventType.AcceptanceResultRecorded, actor, a,
                $"{AcceptanceTexts.Result(a.ResultPassed!.Value).Zh} SHA-256 {a.Digest}")]);
        }, ct);

    /// <summary>The party's confirmation of the current record; the second one passes or fails the acceptance and, for a public-service project, announces the result.</summary>
    public async Task ConfirmAsync(Guid contractId, ContractParty party, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var action = party == ContractParty.Purchaser ? AcceptanceAction.ConfirmAsPurchaser : AcceptanceAction.ConfirmAsSupplier;
        var (acceptance, _) = await LoadForAsync(db, contractId, actor, action, ct);
        var now = time.UtcNow();
        var digest = acceptance.Digest;
        acceptance.Confirm(party, actor.UserName, now);
        List<AuditRecord> records = [Record(AuditEventType.AcceptanceConfirmed, actor, acceptance, $"{party} SHA-256 {digest}")];
        if (acceptance.Status is AcceptanceStatus.Passed or AcceptanceStatus.Failed)
        {
            records.Add(Record(acceptance.Status == AcceptanceStatus.Passed ? AuditEventType.AcceptancePassed : AuditEventType.AcceptanceFailed, actor, acceptance,
                $"第{acceptance.Round}次 {acceptance.ConfirmedOn:yyyy-MM-dd}"));
            if (acceptance.PublicService)
            {
                var (notice, record) = await AcceptanceNotices.PublishAsync(db, acceptance, actor, now, ct);
                acceptance.Announced(notice.Id);
                records.Add(record);
            }
        }

        await audit.SaveWithAsync(db, records, ct);
    }

    public async Task<AcceptanceTerms> TermsAsync(string regionCode, DateOnly day, CancellationToken ct = default) =>
        AcceptanceRules.On(await rules.CurrentAsync(ct), regionCode, day);

    private async Task StepAsync(Guid contractId, Actor actor, AcceptanceAction action, Func<ContractAcceptance, GovContract, DateTime, Task<IReadOnlyList<AuditRecord>>> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (acceptance, contract) = await LoadForAsync(db, contractId, actor, action, ct);
        var records = await take(acceptance, contract, time.UtcNow());
        await audit.SaveWithAsync(db, records, ct);
    }

    /// <summary>The contract's acceptance, tracked (opened and added when none is stored yet), once the steps allow the action.</summary>
    private async Task<(ContractAcceptance, GovContract)> LoadForAsync(GovProcurementDbContext db, Guid contractId, Actor actor, AcceptanceAction action, CancellationToken ct)
    {
        var contract = await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct) ?? throw new DomainException("合同不存在。", "The contract does not exist.");
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var acceptance = await db.Acceptances.FirstOrDefaultAsync(a => a.ContractId == contractId, ct);
        var opened = acceptance is null;
        acceptance ??= ContractAcceptance.Open(contract, actor.UserName, time.UtcNow());
        AcceptanceSteps.For(acceptance, contract.SignedOn is not null, standing).Require(action);
        if (opened)
        {
            db.Acceptances.Add(acceptance);
        }

        return (acceptance, contract);
    }

    private static AuditRecord Record(AuditEventType type, Actor actor, ContractAcceptance a, string detail) => new(type, actor.UserName, a.ContractNumber, detail);
}
