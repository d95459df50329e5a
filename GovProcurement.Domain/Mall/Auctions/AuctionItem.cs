namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>An item of the auction's requirement as the form sends it.</summary>
public sealed record AuctionItemDraft(string? CatalogueCode, string? Name, decimal Quantity, string? Unit, string? Specification);

/// <summary>One item of the requirement: what, how many, to which specification.</summary>
public sealed class AuctionItem
{
    public const int NameMaxLength = 100;
    public const int UnitMaxLength = 16;
    public const int SpecificationMaxLength = 500;

    private AuctionItem()
    {
        CatalogueCode = Name = "";
    }

    internal AuctionItem(int lineNumber, AuctionItemDraft draft)
    {
        Id = Guid.NewGuid();
        LineNumber = lineNumber;
        CatalogueCode = draft.CatalogueCode!.Trim();
        Name = draft.Name!.Trim();
        Quantity = draft.Quantity;
        Unit = string.IsNullOrWhiteSpace(draft.Unit) ? null : draft.Unit.Trim();
        Specification = string.IsNullOrWhiteSpace(draft.Specification) ? null : draft.Specification.Trim();
    }

    public Guid Id { get; private set; }

    public int LineNumber { get; private set; }

    public string CatalogueCode { get; private set; }

    public string Name { get; private set; }

    public decimal Quantity { get; private set; }

    public string? Unit { get; private set; }

    public string? Specification { get; private set; }
}
