using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Contracts;
using static GovProcurement.Tests.Acceptance.AcceptanceScenario;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Acceptance;

/// <summary>What every reader of the contract is told of its acceptance: the latest result both parties confirmed, or none yet.</summary>
public class AcceptanceStateTests
{
    private static readonly DateOnly ConfirmedOn = new(2026, 10, 21);

    private static void ConfirmBoth(ContractAcceptance a)
    {
        a.Confirm(ContractParty.Purchaser, "operator", At(ConfirmedOn));
        a.Confirm(ContractParty.Supplier, "supplier", At(ConfirmedOn));
    }

    [Fact]
    public void A_result_not_yet_confirmed_by_both_is_no_result()
    {
        var a = Concluded();
        a.Confirm(ContractParty.Purchaser, "operator", At(ConfirmedOn));

        var state = AcceptanceState.Of(a);

        Assert.Equal((AcceptanceStatus.Concluded, null, null, null, null), (state.Status, state.LatestPassed, state.LatestResult, state.LatestResultOn, state.AcceptedOn));
        Assert.Equal(new DateOnly(2026, 10, 15), state.DeliveredOn);
    }

    [Fact]
    public void A_confirmed_pass_is_the_result_and_the_day_accepted()
    {
        var a = Concluded();
        ConfirmBoth(a);

        var state = AcceptanceState.Of(a);

        Assert.Equal((AcceptanceStatus.Passed, true, "合格", ConfirmedOn, ConfirmedOn), (state.Status, state.LatestPassed, state.LatestResult!.Zh, state.LatestResultOn, state.AcceptedOn));
    }

    [Fact]
    public void While_the_next_round_is_delivered_the_failed_round_stays_the_latest_result()
    {
        var a = Concluded(Failed());
        ConfirmBoth(a);
        var failed = AcceptanceState.Of(a);
        Deliver(a, new DateOnly(2026, 10, 25), 2);

        var next = AcceptanceState.Of(a);

        Assert.Equal((AcceptanceStatus.Failed, 1, false, ConfirmedOn), (failed.Status, failed.Round, failed.LatestPassed, failed.LatestResultOn));
        Assert.Equal((AcceptanceStatus.Delivering, 2, false, "failed", ConfirmedOn, null, null),
            (next.Status, next.Round, next.LatestPassed, next.LatestResult!.En, next.LatestResultOn, next.AcceptedOn, next.DeliveredOn));
    }
}
