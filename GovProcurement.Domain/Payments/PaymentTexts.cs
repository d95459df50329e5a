using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Domain.Payments;

/// <summary>What a person reads for an instalment's state and the payment steps, Chinese first.</summary>
public static class PaymentTexts
{
    /// <summary>What an instalment without a due date waits for.</summary>
    public static Bilingual Waiting(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Prepayment => new("待签订", "awaiting signing"),
        PaymentCondition.OnDelivery => new("待交付", "awaiting delivery"),
        _ => new("待验收", "awaiting acceptance"),
    };

    /// <summary>The day an instalment's payment term runs from: the signing, the delivery or the passed acceptance.</summary>
    public static Bilingual Basis(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Prepayment => new("合同签订之日", "the day the contract was signed"),
        PaymentCondition.OnDelivery => new("交付完毕之日", "the day delivery was complete"),
        _ => new("验收合格之日", "the day acceptance passed"),
    };

    public static Bilingual State(ScheduledInstalment instalment) => instalment.State switch
    {
        InstalmentState.AwaitingMilestone => instalment.Waiting ?? Waiting(instalment.Terms.Condition),
        InstalmentState.Open => new("未到期", "not yet due"),
        InstalmentState.Overdue => new($"已逾期 {instalment.DaysOverdue} 日", $"{instalment.DaysOverdue} days overdue"),
        _ => instalment.DaysOverdue > 0 ? new($"已付清（逾期 {instalment.DaysOverdue} 日支付）", $"paid ({instalment.DaysOverdue} days late)") : new("已付清", "paid"),
    };

    public static Bilingual Action(PaymentAction action) => action switch
    {
        PaymentAction.Record => new("登记付款", "Record a payment"),
        _ => new("查看付款情况", "Read the payments"),
    };
}
