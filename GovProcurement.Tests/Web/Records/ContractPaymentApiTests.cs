using GovProcurement.Domain.Complaints;
using GovProcurement.Domain.Payments;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Web.Mall;

namespace GovProcurement.Tests.Web.Records;

/// <summary>
/// A contract's payments and, on the contract, why signing waits and where acceptance stands, through /api/v1 and the generated
/// client: both parties and the region's finance department read them, every other organisation gets the 404 a contract it cannot see gets.
/// </summary>
public class ContractPaymentApiTests(ContractPaymentApiFixture fixture) : IClassFixture<ContractPaymentApiFixture>
{
    private const string NotFound = "合同不存在，或不属于本机构";

    [Fact]
    public async Task Both_parties_and_the_regions_finance_department_read_the_schedule_with_what_is_overdue_and_its_interest()
    {
        var signedOn = fixture.Paid.SignedOn!.Value;
        // The clock follows the real date: a due day on a rest day moves to the next working day, and the days late shrink by as much.
        var dueOn = PaymentSchedule.DueOn(signedOn, 30);
        var due = dueOn.ToString("yyyy-MM-dd");
        var days = 10 - (dueOn.DayNumber - signedOn.AddDays(30).DayNumber);
        foreach (var reader in new[] { MallApiPortal.School, MallApiPortal.Small, MallApiPortal.Regulator })
        {
            var api = await fixture.ApiAsync(reader);

            var payments = await api.Contracts[fixture.Paid.Id].Payments.GetAsync();

            Assert.Equal((fixture.Paid.Id, fixture.Paid.Number, signedOn.AddDays(ContractPaymentApiFixture.DaysLater).ToString("yyyy-MM-dd")),
                (payments!.ContractId!.Value, payments.Number, payments.Today.ToString()));
            Assert.Equal((24_000m, 1_000m, 23_000m, 23_000m), (payments.AmountYuan!.Value, payments.PaidYuan!.Value, payments.OutstandingYuan!.Value, payments.OverdueYuan!.Value));
            Assert.Equal((30, 5), (payments.TermDays!.Value, payments.InterestBasisPointsDaily!.Value));
            Assert.Contains("保障中小企业款项支付条例", payments.InterestCitation);
            var (first, second) = (payments.Instalments![0], payments.Instalments[1]);
            Assert.Equal((1, "Prepayment", 3_000, 7_200m, "Signing", "合同签订之日"),
                (first.Number!.Value, first.Condition, first.ShareBasisPoints!.Value, first.AmountYuan!.Value, first.DueBasis, first.DueBasisText!.Zh));
            Assert.Equal((2, "OnAcceptance", 16_800m, "Acceptance", "the day acceptance passed"),
                (second.Number!.Value, second.Condition, second.AmountYuan!.Value, second.DueBasis, second.DueBasisText!.En));
            Assert.All(payments.Instalments, i => Assert.Equal((signedOn.ToString("yyyy-MM-dd"), due, "Overdue", days), (i.StartsOn.ToString(), i.DueOn.ToString(), i.State, i.DaysOverdue!.Value)));
            // 0.05 % a day for ten days: 6,200 × 10 × 0.0005 and 16,800 × 10 × 0.0005.
            Assert.Equal([(1_000m, 6_200m, 3.1m * days), (0m, 16_800m, 8.4m * days)], payments.Instalments.Select(i => (i.PaidYuan!.Value, i.OutstandingYuan!.Value, i.InterestYuan!.Value)));
            Assert.Equal(($"已逾期 {days} 日", 11.5m * days), (first.StateText!.Zh, payments.InterestYuan!.Value));
            var paid = Assert.Single(payments.Payments!);
            Assert.Equal((1, "Prepayment", "预付款（合同签订后）", 1_000m, signedOn.ToString("yyyy-MM-dd"), "付款凭证 001"),
                (paid.Instalment!.Value, paid.Condition, paid.ConditionText!.Zh, paid.AmountYuan!.Value, paid.PaidOn.ToString(), paid.Note));
        }
    }

    [Fact]
    public async Task Only_the_purchasers_key_is_offered_to_record_a_payment()
    {
        var school = await (await fixture.ApiAsync(MallApiPortal.School)).Contracts[fixture.Paid.Id].Payments.GetAsync();
        var regulator = await (await fixture.ApiAsync(MallApiPortal.Regulator)).Contracts[fixture.Paid.Id].Payments.GetAsync();

        Assert.Equal([("Record", true), ("Read", true)], school!.Actions!.Select(a => (a.Action, a.Available!.Value)));
        var record = regulator!.Actions!.Single(a => a.Action == "Record");
        Assert.False(record.Available!.Value);
        Assert.False(string.IsNullOrWhiteSpace(record.Reason!.Zh));
    }

