using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>One line of an order: what, how many, at which unit price, and the amount (unit price × quantity, in whole fen).</summary>
public sealed class MallOrderLine
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 16;

    private MallOrderLine()
    {
        CatalogueCode = Name = Unit = "";
    }

    internal MallOrderLine(Guid orderId, int lineNumber, OrderItem item)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        LineNumber = lineNumber;
        ListingId = item.ListingId;
        ListingVersion = item.ListingVersion;
        CatalogueCode = item.CatalogueCode;
        Name = item.Name;
        Unit = item.Unit;
        Quantity = item.Quantity;
        UnitPrice = item.UnitPrice;
        Amount = item.Amount;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int LineNumber { get; private set; }

    /// <summary>The listing ordered from (direct purchase), or null for an award without listings.</summary>
    public Guid? ListingId { get; private set; }

    /// <summary>The listing's approved version whose price was taken.</summary>
    public int? ListingVersion { get; private set; }

    public string CatalogueCode { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public int Quantity { get; private set; }

    public Money UnitPrice { get; private set; }

    public Money Amount { get; private set; }
}

/// <summary>An item as a method hands it to the order: the price it was bought at, recorded as it was then.</summary>
public sealed record OrderItem(Guid? ListingId, int? ListingVersion, string CatalogueCode, string Name, string Unit, int Quantity, Money UnitPrice)
{
    public Money Amount => new(checked(UnitPrice.Fen * Quantity));
}
