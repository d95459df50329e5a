using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Bonds;

/// <summary>What a person reads for a bond's kind, status, form and steps, Chinese first.</summary>
public static class BondTexts
{
    public static Bilingual Kind(BondKind kind) => kind switch
    {
        BondKind.Bid => new("投标保证金", "bid bond"),
        BondKind.Performance => new("履约保证金", "performance bond"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No label for this bond kind."),
    };

    public static Bilingual Status(BondStatus status) => status switch
    {
        BondStatus.Required => new("待缴纳", "to be paid"),
        BondStatus.Paid => new("已缴纳，待确认收到", "paid, awaiting confirmation"),
        BondStatus.Received => new("已确认收到", "received"),
        BondStatus.Refunded => new("已退还", "refunded"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No label for this bond status."),
    };

    public static Bilingual Form(BondForm form) => form switch
    {
        BondForm.BankTransfer => new("银行转账", "bank transfer"),
        BondForm.GuaranteeLetter => new("保函", "guarantee letter"),
        BondForm.Insurance => new("保证保险", "surety insurance"),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "No label for this bond form."),
    };

    public static Bilingual Action(BondAction action) => action switch
    {
        BondAction.RecordPayment => new("登记缴纳", "Record payment"),
        BondAction.ConfirmReceipt => new("确认收到", "Confirm receipt"),
        BondAction.Refund => new("退还保证金", "Refund"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No label for this bond action."),
    };

    public static Bilingual Demand(BondDemandAction action) => action switch
    {
        BondDemandAction.StateBidBond => new("设置投标保证金", "State the bid bond"),
        BondDemandAction.RequirePerformanceBond => new("要求履约保证金", "Require the performance bond"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No label for this bond step."),
    };
}
