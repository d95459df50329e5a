using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>One item of an agreement: a catalogue item, its specification and unit, and the agreement price (协议价格) every admitted supplier offers unless it has its own.</summary>
public sealed class FrameworkItem
{
    public const int NameMaxLength = 100;
    public const int UnitMaxLength = 16;
    public const int SpecificationMaxLength = 500;

    private FrameworkItem()
    {
        CatalogueCode = Name = Unit = "";
    }

    internal FrameworkItem(Guid agreementId, int lineNumber, FrameworkItemDraft draft)
    {
        Id = Guid.NewGuid();
        AgreementId = agreementId;
        LineNumber = lineNumber;
        CatalogueCode = Name = Unit = "";
        Apply(draft);
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public int LineNumber { get; private set; }

    public string CatalogueCode { get; private set; }

    public string Name { get; private set; }

    public string? Specification { get; private set; }

    public string Unit { get; private set; }

    /// <summary>协议价格: the unit price of the item under the agreement.</summary>
    public Money Price { get; private set; }

    internal void Apply(FrameworkItemDraft draft)
    {
        CatalogueCode = draft.CatalogueCode!.Trim();
        Name = draft.Name!.Trim();
        Specification = string.IsNullOrWhiteSpace(draft.Specification) ? null : draft.Specification.Trim();
        Unit = draft.Unit!.Trim();
        Price = Money.FromYuan(draft.PriceYuan);
    }
}

/// <summary>An admitted supplier (入围供应商) and its place in the rotation order (顺序轮候), which is the order of admission.</summary>
public sealed class FrameworkSupplier
{
    private FrameworkSupplier()
    {
        SupplierName = "";
    }

    internal FrameworkSupplier(Guid agreementId, Guid supplierId, string supplierName, int rotationOrder, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        AgreementId = agreementId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        RotationOrder = rotationOrder;
        AdmittedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    /// <summary>The supplier's place in the rotation, from 1.</summary>
    public int RotationOrder { get; private set; }

    public DateTime AdmittedUtc { get; private set; }
}

/// <summary>A supplier's own agreement price for one item, where it differs from the item's price.</summary>
public sealed class FrameworkPrice
{
    private FrameworkPrice()
    {
    }

    internal FrameworkPrice(Guid agreementId, Guid supplierId, int itemLineNumber, Money price)
    {
        Id = Guid.NewGuid();
        AgreementId = agreementId;
        SupplierId = supplierId;
        ItemLineNumber = itemLineNumber;
        Price = price;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public Guid SupplierId { get; private set; }

    public int ItemLineNumber { get; private set; }

    public Money Price { get; private set; }
}

/// <summary>
/// The rotation of one item of one agreement: the rotation order of the supplier last given a call-off.
/// The row is versioned, so two call-offs by rotation at once cannot both take the same turn.
/// </summary>
public sealed class FrameworkRotation : VersionedEntity
{
    private FrameworkRotation()
    {
    }

    internal FrameworkRotation(Guid agreementId, Guid itemId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        AgreementId = agreementId;
        ItemId = itemId;
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public Guid ItemId { get; private set; }

    /// <summary>The rotation order of the supplier last picked; 0 before the first call-off.</summary>
    public int LastOrder { get; private set; }

    public int Turns { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>
    /// The next supplier in rotation among those eligible now: the first whose order is after the last
    /// one picked, wrapping around to the first; a supplier not eligible (debarred) is passed over.
    /// </summary>
    public static FrameworkSupplier? Next(IEnumerable<FrameworkSupplier> eligible, int lastOrder)
    {
        var ordered = eligible.OrderBy(s => s.RotationOrder).ToList();
        return ordered.FirstOrDefault(s => s.RotationOrder > lastOrder) ?? ordered.FirstOrDefault();
    }

    internal void Take(FrameworkSupplier supplier, DateTime nowUtc)
    {
        LastOrder = supplier.RotationOrder;
        Turns++;
        UpdatedUtc = nowUtc;
    }
}
