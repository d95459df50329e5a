using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>What a person reads for a contract's status, source and payment conditions, Chinese first.</summary>
public static class ContractTexts
{
    public static Bilingual Status(ContractStatus status) => status switch
    {
        ContractStatus.Draft => new("草稿", "draft"),
        ContractStatus.SentToSupplier => new("待双方确认", "awaiting both confirmations"),
        ContractStatus.Signed => new("已签订", "signed"),
        ContractStatus.Published => new("已公告，待备案", "announced, awaiting filing"),
        ContractStatus.Filed => new("已备案", "filed"),
        ContractStatus.Voided => new("已撤销", "voided"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Source(ContractSource source) => source switch
    {
        ContractSource.Award => new("项目中标（成交）", "project award"),
        ContractSource.MallOrder => new("电子卖场订单", "e-mall order"),
        _ => new(source.ToString(), source.ToString()),
    };

    public static Bilingual Condition(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Prepayment => new("预付款（合同签订后）", "prepayment (on signing)"),
        PaymentCondition.OnDelivery => new("交付后支付", "on delivery"),
        PaymentCondition.OnAcceptance => new("验收合格后支付", "on passing acceptance"),
        _ => new(condition.ToString(), condition.ToString()),
    };

    public static Bilingual Action(ContractAction action) => action switch
    {
        ContractAction.Revise => new("修改合同", "Revise"),
        ContractAction.Send => new("发送供应商", "Send to the supplier"),
        ContractAction.ConfirmAsPurchaser => new("采购人确认", "Confirm as purchaser"),
        ContractAction.ConfirmAsSupplier => new("供应商确认", "Confirm as supplier"),
        ContractAction.Publish => new("发布合同公告", "Publish the announcement"),
        ContractAction.File => new("备案", "File"),
        ContractAction.Return => new("退回", "Return"),
        ContractAction.DraftAddOn => new("签订补充合同", "Draft an add-on"),
        _ => new(action.ToString(), action.ToString()),
    };
}
