using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Organizations;

public sealed record DebarmentRow(Guid Id, string SupplierName, string CreditCode, DateOnly From, DateOnly Until, string Reason, string DecidedBy);

/// <summary>A finance department bars a supplier for a period; registration for projects is refused meanwhile.</summary>
public sealed class SupplierDebarments(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook ruleBook, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<DebarmentRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        return await db.SupplierDebarments.AsNoTracking().OrderByDescending(d => d.DecidedUtc)
            .Join(db.Organizations.OfType<Supplier>(), d => d.SupplierId, s => s.Id, (d, s) => new DebarmentRow(d.Id, s.Name, s.CreditCode, d.From, d.Until, d.Reason, d.DecidedBy))
            .ToListAsync(ct);
    }

    /// <summary>Bars a supplier as the form gives it: its fields checked first (<see cref="DebarmentFormValidator"/>), then the period's rules.</summary>
    public Task DebarAsync(DebarmentForm form, Actor actor, CancellationToken ct = default)
    {
        DebarmentFormValidator.Instance.ValidateAndThrow(form);
        return DebarAsync(form.CreditCode!, form.From!.Value, form.Until!.Value, form.Reason!, actor, ct);
    }

    public async Task DebarAsync(string creditCode, DateOnly from, DateOnly until, string reason, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.Regulator);
        await using var db = await store.CreateDbContextAsync(ct);
        var code = UnifiedSocialCreditCode.Normalize(creditCode ?? "");
        var supplier = await db.Organizations.OfType<Supplier>().FirstOrDefaultAsync(s => s.CreditCode == code, ct)
            ?? throw new DomainException($"供应商库中没有统一社会信用代码为 {code} 的供应商。", $"No supplier has the credit code {code}.");
        var today = time.TodayInChina();
        var range = DebarmentRange.From(await ruleBook.CurrentAsync(ct), today);
        if (SupplierEligibility.DebarmentPeriod(from, until, today, range) is { } refused)
        {
            throw refused.ToException();
        }

        db.SupplierDebarments.Add(new SupplierDebarment(supplier.Id, from, until, reason, actor.UserName, time.UtcNow()));
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.SupplierDebarred, actor.UserName, supplier.CreditCode, $"{supplier.Name} {from:yyyy-MM-dd}—{until:yyyy-MM-dd}：{reason}")], ct);
    }
}
