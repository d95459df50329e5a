using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>What the call-off form shows for a plan line: the line's remaining amount, the covering agreement items and the second competition's terms.</summary>
public sealed record CallOffOptions(Guid PlanId, Guid PlanItemId, int LineNumber, string CatalogueCode, string CatalogueName, Money Remaining,
    IReadOnlyList<CallOffItemOption> Items, SecondCompetitionTerms Terms);

/// <summary>
/// The use cases of stage 2, from a filed plan line the plan's e-mall answer allows a call-off on
/// (<see cref="EMallStep.CallOffFramework"/>): 直接选定 and 顺序轮候 are awarded at once, 二次竞价 is
/// decided by the platform at its close (<see cref="DecideDueAsync"/>). Every award consumes the plan
/// line through <see cref="PlanLineLedger"/> and becomes an order with its result notice
/// (<see cref="MallOrders.RecordAwardAsync"/>), audited, in the same save.
/// </summary>
public sealed class FrameworkCallOffs(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    /// <summary>How often a rotation call-off is tried again when another took the same turn at once.</summary>
    public const int RotationAttempts = 3;

    public const int DecisionsPerRun = 100;

    public async Task<CallOffOptions> OptionsAsync(Guid planId, Guid planItemId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, planId, planItemId, actor, EMallStep.CallOffFramework, time.TodayInChina(), ct);
        var today = time.TodayInChina();
        var remaining = (await PlanLineLedger.RemainingAsync(db, plan, ct))[line.Id];
        var items = await FrameworkCoverage.OptionsAsync(db, plan.RegionCode, line.CatalogueCode, today, ct);
        return new CallOffOptions(plan.Id, line.Id, line.LineNumber, line.CatalogueCode, line.CatalogueName, remaining, items,
            FrameworkRules.SecondCompetition(await rules.CurrentAsync(ct), plan.RegionCode, today));
    }

    /// <summary>Makes the call-off: awarded now by 直接选定 or 顺序轮候, or opened as a 二次竞价.</summary>
    public async Task<FrameworkCallOff> CallOffAsync(CallOffForm form, Actor actor, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCallOffAsync(form, actor, ct);
            }
            catch (ConcurrencyConflictException) when (form.Method == CallOffMethod.Rotation && attempt < RotationAttempts)
            {
                // Another call-off took the same turn (or the same line) at once: read the rotation again.
            }
        }
    }

    private async Task<FrameworkCallOff> TryCallOffAsync(CallOffForm form, Actor actor, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (plan, line) = await PlanExecution.RequireAsync(db, form.PlanId, form.PlanItemId, actor, EMallStep.CallOffFramework, time.TodayInChina(), ct);
        var now = time.UtcNow();
        var today = BeijingTime.Day(now);
        var terms = FrameworkRules.SecondCompetition(await rules.CurrentAsync(ct), plan.RegionCode, today);
        new CallOffFormValidator(now, terms).ValidateAndThrow(form);
        var agreement = await FrameworkAgreements.Query(db).AsNoTracking().FirstOrDefaultAsync(a => a.Id == form.AgreementId, ct)
            ?? throw new DomainException("框架协议不存在。", "The agreement does not exist.");
        var item = agreement.Item(form.ItemId) ?? throw new DomainException("框架协议没有该标的。", "The agreement has no such item.");
        if (!agreement.IsInForceOn(today) || !RegionDirectory.Guangdong.IsWithin(plan.RegionCode, agreement.RegionCode) || item.CatalogueCode != line.CatalogueCode)
        {
            throw new DomainException("该框架协议今日不适用于此计划明细（协议未生效、地区或品目不符）。", "The agreement does not cover this plan line today (not in force, or another region or item).");
        }

        var subject = new CallOffSubject(plan.Id, line.Id, plan.UnitId, plan.RegionCode, agreement, item, form.Quantity);
        var debarred = await FrameworkEligibility.DebarredAsync(db, agreement.Suppliers.Select(s => s.SupplierId).ToList(), today, ct);
        if (form.Method == CallOffMethod.SecondCompetition)
        {
            return await CompeteAsync(db, subject, form.ClosesUtc!.Value, terms, debarred, actor, now, ct);
        }

        var supplier = form.Method == CallOffMethod.DirectSelection
            ? agreement.Supplier(form.SupplierId!.Value) ?? throw new DomainException("所选供应商不是该协议的入围供应商。", "The supplier chosen is not admitted to the agreement.")
            : await TakeTurnAsync(db, agreement, item, debarred, now, ct);
        if (debarred.GetValueOrDefault(supplier.SupplierId) is { } refusal)
        {
            throw refusal.ToException();
        }

        var callOff = FrameworkCallOff.Award(subject, form.Method, supplier, actor.UserName, now);
        db.FrameworkCallOffs.Add(callOff);
        var notice = await AwardAsync(db, plan, line, callOff, actor.UserName, now, ct);
        await audit.SaveWithAsync(db, [notice, Record(AuditEventType.FrameworkCalledOff, actor.UserName, callOff, $"{callOff.SupplierName} {callOff.Amount}")], ct);
        return callOff;
    }

    /// <summary>An admitted supplier's one sealed quote, not above its agreement price.</summary>
    public async Task<CallOffQuote> QuoteAsync(Guid callOffId, CallOffQuoteForm form, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (callOff, agreement) = await LoadForAsync(db, callOffId, actor, CallOffAction.Quote, ct);
        var supplierId = actor.RequireOrganization();
        var ceiling = agreement.PriceFor(agreement.Item(callOff.ItemId)!, supplierId);
        new CallOffQuoteFormValidator(ceiling).ValidateAndThrow(form);
        var quote = callOff.Quote(supplierId, agreement.Supplier(supplierId)!.SupplierName, Money.FromYuan(form.UnitPriceYuan), ceiling, time.UtcNow());
        await db.SaveChangesAsync(ct);
        return quote;
    }

    public async Task WithdrawAsync(Guid callOffId, string reason, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (callOff, _) = await LoadForAsync(db, callOffId, actor, CallOffAction.Withdraw, ct);
        callOff.Withdraw(reason, time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task NoteResultAsync(Guid callOffId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var (callOff, _) = await LoadForAsync(db, callOffId, actor, CallOffAction.NoteResult, ct);
        callOff.NoteResult(time.UtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The call-off and the actor's steps on it, and the actor's ceiling when it is an admitted supplier; null when the actor is neither the unit nor admitted.</summary>
    public async Task<(FrameworkCallOff CallOff, ActionSet<CallOffAction> Steps, Money? Ceiling)?> GetAsync(Guid callOffId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var callOff = await db.FrameworkCallOffs.AsNoTracking().Include(c => c.Quotes).FirstOrDefaultAsync(c => c.Id == callOffId, ct);
        if (callOff is null)
        {
            return null;
        }

        var agreement = await FrameworkAgreements.Query(db).AsNoTracking().FirstAsync(a => a.Id == callOff.AgreementId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var facts = await FactsAsync(db, standing, callOff, agreement, ct);
        if (!standing.Belongs(callOff.UnitId) && !facts.IsAdmitted)
        {
            return null;
        }

        Money? ceiling = facts.IsAdmitted ? agreement.PriceFor(agreement.Item(callOff.ItemId)!, standing.OrganizationId!.Value) : null;
        return (callOff, CallOffSteps.For(callOff, standing, facts, time.UtcNow()), ceiling);
    }

    /// <summary>The call-offs made from the actor's unit's plan, newest first.</summary>
    public async Task<IReadOnlyList<FrameworkCallOff>> ForPlanAsync(Guid planId, Actor actor, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.FrameworkCallOffs.AsNoTracking().Where(c => c.PlanId == planId && c.UnitId == org).OrderByDescending(c => c.CreatedUtc).Take(100).ToListAsync(ct);
    }

    /// <summary>The second competitions of the agreements the supplier is admitted to, open ones first.</summary>
    public async Task<IReadOnlyList<FrameworkCallOff>> CompetitionsForSupplierAsync(Actor actor, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        var agreements = db.FrameworkAgreements.Where(a => a.Suppliers.Any(s => s.SupplierId == org)).Select(a => a.Id);
        return await db.FrameworkCallOffs.AsNoTracking().Where(c => c.Method == CallOffMethod.SecondCompetition && agreements.Contains(c.AgreementId))
            .OrderBy(c => c.Status).ThenByDescending(c => c.CreatedUtc).Take(100).ToListAsync(ct);
    }

    /// <summary>
    /// The platform's decisions that are due: each second competition whose window has closed is
    /// decided in its own transaction; one decided meanwhile by another run fails on the version and is
    /// skipped, so a second run or a restart decides nothing twice.
    /// </summary>
    public async Task<int> DecideDueAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        List<Guid> due;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            due = await db.FrameworkCallOffs.AsNoTracking().Where(c => c.Status == CallOffStatus.Quoting && c.ClosesUtc <= now)
                .OrderBy(c => c.ClosesUtc).Select(c => c.Id).Take(DecisionsPerRun).ToListAsync(ct);
        }

        var taken = 0;
        foreach (var id in due)
        {
            try
            {
                taken += await DecideAsync(id, now, ct) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Another run decided it first.
            }
        }

        return taken;
    }

    private async Task<bool> DecideAsync(Guid callOffId, DateTime now, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var callOff = await db.FrameworkCallOffs.Include(c => c.Quotes).FirstAsync(c => c.Id == callOffId, ct);
        if (!callOff.IsDueAt(now))
        {
            return false;
        }

        var agreement = await FrameworkAgreements.Query(db).AsNoTracking().FirstAsync(a => a.Id == callOff.AgreementId, ct);
        var debarred = await FrameworkEligibility.DebarredAsync(db, callOff.Quotes.Select(q => q.SupplierId).ToList(), BeijingTime.Day(now), ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == callOff.PlanId, ct);
        var line = plan.Items.First(i => i.Id == callOff.PlanItemId);
        var remaining = (await PlanLineLedger.RemainingAsync(db, plan, ct))[line.Id];
        var winner = callOff.Close(q => debarred.GetValueOrDefault(q.SupplierId)
            ?? (agreement.Supplier(q.SupplierId) is null ? new Refusal("供应商已不在入围名单中。", "The supplier is no longer admitted.") : null), remaining, now);
        var records = new List<AuditRecord>
        {
            Record(AuditEventType.FrameworkCompetitionDecided, "system", callOff, winner is null ? callOff.EndReason! : $"{winner.SupplierName} {callOff.Amount}"),
        };
        if (winner is not null)
        {
            records.Add(await AwardAsync(db, plan, line, callOff, "system", now, ct));
        }

        await audit.SaveWithAsync(db, records, ct);
        return true;
    }

    private async Task<FrameworkCallOff> CompeteAsync(GovProcurementDbContext db, CallOffSubject subject, DateTime closesUtc, SecondCompetitionTerms terms,
        IReadOnlyDictionary<Guid, Refusal> debarred, Actor actor, DateTime now, CancellationToken ct)
    {
        if (subject.Agreement.Suppliers.All(s => debarred.ContainsKey(s.SupplierId)))
        {
            throw new DomainException("该协议没有可参加二次竞价的入围供应商。", "No admitted supplier can take part in a second competition.");
        }

        var callOff = FrameworkCallOff.Compete(subject, closesUtc, terms, actor.UserName, now);
        db.FrameworkCallOffs.Add(callOff);
        await audit.SaveWithAsync(db, [Record(AuditEventType.FrameworkCompetitionPosted, actor.UserName, callOff, $"报价截止 {BeijingTime.Minutes(closesUtc)}")], ct);
        return callOff;
    }

    /// <summary>The next supplier in rotation for the item; the turn is taken on the versioned rotation row.</summary>
    private static async Task<FrameworkSupplier> TakeTurnAsync(GovProcurementDbContext db, FrameworkAgreement agreement, FrameworkItem item, IReadOnlyDictionary<Guid, Refusal> debarred, DateTime now, CancellationToken ct)
    {
        var rotation = await db.FrameworkRotations.FirstOrDefaultAsync(r => r.ItemId == item.Id, ct)
            ?? throw new DomainException("该协议标的没有轮候顺序。", "The agreement item has no rotation.");
        var next = FrameworkRotation.Next(agreement.Suppliers.Where(s => !debarred.ContainsKey(s.SupplierId)), rotation.LastOrder)
            ?? throw new Refusal("没有可轮候的入围供应商。", "No admitted supplier is eligible for the rotation.", FrameworkRules.RotationRule).ToException();
        rotation.Take(next, now);
        return next;
    }

    /// <summary>Consumes the plan line and records the order and its result notice in the caller's unit of work; returns the notice's audit record.</summary>
    private static async Task<AuditRecord> AwardAsync(GovProcurementDbContext db, ProcurementPlan plan, PlanItem line, FrameworkCallOff callOff, string actor, DateTime now, CancellationToken ct)
    {
        var balance = await PlanLineLedger.OpenAsync(db, plan, line, now, ct);
        balance.Consume(PlanLineUse.FrameworkCallOff, callOff.Id, callOff.Number, callOff.Amount!.Value, actor, now);
        var award = await MallOrders.RecordAwardAsync(db, OrderMethod.FrameworkCallOff, plan.Id, line.Id, callOff.SupplierId!.Value,
            [new OrderItem(null, null, callOff.CatalogueCode, callOff.ItemName, callOff.Unit, callOff.Quantity, callOff.UnitPrice!.Value)], callOff.Id, callOff.Number, actor, now, ct);
        callOff.Ordered(award.Order.Id);
        return award.NoticeAudit;
    }

    private async Task<(FrameworkCallOff, FrameworkAgreement)> LoadForAsync(GovProcurementDbContext db, Guid callOffId, Actor actor, CallOffAction action, CancellationToken ct)
    {
        var callOff = await db.FrameworkCallOffs.Include(c => c.Quotes).FirstOrDefaultAsync(c => c.Id == callOffId, ct)
            ?? throw new DomainException("框架协议采购不存在。", "The call-off does not exist.");
        var agreement = await FrameworkAgreements.Query(db).AsNoTracking().FirstAsync(a => a.Id == callOff.AgreementId, ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        CallOffSteps.For(callOff, standing, await FactsAsync(db, standing, callOff, agreement, ct), time.UtcNow()).Require(action);
        return (callOff, agreement);
    }

    private async Task<CallOffSupplierFacts> FactsAsync(GovProcurementDbContext db, ActorStanding who, FrameworkCallOff callOff, FrameworkAgreement agreement, CancellationToken ct)
    {
        if (who.Kind != OrganizationKind.Supplier || who.OrganizationId is not { } supplierId || agreement.Supplier(supplierId) is null)
        {
            return CallOffSupplierFacts.None;
        }

        return new CallOffSupplierFacts(true, callOff.Quotes.Any(q => q.SupplierId == supplierId), await FrameworkEligibility.WhyNotAsync(db, supplierId, time.TodayInChina(), ct));
    }

    private static AuditRecord Record(AuditEventType type, string actor, FrameworkCallOff callOff, string detail) =>
        new(type, actor, callOff.Number, $"{callOff.AgreementNumber} {FrameworkTexts.Method(callOff.Method).Zh} {callOff.ItemName}×{callOff.Quantity}：{detail}");
}
