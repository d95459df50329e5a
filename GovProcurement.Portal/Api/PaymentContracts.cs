namespace GovProcurement.Portal.Api;

/// <summary>
/// One instalment of the schedule on <c>today</c>: what it pays for (<c>condition</c>), its share in basis points and amount, the day
/// its term runs from (<c>dueBasis</c>: Signing, Delivery or Acceptance; <c>startsOn</c> once that day came) and its due date
/// (Beijing dates; while it has none, <c>waiting</c> says what it waits for), what is paid and outstanding, its state, and once
/// overdue the days overdue and the late-payment interest to today.
/// </summary>
public sealed record PaymentInstalmentResponse(int Number, string Condition, LabelResponse ConditionText, int ShareBasisPoints, decimal AmountYuan,
    string DueBasis, LabelResponse DueBasisText, DateOnly? StartsOn, DateOnly? DueOn, LabelResponse? Waiting, decimal PaidYuan, decimal OutstandingYuan,
    string State, LabelResponse StateText, int DaysOverdue, decimal InterestYuan);

/// <summary>A recorded payment: the instalment it paid and what that instalment pays for, the amount, the Beijing day paid, the voucher or note, and when it was recorded.</summary>
public sealed record RecordedPaymentResponse(int Instalment, string Condition, LabelResponse ConditionText, decimal AmountYuan, DateOnly PaidOn, string Note, DateTime RecordedUtc);

/// <summary>
/// A contract's payments on <c>today</c> (Beijing date): the totals, the rules the due dates (<c>termCitation</c>, within
/// <c>termDays</c>) and the interest (<c>interestCitation</c>, <c>interestBasisPointsDaily</c>) come from, the instalments,
/// the payments recorded (oldest first) and the steps the key's organisation may take.
/// </summary>
public sealed record ContractPaymentsResponse(Guid ContractId, string Number, string Status, DateOnly Today, decimal AmountYuan, decimal PaidYuan, decimal OutstandingYuan,
    decimal OverdueYuan, decimal InterestYuan, int TermDays, string TermCitation, int InterestBasisPointsDaily, string InterestCitation,
    IReadOnlyList<PaymentInstalmentResponse> Instalments, IReadOnlyList<RecordedPaymentResponse> Payments, IReadOnlyList<ActionResponse> Actions);

/// <summary>
/// Where the contract's acceptance (履约验收) stands: the record's number, the round, the status, the day delivery was complete, the
/// result of the latest round both parties confirmed (<c>latestResult</c>: Passed or Failed, on <c>latestResultOn</c>; none while no
/// round is confirmed) and the day acceptance passed.
/// </summary>
public sealed record AcceptanceStateResponse(string Number, int Round, string Status, LabelResponse StatusText, DateOnly? DeliveredOn, string? LatestResult,
    LabelResponse? LatestResultText, DateOnly? LatestResultOn, DateOnly? AcceptedOn);
