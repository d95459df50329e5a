using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using static GovProcurement.Portal.Api.MallMapping;

namespace GovProcurement.Portal.Api;

/// <summary>A contract's payment schedule, its payments and its acceptance in the API's shapes; every day a Beijing date, every instant UTC.</summary>
internal static class PaymentMapping
{
    public static ContractPaymentsResponse ToResponse(PaymentView view)
    {
        var (c, s) = (view.Contract, view.Schedule);
        return new ContractPaymentsResponse(c.Id, c.Number, c.Status.ToString(), s.AsOf, s.Amount.Yuan, s.Paid.Yuan, s.Outstanding.Yuan, s.Overdue.Yuan, s.Interest.Yuan,
            s.TermRule.Value, s.TermRule.Citation, s.InterestRule.Value, s.InterestRule.Citation,
            s.Instalments.Select(ToResponse).ToList(),
            view.Payments.Select(p => ToResponse(p, s)).ToList(),
            Actions(view.Steps));
    }

    public static AcceptanceStateResponse ToResponse(AcceptanceState a) => new(a.Number, a.Round, a.Status.ToString(), Label(AcceptanceTexts.Status(a.Status)),
        a.DeliveredOn, a.LatestPassed is { } passed ? (passed ? "Passed" : "Failed") : null, a.LatestResult is { } result ? Label(result) : null, a.LatestResultOn, a.AcceptedOn);

    private static PaymentInstalmentResponse ToResponse(ScheduledInstalment i) => new(i.Number, i.Terms.Condition.ToString(), Label(ContractTexts.Condition(i.Terms.Condition)),
        i.Terms.ShareBasisPoints, i.Amount.Yuan, Basis(i.Terms.Condition), Label(PaymentTexts.Basis(i.Terms.Condition)), i.StartsOn, i.DueOn,
        i.Waiting is { } waiting ? Label(waiting) : null, i.Paid.Yuan, i.Outstanding.Yuan, i.State.ToString(), Label(PaymentTexts.State(i)), i.DaysOverdue, i.Interest.Yuan);

    private static RecordedPaymentResponse ToResponse(ContractPayment p, PaymentSchedule schedule)
    {
        var condition = schedule.Instalments.Single(i => i.Number == p.Instalment).Terms.Condition;
        return new RecordedPaymentResponse(p.Instalment, condition.ToString(), Label(ContractTexts.Condition(condition)), p.Amount.Yuan, p.PaidOn, p.Note, Utc(p.RecordedUtc));
    }

    private static string Basis(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Prepayment => "Signing",
        PaymentCondition.OnDelivery => "Delivery",
        _ => "Acceptance",
    };
}
