using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Accounts;

/// <summary>The platform's roles. The role name is also the role's id in the store.</summary>
public static class Roles
{
    public const string PurchaserOperator = "PurchaserOperator";
    public const string PurchaserReviewer = "PurchaserReviewer";
    public const string Agency = "Agency";
    public const string Supplier = "Supplier";
    public const string Regulator = "Regulator";
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>Either purchaser role: comma-separated for <c>[Authorize(Roles = ...)]</c>.</summary>
    public const string AnyPurchaser = PurchaserOperator + "," + PurchaserReviewer;

    public static IReadOnlyList<string> All { get; } =
        [PurchaserOperator, PurchaserReviewer, Agency, Supplier, Regulator, PlatformAdmin];

    public static Bilingual DisplayName(string role) => role switch
    {
        PurchaserOperator => new("采购人经办", "Purchaser operator"),
        PurchaserReviewer => new("采购人审核", "Purchaser reviewer"),
        Agency => new("代理机构", "Agency"),
        Supplier => new("供应商", "Supplier"),
        Regulator => new("财政部门（监管）", "Regulator"),
        PlatformAdmin => new("平台管理员", "Platform administrator"),
        _ => new(role, role),
    };
}
