using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Acceptance;

/// <summary>What a person reads for an acceptance's status, method, member roles, result and steps, Chinese first.</summary>
public static class AcceptanceTexts
{
    public static Bilingual Status(AcceptanceStatus status) => status switch
    {
        AcceptanceStatus.Delivering => new("交付中", "delivering"),
        AcceptanceStatus.Delivered => new("交付完毕，待验收", "delivered, awaiting acceptance"),
        AcceptanceStatus.Planned => new("验收中", "acceptance planned"),
        AcceptanceStatus.Concluded => new("待双方确认验收书", "awaiting both confirmations of the record"),
        AcceptanceStatus.Passed => new("验收合格", "accepted"),
        AcceptanceStatus.Failed => new("验收不合格，待重新交付", "failed, awaiting new delivery"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static Bilingual Method(AcceptanceMethod method) => method switch
    {
        AcceptanceMethod.ByPurchaser => new("采购人自行组织验收", "by the purchaser"),
        AcceptanceMethod.ByAgency => new("委托采购代理机构验收", "by the procurement agency"),
        AcceptanceMethod.ThirdParty => new("邀请第三方检测机构参与验收", "with a third-party testing body"),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static Bilingual Role(AcceptanceMemberRole role) => role switch
    {
        AcceptanceMemberRole.PurchaserRepresentative => new("采购人代表", "purchaser's representative"),
        AcceptanceMemberRole.User => new("实际使用人", "user"),
        AcceptanceMemberRole.Expert => new("专家", "expert"),
        AcceptanceMemberRole.ServiceRecipient => new("服务对象代表", "service recipient"),
        AcceptanceMemberRole.ThirdParty => new("第三方机构", "third party"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static Bilingual Result(bool passed) => passed ? new("合格", "passed") : new("不合格", "failed");

    public static Bilingual Action(AcceptanceAction action) => action switch
    {
        AcceptanceAction.RecordDelivery => new("登记交付", "Record a delivery"),
        AcceptanceAction.CompleteDelivery => new("确认交付完毕", "Mark delivery complete"),
        AcceptanceAction.PlanAcceptance => new("制定验收方案", "Plan the acceptance"),
        AcceptanceAction.RecordResult => new("记录验收结果", "Record the result"),
        AcceptanceAction.ConfirmAsPurchaser => new("采购人确认验收书", "Confirm the record as purchaser"),
        AcceptanceAction.ConfirmAsSupplier => new("供应商确认验收书", "Confirm the record as supplier"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
