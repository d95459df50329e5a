namespace GovProcurement.Domain.Organizations;

public enum OrganizationKind
{
    /// <summary>采购人 / 预算单位</summary>
    BudgetUnit = 1,

    /// <summary>代理机构（含集中采购机构）</summary>
    Agency = 2,

    /// <summary>供应商</summary>
    Supplier = 3,

    /// <summary>财政部门（监管）</summary>
    Regulator = 4,
}

public static class OrganizationKindNames
{
    public static string Zh(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.BudgetUnit => "预算单位",
        OrganizationKind.Agency => "代理机构",
        OrganizationKind.Supplier => "供应商",
        OrganizationKind.Regulator => "财政部门",
        _ => kind.ToString(),
    };

    public static string En(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.BudgetUnit => "Budget unit",
        OrganizationKind.Agency => "Agency",
        OrganizationKind.Supplier => "Supplier",
        OrganizationKind.Regulator => "Finance department",
        _ => kind.ToString(),
    };

    public static OrganizationKind? ParseZh(string? text) => text?.Trim() switch
    {
        "预算单位" or "采购人" => OrganizationKind.BudgetUnit,
        "代理机构" or "集中采购机构" => OrganizationKind.Agency,
        "供应商" => OrganizationKind.Supplier,
        "财政部门" => OrganizationKind.Regulator,
        _ => null,
    };
}
