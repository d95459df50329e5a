namespace GovProcurement.Portal.Api;

/// <summary>A text in the portal's two languages.</summary>
public sealed record LabelResponse(string Zh, string En);

/// <summary>One step the key's organisation could take now, and why not when it may not (with the rule's citation).</summary>
public sealed record ActionResponse(string Action, bool Available, ReasonResponse? Reason);

/// <summary>A page of a list: where it starts (<c>skip</c>), how many it asked for (<c>take</c>, 1 to 100).</summary>
public sealed record PageQuery(int? Skip, int? Take)
{
    public const int DefaultTake = 20;
    public const int MaxTake = 100;
    public const int MaxSkip = 100_000;
}

/// <summary>The commodity library's search: a term (catalogue code, name, brand, model, pinyin initials) and filters.</summary>
public sealed record ListingSearchQuery(string? Term, decimal? MinPrice, decimal? MaxPrice, string? Region, bool? Sme, int? Skip, int? Take);

public sealed record ListingCardResponse(Guid Id, string CatalogueCode, string Name, string Brand, string Model, string Specification, string Unit,
    decimal PriceYuan, int? Stock, int DeliveryDays, Guid SupplierId, string SupplierName, bool SupplierIsSme, IReadOnlyList<string> RegionCodes);

public sealed record ListingPageResponse(IReadOnlyList<ListingCardResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>The reviewed part of a listing: the supplier's proposed version or the approved one buyers see.</summary>
public sealed record ListingContentResponse(string Name, string Brand, string Model, string Specification, string Unit, decimal PriceYuan);

/// <summary>A supplier's own listing: both versions, where its review stands and what the supplier may do with it now.</summary>
public sealed record OwnListingResponse(Guid Id, string CatalogueCode, string Status, ListingContentResponse Proposed, ListingContentResponse? Approved,
    bool OnSale, int? Stock, int DeliveryDays, IReadOnlyList<string> RegionCodes, string? ReturnReason, DateTime UpdatedUtc, DateTime? SubmittedUtc,
    IReadOnlyList<ActionResponse> Actions);

public sealed record OwnListingPageResponse(IReadOnlyList<OwnListingResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>A listing as the supplier enters it (the listing form's fields); the price is in yuan.</summary>
public sealed record ListingRequest(string? CatalogueCode, string? Name, string? Brand, string? Model, string? Specification, string? Unit,
    decimal Price, int? Stock, List<string>? ServiceRegions, int DeliveryDays);

/// <summary>The stored listing: whether it now waits for the reviewer, and what became of it in words.</summary>
public sealed record ListingSavedResponse(Guid Id, bool InReview, LabelResponse Outcome);

public sealed record RequirementRowResponse(Guid Id, string Number, string Title, string Status, LabelResponse StatusText, decimal CeilingYuan,
    DateTime OpensUtc, DateTime ClosesUtc, DateTime PostedUtc);

public sealed record RequirementPageResponse(IReadOnlyList<RequirementRowResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>An item of a requirement: of the plan line's catalogue item.</summary>
public sealed record RequirementItemRequest(string? CatalogueCode, string? Name, decimal Quantity, string? Unit, string? Specification);

/// <summary>A requirement (网上竞价) posted from a line of a filed plan of the key's unit; the window's times are instants (UTC).</summary>
public sealed record RequirementRequest(Guid? PlanId, Guid? PlanItemId, string? Title, List<RequirementItemRequest>? Items, decimal CeilingYuan,
    string? DeliveryPlace, DateOnly? DeliverBy, DateTime? OpensUtc, DateTime? ClosesUtc);

public sealed record RequirementItemResponse(int LineNumber, string CatalogueCode, string Name, decimal Quantity, string? Unit, string? Specification);

/// <summary>A quote as the key may see it: a supplier its own; the purchaser all of them, ranked, once the bidding is decided.</summary>
public sealed record QuoteResponse(int? Rank, string SupplierName, decimal PriceYuan, DateTime SubmittedUtc, string? InvalidReason, string? Outcome,
    LabelResponse? OutcomeText, DateTime? ConfirmDueUtc, bool IsOwn, bool IsOffered);

public sealed record RequirementResponse(Guid Id, string Number, string Title, string UnitName, string Status, LabelResponse StatusText, decimal CeilingYuan,
    string DeliveryPlace, DateOnly DeliverBy, DateTime OpensUtc, DateTime ClosesUtc, int MinimumQuotes, string MinimumQuotesCitation, string? EndReason,
    Guid PlanId, IReadOnlyList<RequirementItemResponse> Items, IReadOnlyList<QuoteResponse> Quotes, IReadOnlyList<ActionResponse> Actions);

/// <summary>A sealed quote: the supplier's price for the whole requirement, in yuan.</summary>
public sealed record QuoteRequest(decimal PriceYuan);

public sealed record OrderLineResponse(int LineNumber, string CatalogueCode, string Name, string Unit, int Quantity, decimal UnitPriceYuan, decimal AmountYuan);

public sealed record OrderRowResponse(Guid Id, string Number, string Method, LabelResponse MethodText, string Status, LabelResponse StatusText,
    string UnitName, string SupplierName, decimal TotalYuan, DateTime CreatedUtc, DateTime? ConfirmDueUtc);

public sealed record OrderPageResponse(IReadOnlyList<OrderRowResponse> Items, int TotalCount, int Skip, int Take);

public sealed record OrderResponse(Guid Id, string Number, string Method, LabelResponse MethodText, string Status, LabelResponse StatusText,
    Guid PlanId, string PlanNumber, int PlanLineNumber, string UnitName, string SupplierName, string SourceReference, decimal TotalYuan,
    DateTime CreatedUtc, DateTime? ConfirmDueUtc, DateTime? ConfirmedUtc, DateTime? DeliveredUtc, DateTime? ReceivedUtc, DateTime? EndedUtc, string? EndReason,
    IReadOnlyList<OrderLineResponse> Lines, IReadOnlyList<ActionResponse> Actions);

/// <summary>The reason a step needs (declining or cancelling an order).</summary>
public sealed record StepReasonRequest(string? Reason);
