using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Organizations;

public sealed record DebarmentRow(Guid Id, string SupplierName, string CreditCode, DateOnly From, DateOnly Until, string Reason, string DecidedBy);

/// <summary>A finance department bars a supplier for a period; registration for projects is refused meanwhile.</summary>
public sealed class SupplierDebarments(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
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
        if (until < from.AddYears(1) || until > from.AddYears(3))
        {
            throw new DomainException("禁止参加政府采购活动的期限为一至三年（《政府采购法》第七十七条）。", "A debarment lasts one to three years (Government Procurement Law, Art. 77).");
        }

        if (from < time.TodayInChina().AddYears(-1))
        {
            throw new DomainException("禁止期限的开始日期不能早于一年前。", "A debarment cannot start more than a year ago.");
        }

        db.SupplierDebarments.Add(new SupplierDebarment(supplier.Id, from, until, reason, actor.UserName, time.UtcNow()));
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.SupplierDebarred, actor.UserName, supplier.CreditCode, $"{supplier.Name} {from:yyyy-MM-dd}—{until:yyyy-MM-dd}：{reason}")], ct);
    }
}
