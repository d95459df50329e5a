namespace GovProcurement.Portal.Api;

/// <summary>A page of a list of one status (any when omitted): <c>status</c> names a member, <c>skip</c> 0 to 100,000, <c>take</c> 1 to 100.</summary>
public sealed record StatusPageQuery(string? Status, int? Skip, int? Take);

/// <summary>One deadline: what, the last day (Beijing date), the day it was met, whether it is late today, and the rule it comes from.</summary>
public sealed record DeadlineResponse(LabelResponse What, DateOnly Due, DateOnly? MetOn, bool Overdue, string Citation);

/// <summary>A contract of a list; an add-on (补充合同) names its original contract (<c>parentId</c>, <c>parentNumber</c>).</summary>
public sealed record ContractRowResponse(Guid Id, string Number, string Source, LabelResponse SourceText, string Status, LabelResponse StatusText,
    string Reference, string Title, string RegionCode, string PurchaserName, string SupplierName, decimal AmountYuan, DateOnly AwardedOn, DateOnly? SignedOn,
    DateTime CreatedUtc, Guid? ParentId, string? ParentNumber);

public sealed record ContractPageResponse(IReadOnlyList<ContractRowResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>A party of the contract and the bank account the contract names for it.</summary>
public sealed record ContractPartyResponse(Guid Id, string Name, string BankName, string AccountNumber);

public sealed record ContractItemResponse(int LineNumber, string Name, string Unit, int Quantity, decimal UnitPriceYuan, decimal AmountYuan);

/// <summary>An instalment of the payment: its share of the amount in basis points (10,000 = all) and when it becomes payable.</summary>
public sealed record ContractInstalmentResponse(int LineNumber, int ShareBasisPoints, string Condition, LabelResponse ConditionText);

/// <summary>A party's confirmation of the current text: who, when, and the SHA-256 digest of the text confirmed.</summary>
public sealed record ContractConfirmationResponse(string Party, string By, DateTime AtUtc, string Digest);

/// <summary>
/// A contract with its parties, items, instalments, bond term (<c>performanceBondShare</c> in basis points of the amount, 0 for none), late-payment interest (<c>latePaymentInterestDailyBasisPoints</c>, basis points a day, null where the contract names none and the payment rule's applies), confirmations and steps; an add-on names its original and its reason, an original lists its add-ons, oldest first.
/// <c>template</c> is the kind's template it is written on (none for a contract drafted before templates, written on the general text).
/// While it awaits signing, <c>signingHold</c> says why signing is suspended (a pending challenge or complaint, with the rule); <c>acceptance</c> is where its acceptance stands (none while nothing is recorded).
/// </summary>
public sealed record ContractResponse(Guid Id, string Number, string Source, LabelResponse SourceText, string Status, LabelResponse StatusText,
    string Reference, string Title, string PlanNumber, string LotNumbers, string RegionCode, ContractPartyResponse Purchaser, ContractPartyResponse Supplier,
    decimal CeilingYuan, decimal AmountYuan, string AmountInCapitals, DateOnly AwardedOn, DateOnly PerformanceFrom, DateOnly PerformanceTo, string PerformancePlace,
    int PaymentTermDays, bool LongerTermAgreed, bool Sme, bool Financing, int PerformanceBondShare, decimal PerformanceBondYuan, int? LatePaymentInterestDailyBasisPoints, IReadOnlyList<ContractItemResponse> Items, IReadOnlyList<ContractInstalmentResponse> Instalments,
    string Digest, IReadOnlyList<ContractConfirmationResponse> Confirmations, DateTime CreatedUtc, DateOnly? SignedOn, DateTime? PublishedUtc, DateTime? FiledUtc,
    string? ReturnReason, Guid? ParentId, string? ParentNumber, string? AddOnReason, IReadOnlyList<ContractRowResponse> AddOns, IReadOnlyList<ActionResponse> Actions,
    ReasonResponse? SigningHold, AcceptanceStateResponse? Acceptance, ContractTemplateResponse? Template);

/// <summary>
/// The template the contract is written on: its kind (<c>Goods</c>, <c>Works</c>, <c>Services</c>), title, the kind's own term
/// with its label as the text states it, and the standing clauses as numbered in the text, with the rule they follow.
/// </summary>
public sealed record ContractTemplateResponse(string Kind, LabelResponse Title, LabelResponse TermLabel, string Term, IReadOnlyList<string> Clauses, string Citation);

/// <summary>The contract's deadlines with their rules, judged on <c>today</c> (Beijing date).</summary>
public sealed record ContractDeadlinesResponse(Guid ContractId, string Number, string Status, DateOnly Today, IReadOnlyList<DeadlineResponse> Deadlines);

public sealed record InquiryRowResponse(Guid Id, Guid ProjectId, string ProjectNumber, string ProjectTitle, string RegionCode, string SupplierName,
    string Subject, LabelResponse SubjectText, string Status, LabelResponse StatusText, DateTime AskedUtc, DateTime? AnsweredUtc, IReadOnlyList<DeadlineResponse> Deadlines);

public sealed record InquiryPageResponse(IReadOnlyList<InquiryRowResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>The complaint a challenge led to, in brief.</summary>
public sealed record ComplaintSummaryResponse(Guid Id, string Number, string Status, LabelResponse StatusText, DateOnly FiledOn);

public sealed record ChallengeRowResponse(Guid Id, string Number, Guid ProjectId, string ProjectNumber, string ProjectTitle, string RegionCode, string SupplierName,
    string Subject, LabelResponse SubjectText, string Status, LabelResponse StatusText, DateOnly FiledOn, bool? Upheld, DateTime? AnsweredUtc,
    ComplaintSummaryResponse? Complaint, IReadOnlyList<DeadlineResponse> Deadlines);

public sealed record ChallengePageResponse(IReadOnlyList<ChallengeRowResponse> Items, int TotalCount, int Skip, int Take);

public sealed record ComplaintRowResponse(Guid Id, string Number, Guid ChallengeId, Guid ProjectId, string ProjectNumber, string ProjectTitle, string RegionCode,
    string SupplierName, string Subject, LabelResponse SubjectText, string Status, LabelResponse StatusText, DateOnly FiledOn, DateOnly? CheckedOn,
    int PausedWorkingDays, DateOnly? SuspendedUntil, string? Finding, LabelResponse? FindingText, string? Remedy, LabelResponse? RemedyText, DateTime? DecidedUtc,
    IReadOnlyList<DeadlineResponse> Deadlines);

public sealed record ComplaintPageResponse(IReadOnlyList<ComplaintRowResponse> Items, int TotalCount, int Skip, int Take);

/// <summary>A challenge with its points, the written answer (and the answer letter's digest), its complaint, and the steps the key's organisation may take.</summary>
public sealed record ChallengeResponse(Guid Id, string Number, Guid ProjectId, string ProjectNumber, string ProjectTitle, int Round, string RegionCode, string SupplierName,
    string Subject, LabelResponse SubjectText, string Status, LabelResponse StatusText, DateOnly WindowStart, DateOnly FiledOn, string Points,
    bool? Upheld, string? Answer, DateTime? AnsweredUtc, string? AnswerDigest, IReadOnlyList<DeadlineResponse> Deadlines, ComplaintRowResponse? Complaint,
    IReadOnlyList<ActionResponse> Actions);
