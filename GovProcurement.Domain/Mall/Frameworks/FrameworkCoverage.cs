using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>One admitted supplier as a call-off form offers it: its agreement price, its rotation place, and why it may not be picked today.</summary>
public sealed record CallOffSupplierOption(Guid SupplierId, string SupplierName, int RotationOrder, Money Price, Refusal? WhyNot);

/// <summary>One agreement item that covers the plan line, with its admitted suppliers and the supplier next in rotation.</summary>
public sealed record CallOffItemOption(Guid AgreementId, string AgreementNumber, string AgreementTitle, FrameworkKind Kind, DateOnly EndsOn,
    Guid ItemId, string CatalogueCode, string ItemName, string? Specification, string Unit, Money Price,
    IReadOnlyList<CallOffSupplierOption> Suppliers, Guid? NextInRotation)
{
    /// <summary>
    /// What a call-off of <paramref name="quantity"/> by the method would be awarded at, shown before it
    /// is made: at the chosen supplier's price for 直接选定, the next supplier's for 顺序轮候; none for
    /// 二次竞价, whose price the quotes decide, or while no supplier is chosen.
    /// </summary>
    public Money? AmountBefore(CallOffMethod method, Guid? supplierId, int quantity)
    {
        var priced = method switch
        {
            CallOffMethod.DirectSelection => supplierId,
            CallOffMethod.Rotation => NextInRotation,
            _ => null,
        };
        var supplier = Suppliers.FirstOrDefault(s => s.SupplierId == priced && s.WhyNot is null);
        return supplier is null || quantity < 1 ? null : new Money(checked(supplier.Price.Fen * quantity));
    }
}

/// <summary>
/// Which agreements in force cover a plan line: in force on the day, covering the plan's region (the
/// plan's region is the agreement's or lies below it), with an item of the line's catalogue code.
/// </summary>
public static class FrameworkCoverage
{
    public static async Task<IReadOnlyList<FrameworkAgreement>> CoveringAsync(GovProcurementDbContext db, string regionCode, IReadOnlyCollection<string> catalogueCodes, DateOnly today, CancellationToken ct)
    {
        var covering = RegionDirectory.Guangdong.SelfAndAncestors(regionCode).Select(r => r.Code).ToList();
        return await FrameworkAgreements.Query(db).AsNoTracking()
            .Where(a => a.Status == FrameworkStatus.InForce && a.StartsOn <= today && a.EndsOn >= today && covering.Contains(a.RegionCode)
                && a.Items.Any(i => catalogueCodes.Contains(i.CatalogueCode)))
            .OrderBy(a => a.EndsOn).Take(50).ToListAsync(ct);
    }

    /// <summary>Whether any agreement in force covers one of the codes in the region today.</summary>
    public static async Task<bool> CoversAnyAsync(GovProcurementDbContext db, string regionCode, IReadOnlyCollection<string> catalogueCodes, DateOnly today, CancellationToken ct) =>
        (await CoveringAsync(db, regionCode, catalogueCodes, today, ct)).Count > 0;

    /// <summary>The line's options: each covering item with its suppliers, the debarred ones refused, and who is next in rotation.</summary>
    public static async Task<IReadOnlyList<CallOffItemOption>> OptionsAsync(GovProcurementDbContext db, string regionCode, string catalogueCode, DateOnly today, CancellationToken ct)
    {
        var agreements = await CoveringAsync(db, regionCode, [catalogueCode], today, ct);
        var supplierIds = agreements.SelectMany(a => a.Suppliers).Select(s => s.SupplierId).Distinct().ToList();
        var debarred = await FrameworkEligibility.DebarredAsync(db, supplierIds, today, ct);
        var itemIds = agreements.SelectMany(a => a.Items).Select(i => i.Id).ToList();
        var rotations = await db.FrameworkRotations.AsNoTracking().Where(r => itemIds.Contains(r.ItemId)).ToDictionaryAsync(r => r.ItemId, r => r.LastOrder, ct);
        var options = new List<CallOffItemOption>();
        foreach (var agreement in agreements)
        {
            foreach (var item in agreement.Items.Where(i => i.CatalogueCode == catalogueCode).OrderBy(i => i.LineNumber))
            {
                var suppliers = agreement.Suppliers.OrderBy(s => s.RotationOrder)
                    .Select(s => new CallOffSupplierOption(s.SupplierId, s.SupplierName, s.RotationOrder, agreement.PriceFor(item, s.SupplierId), debarred.GetValueOrDefault(s.SupplierId)))
                    .ToList();
                var next = FrameworkRotation.Next(agreement.Suppliers.Where(s => !debarred.ContainsKey(s.SupplierId)), rotations.GetValueOrDefault(item.Id));
                options.Add(new CallOffItemOption(agreement.Id, agreement.Number, agreement.Title, agreement.Kind, agreement.EndsOn, item.Id, item.CatalogueCode, item.Name,
                    item.Specification, item.Unit, item.Price, suppliers, next?.SupplierId));
            }
        }

        return options;
    }
}
