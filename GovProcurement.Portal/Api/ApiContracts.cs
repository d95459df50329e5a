namespace GovProcurement.Portal.Api;

/// <summary>An item to route: a catalogue code and an amount in yuan (at most two decimals).</summary>
public sealed record RoutingItemRequest(string? CatalogueCode, decimal Amount);

/// <summary>A routing preview: which unit, on which date (today in China when omitted), which items.</summary>
public sealed record RoutingPreviewRequest(string? UnitBudgetCode, DateOnly? Date, List<RoutingItemRequest>? Items);

public sealed record ReasonResponse(string Zh, string En, string? SourceZh, string? SourceEn);

public sealed record OptionResponse(string Code, bool Allowed, ReasonResponse Reason);

public sealed record RoutingDecisionResponse(
    decimal TotalYuan,
    string? Category,
    bool IsGovernmentProcurement,
    bool IsCentralized,
    ReasonResponse Scope,
    IReadOnlyList<OptionResponse> Routes,
    IReadOnlyList<OptionResponse> Methods,
    ReasonResponse? SmeReservation,
    IReadOnlyList<ReasonResponse> Warnings);

public sealed record PlanItemRequest(string? CatalogueCode, decimal Quantity, string? UnitOfMeasure, decimal Amount, string? BudgetLineCode);

/// <summary>A plan draft from the budget system: stored as a draft of the key's own unit.</summary>
public sealed record PlanDraftRequest(string? Title, DateOnly? ExpectedStart, List<PlanItemRequest>? Items, string? Route, string? Method);

public sealed record PlanEventResponse(string Action, string Actor, DateTime AtUtc, string? Reason);

/// <summary>A stored draft: its number and status, and what the rules warn of already (a submission would be refused for these).</summary>
public sealed record PlanCreatedResponse(Guid Id, string Number, string Status, string OcdsStatus, IReadOnlyList<ReasonResponse> Warnings);

public sealed record PlanStatusResponse(Guid Id, string Number, string Title, string Status, string OcdsStatus, decimal TotalYuan, IReadOnlyList<PlanEventResponse> Timeline);

public sealed record BudgetLineRequest(int FiscalYear, string? LineCode, string? FundSource, decimal Amount);

public sealed record BudgetLinesRequest(List<BudgetLineRequest>? Lines);
