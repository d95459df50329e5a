using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>
/// The use cases of stage 1: the centralized agency or a competent budget unit records an agreement,
/// admits suppliers from the supplier library, puts it in force and terminates it; each step requires
/// the same answer the editor renders (<see cref="FrameworkSteps"/>) and is audited in the same save.
/// <see cref="ExpireDueAsync"/> is the platform's own step, run by <see cref="FrameworkClockService"/>.
/// </summary>
public sealed class FrameworkAgreements(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, AuditLog audit, TimeProvider time)
{
    /// <summary>Why the actor may not record agreements (null when they may: the list page's "new" button), and their region, which bounds the regions an agreement covers.</summary>
    public async Task<(Refusal? WhyNot, string? RegionCode)> RecordingAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var owner = await FrameworkOwnerStanding.LoadAsync(db, await ActorStanding.LoadAsync(db, actor, ct), ct);
        return (owner.WhyNot(), owner.Who.RegionCode);
    }

    /// <summary>The term limit for the draft's category, as the editor validates it.</summary>
    public async Task<FrameworkTermLimit?> TermLimitAsync(FrameworkDraft draft, string regionCode, CancellationToken ct = default) =>
        FrameworkDraftValidator.Category(draft.Items) is { } category && FrameworkRules.MaximumTerm(await rules.CurrentAsync(ct), regionCode, draft.StartsOn, category) is { } rule
            ? new FrameworkTermLimit((int)rule.Value, rule.Citation)
            : null;

    public async Task<FrameworkAgreement> RecordAsync(FrameworkDraft draft, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var owner = await FrameworkOwnerStanding.LoadAsync(db, await ActorStanding.LoadAsync(db, actor, ct), ct);
        if (owner.WhyNot() is { } refusal)
        {
            throw refusal.ToException();
        }

        var limit = await ValidateAsync(db, draft, owner, null, ct);
        var ownerName = await db.Organizations.Where(o => o.Id == owner.Who.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var agreement = new FrameworkAgreement(draft, owner.Who.OrganizationId!.Value, ownerName, limit, actor.UserName, time.UtcNow());
        db.FrameworkAgreements.Add(agreement);
        await audit.SaveWithAsync(db, [Record(AuditEventType.FrameworkAgreementRecorded, actor, agreement, $"{FrameworkTexts.Kind(agreement.Kind).Zh} {agreement.StartsOn:yyyy-MM-dd} 至 {agreement.EndsOn:yyyy-MM-dd}")], ct);
        return agreement;
    }

    public Task EditAsync(Guid agreementId, FrameworkDraft draft, Actor actor, CancellationToken ct = default) =>
        StepAsync(agreementId, actor, FrameworkAction.Edit, async (db, a, owner, _) =>
        {
            a.Edit(draft, await ValidateAsync(db, draft, owner, a.Id, ct));
            return Record(AuditEventType.FrameworkAgreementEdited, actor, a, $"{a.Items.Count} 项标的，{a.StartsOn:yyyy-MM-dd} 至 {a.EndsOn:yyyy-MM-dd}");
        }, ct);

    /// <summary>Admits a supplier from the supplier library, not debarred today.</summary>
    public Task AdmitAsync(Guid agreementId, AdmissionForm form, Actor actor, CancellationToken ct = default) =>
        StepAsync(agreementId, actor, FrameworkAction.AdmitSupplier, async (db, a, _, now) =>
        {
            var supplier = await db.Organizations.AsNoTracking().OfType<Supplier>().FirstOrDefaultAsync(s => s.Id == form.SupplierId, ct)
                ?? throw new DomainException("供应商库中没有该供应商。", "The supplier is not in the supplier library.");
            if (await FrameworkEligibility.WhyNotAsync(db, supplier.Id, BeijingTime.Day(now), ct) is { } debarred)
            {
                throw debarred.ToException();
            }

            var prices = (form.PricesYuan ?? new Dictionary<int, decimal>()).ToDictionary(p => p.Key, p => Money.FromYuan(p.Value));
            a.Admit(supplier.Id, supplier.Name, prices, BeijingTime.Day(now), now);
            return Record(AuditEventType.FrameworkSupplierAdmitted, actor, a, supplier.Name);
        }, ct);

    public Task RemoveAsync(Guid agreementId, Guid supplierId, Actor actor, CancellationToken ct = default) =>
        StepAsync(agreementId, actor, FrameworkAction.RemoveSupplier, (_, a, _, _) =>
        {
            var name = a.Supplier(supplierId)?.SupplierName ?? "";
            a.Remove(supplierId);
            return Task.FromResult(Record(AuditEventType.FrameworkSupplierRemoved, actor, a, name));
        }, ct);

    public Task PutInForceAsync(Guid agreementId, Actor actor, CancellationToken ct = default) =>
        StepAsync(agreementId, actor, FrameworkAction.PutInForce, async (db, a, _, now) =>
        {
            var minimum = FrameworkRules.ClosedMinimumSuppliers(await rules.CurrentAsync(ct), a.RegionCode, BeijingTime.Day(now));
            a.PutInForce((int)minimum.Value, minimum.Citation, BeijingTime.Day(now), now);
            db.FrameworkRotations.AddRange(a.Items.Select(i => new FrameworkRotation(a.Id, i.Id, now)));
            return Record(AuditEventType.FrameworkAgreementPutInForce, actor, a, $"入围供应商 {a.Suppliers.Count} 家");
        }, ct);

    public Task TerminateAsync(Guid agreementId, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(agreementId, actor, FrameworkAction.Terminate, (_, a, _, now) =>
        {
            a.Terminate(reason, now);
            return Task.FromResult(Record(AuditEventType.FrameworkAgreementTerminated, actor, a, a.EndReason!));
        }, ct);

    /// <summary>The agreement and the steps the actor may take on it.</summary>
    public async Task<(FrameworkAgreement Agreement, ActionSet<FrameworkAction> Steps)?> GetAsync(Guid agreementId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var agreement = await Query(db).AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return null;
        }

        var owner = await FrameworkOwnerStanding.LoadAsync(db, await ActorStanding.LoadAsync(db, actor, ct), ct);
        return (agreement, FrameworkSteps.For(agreement, owner, time.TodayInChina()));
    }

    /// <summary>
    /// The platform's step: every agreement in force whose term has ended expires, each in its own
    /// transaction; one changed meanwhile fails on the version and is taken at the next run.
    /// </summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = time.UtcNow();
        var today = BeijingTime.Day(now);
        List<Guid> due;
        await using (var db = await store.CreateDbContextAsync(ct))
        {
            due = await db.FrameworkAgreements.AsNoTracking().Where(a => a.Status == FrameworkStatus.InForce && a.EndsOn < today)
                .OrderBy(a => a.EndsOn).Select(a => a.Id).Take(100).ToListAsync(ct);
        }

        var taken = 0;
        foreach (var id in due)
        {
            try
            {
                await using var db = await store.CreateDbContextAsync(ct);
                var agreement = await db.FrameworkAgreements.FirstAsync(a => a.Id == id, ct);
                if (!agreement.IsExpiringOn(today))
                {
                    continue;
                }

                agreement.Expire(today, now);
                await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.FrameworkAgreementExpired, "system", agreement.Number, $"{agreement.Title}：{agreement.EndsOn:yyyy-MM-dd} 期满")], ct);
                taken++;
            }
            catch (ConcurrencyConflictException)
            {
                // Changed by another run or an agency's step meanwhile.
            }
        }

        return taken;
    }

    internal static IQueryable<FrameworkAgreement> Query(GovProcurementDbContext db) =>
        db.FrameworkAgreements.Include(a => a.Items).Include(a => a.Suppliers).Include(a => a.Prices).AsSplitQuery();

    private async Task<FrameworkTermLimit> ValidateAsync(GovProcurementDbContext db, FrameworkDraft draft, FrameworkOwnerStanding owner, Guid? self, CancellationToken ct)
    {
        var limit = await TermLimitAsync(draft, owner.Who.RegionCode!, ct);
        new FrameworkDraftValidator(new FrameworkDraftContext(owner.Who.RegionCode!, limit)).ValidateAndThrow(draft);
        var number = draft.Number!.Trim();
        if (await db.FrameworkAgreements.AnyAsync(a => a.Number == number && a.Id != self, ct))
        {
            throw new ValidationException([FieldRules.Failure(nameof(FrameworkDraft.Number), new Bilingual("该协议编号已被使用。", "The number is in use."))]);
        }

        return limit!;
    }

    private async Task StepAsync(Guid agreementId, Actor actor, FrameworkAction action, Func<GovProcurementDbContext, FrameworkAgreement, FrameworkOwnerStanding, DateTime, Task<AuditRecord>> take, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var agreement = await Query(db).FirstOrDefaultAsync(a => a.Id == agreementId, ct) ?? throw new DomainException("框架协议不存在。", "The agreement does not exist.");
        var owner = await FrameworkOwnerStanding.LoadAsync(db, await ActorStanding.LoadAsync(db, actor, ct), ct);
        var now = time.UtcNow();
        FrameworkSteps.For(agreement, owner, BeijingTime.Day(now)).Require(action);
        var record = await take(db, agreement, owner, now);
        await audit.SaveWithAsync(db, [record], ct);
    }

    private static AuditRecord Record(AuditEventType type, Actor actor, FrameworkAgreement agreement, string detail) =>
        new(type, actor.UserName, agreement.Number, $"{agreement.Title}：{detail}");
}
