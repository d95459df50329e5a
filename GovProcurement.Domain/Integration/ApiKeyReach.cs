using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Integration;

/// <summary>
/// What the integration API lets a key do: read from the roles its organisation's kind carries
/// (<see cref="ApiCaller.ToActor"/>), the same roles every endpoint and use case checks. The
/// administrator's key list shows it, so a key is issued to the organisation that needs it.
/// </summary>
public static class ApiKeyReach
{
    private static readonly Bilingual Common = new("路由预判、检索电子卖场商品、所涉询问、质疑与投诉的办理状态",
        "routing preview, the commodity library search, where the inquiries, challenges and complaints it is party to stand");

    private static readonly (string Role, Bilingual Reach)[] ByRole =
    [
        (Roles.PurchaserOperator, new("采购计划草稿与状态、部门预算载入、发布网上竞价需求并在结束后查看报价、本单位订单的收货与取消、本单位的合同及其期限",
            "plan drafts and status, budget lines, posting online bidding requirements and reading their quotes once decided, receiving and cancelling the unit's orders, the unit's contracts and their deadlines")),
        (Roles.Supplier, new("本公司商品的发布与修改、对可报价的竞价需求提交密封报价、本公司订单的确认、拒绝与发货、本公司的合同及其期限",
            "listing and changing the company's goods, sealed quotes on the requirements open to it, confirming, declining and delivering the company's orders, the company's contracts and their deadlines")),
        (Roles.Regulator, new("管辖范围内的采购计划状态、合同与监管报表", "plan status, contracts and report workbooks of its jurisdiction")),
    ];

    /// <summary>What a key of an organisation of this kind may call, common calls first.</summary>
    public static IReadOnlyList<Bilingual> For(OrganizationKind kind)
    {
        var actor = new ApiCaller(Guid.Empty, kind, "").ToActor();
        return [Common, .. ByRole.Where(r => actor.IsIn(r.Role)).Select(r => r.Reach)];
    }
}
