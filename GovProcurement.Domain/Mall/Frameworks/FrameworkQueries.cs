using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>One agreement as a list shows it.</summary>
public sealed record FrameworkRow(Guid Id, string Number, string Title, FrameworkKind Kind, FrameworkStatus Status, string RegionCode, DateOnly StartsOn, DateOnly EndsOn, int Suppliers, int Items);

/// <summary>A supplier of the library as the admission picker offers it.</summary>
public sealed record SupplierChoice(Guid Id, string Name, string CreditCode);

/// <summary>The lists of the framework pages: the owner's agreements, a supplier's agreements, and the library's suppliers not debarred today.</summary>
public sealed class FrameworkQueries(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<FrameworkRow>> ForOwnerAsync(Actor actor, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        return await Rows(db.FrameworkAgreements.Where(a => a.OwnerId == org), ct);
    }

    public async Task<IReadOnlyList<FrameworkRow>> ForSupplierAsync(Actor actor, CancellationToken ct = default)
    {
        var org = actor.RequireOrganization();
        await using var db = await store.CreateDbContextAsync(ct);
        return await Rows(db.FrameworkAgreements.Where(a => a.Status != FrameworkStatus.Draft && a.Suppliers.Any(s => s.SupplierId == org)), ct);
    }

    /// <summary>Suppliers whose name or credit code contains the term, debarred ones left out.</summary>
    public async Task<IReadOnlyList<SupplierChoice>> SupplierChoicesAsync(string? term, CancellationToken ct = default)
    {
        term = (term ?? "").Trim();
        term = term.Length > 50 ? term[..50] : term;
        var today = time.TodayInChina();
        await using var db = await store.CreateDbContextAsync(ct);
        var debarred = db.SupplierDebarments.Where(d => d.From <= today && today < d.Until).Select(d => d.SupplierId);
        return await db.Organizations.OfType<Supplier>().AsNoTracking()
            .Where(s => !debarred.Contains(s.Id) && (term == "" || s.Name.Contains(term) || s.CreditCode.Contains(term)))
            .OrderBy(s => s.Name).Take(20).Select(s => new SupplierChoice(s.Id, s.Name, s.CreditCode)).ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<FrameworkRow>> Rows(IQueryable<FrameworkAgreement> agreements, CancellationToken ct) =>
        await agreements.AsNoTracking().OrderByDescending(a => a.RecordedUtc).Take(MaxRows)
            .Select(a => new FrameworkRow(a.Id, a.Number, a.Title, a.Kind, a.Status, a.RegionCode, a.StartsOn, a.EndsOn, a.Suppliers.Count, a.Items.Count))
            .ToListAsync(ct);
}
