using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// Where a contract's acceptance stands for every reader of the contract: the record's number, the round, the status,
/// the day delivery was complete, and the result of the latest round both parties confirmed (passed or failed, with the
/// day), or none while no round is confirmed yet; <see cref="AcceptedOn"/> once acceptance passed.
/// </summary>
public sealed record AcceptanceState(string Number, int Round, AcceptanceStatus Status, DateOnly? DeliveredOn, bool? LatestPassed, DateOnly? LatestResultOn, DateOnly? AcceptedOn)
{
    /// <summary>What the latest confirmed round found, for a person ("合格" / "不合格"), or null while none is confirmed.</summary>
    public Bilingual? LatestResult => LatestPassed is { } passed ? AcceptanceTexts.Result(passed) : null;

    /// <summary>
    /// The state of <paramref name="acceptance"/>: the current round's result once both parties confirmed it; while a new
    /// round runs after a failed one, that failed round (kept in the history) is the latest result.
    /// </summary>
    public static AcceptanceState Of(ContractAcceptance acceptance)
    {
        var (passed, on) = acceptance.Status switch
        {
            AcceptanceStatus.Passed or AcceptanceStatus.Failed => (acceptance.ResultPassed, acceptance.ConfirmedOn),
            _ => acceptance.History.Count > 0 ? (false, acceptance.History[^1].ConfirmedOn) : ((bool?)null, (DateOnly?)null),
        };
        return new AcceptanceState(acceptance.Number, acceptance.Round, acceptance.Status, acceptance.DeliveredOn, passed, on, acceptance.AcceptedOn);
    }
}