    [Fact]
    public async Task An_unsigned_contracts_instalments_wait_for_signing_and_delivery_without_a_due_date()
    {
        var api = await fixture.ApiAsync(MallApiPortal.Small);

        var payments = await api.Contracts[fixture.Held.Id].Payments.GetAsync();

        Assert.Equal(("SentToSupplier", 0m), (payments!.Status, payments.PaidYuan!.Value));
        Assert.All(payments.Instalments!, i => Assert.Equal(("AwaitingMilestone", null, null, 0, 0m), (i.State, i.StartsOn, i.DueOn, i.DaysOverdue!.Value, i.InterestYuan!.Value)));
        Assert.Equal(["待交付", "待验收"], payments.Instalments!.Select(i => i.Waiting!.Zh));
        Assert.Empty(payments.Payments!);
    }

    [Fact]
    public async Task Another_supplier_another_unit_another_regions_finance_department_and_the_agency_get_404()
    {
        foreach (var outsider in new[] { MallApiPortal.Micro, MallApiPortal.OtherSchool, RecordsParties.OtherRegulator, RecordsParties.Agency })
        {
            var api = await fixture.ApiAsync(outsider);

            var paid = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Paid.Id].Payments.GetAsync());
            var held = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Held.Id].Payments.GetAsync());
            var unknown = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[Guid.NewGuid()].Payments.GetAsync());
            var contract = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Paid.Id].GetAsync());

            Assert.Equal((404, 404, 404, 404), (paid.ResponseStatusCode, held.ResponseStatusCode, unknown.ResponseStatusCode, contract.ResponseStatusCode));
            Assert.Equal(contract.Title, paid.Title);
            Assert.Contains(NotFound, paid.Title);
        }
    }

    [Fact]
    public async Task While_the_challenge_awaits_its_answer_every_reader_of_the_contract_is_told_signing_waits_and_why()
    {
        foreach (var reader in new[] { MallApiPortal.School, MallApiPortal.Small, MallApiPortal.Regulator })
        {
            var api = await fixture.ApiAsync(reader);

            var held = await api.Contracts[fixture.Held.Id].GetAsync();

            Assert.Equal("SentToSupplier", held!.Status);
            Assert.Equal(($"质疑 {fixture.Challenge.Number} 尚未答复，可能影响中标（成交）结果，暂停签订合同。", $"Challenge {fixture.Challenge.Number} awaits its answer and may affect the result: signing is suspended."),
                (held.SigningHold!.Zh, held.SigningHold.En));
            Assert.Equal((SigningHolds.Citation, SigningHolds.Citation), (held.SigningHold.SourceZh, held.SigningHold.SourceEn));
            Assert.Null(held.Acceptance);
        }

        var supplier = await (await fixture.ApiAsync(MallApiPortal.Small)).Contracts[fixture.Held.Id].GetAsync();
        var confirm = supplier!.Actions!.Single(a => a.Action == "ConfirmAsSupplier");
        Assert.Equal((false, supplier.SigningHold!.Zh), (confirm.Available!.Value, confirm.Reason!.Zh));
    }

    [Fact]
    public async Task A_signed_contract_has_no_hold_and_carries_its_passed_acceptance()
    {
        var signedOn = fixture.Paid.SignedOn!.Value.ToString("yyyy-MM-dd");
        foreach (var reader in new[] { MallApiPortal.School, MallApiPortal.Small, MallApiPortal.Regulator })
        {
            var api = await fixture.ApiAsync(reader);

            var paid = await api.Contracts[fixture.Paid.Id].GetAsync();

            Assert.Null(paid!.SigningHold);
            var acceptance = paid.Acceptance!;
            Assert.Equal((1, "Passed", "验收合格", "Passed", "合格", "passed"),
                (acceptance.Round!.Value, acceptance.Status, acceptance.StatusText!.Zh, acceptance.LatestResult, acceptance.LatestResultText!.Zh, acceptance.LatestResultText.En));
            Assert.Equal((signedOn, signedOn, signedOn), (acceptance.DeliveredOn.ToString(), acceptance.LatestResultOn.ToString(), acceptance.AcceptedOn.ToString()));
            Assert.StartsWith("YS-", acceptance.Number);
        }
    }
}
