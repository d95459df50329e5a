using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// The account rules the platform starts with, from the province's go-live notice as forwarded
/// by Jiangmen and Heshan (鹤财采购函〔2021〕1号 forwarding 江财采购函〔2020〕117号). Administrators
/// add rules as data; these are only the first rows.
/// </summary>
public static class DefaultAccountRules
{
    public static readonly DateOnly PlatformLive = new(2021, 1, 1);

    private const string Notice = "《广东省财政厅关于“广东政府采购智慧云平台”正式上线运行的通知》（江财采购函〔2020〕117号、鹤财采购函〔2021〕1号转发）";
    private const string OperatorManual = "广东政府采购智慧云平台采购人操作手册（账号规则表）";
    private const string FixedPasswordSource = "云平台代理机构、供应商操作指引（初始密码 a123456-，首次登录须修改）";
    public const string CommonInitialPassword = "a123456-";

    // Regions whose units get reviewer/operator accounts named region code + finance code + 001/002.
    private static readonly string[] MakerCheckerCities = ["440500", "440200", "441700", "440700", "445300"];

    public static IEnumerable<AccountRule> All()
    {
        yield return new AccountRule(OrganizationKind.BudgetUnit, Regions.RegionDirectory.ProvinceCode, RegionScope.SelfAndBelow,
            AccountNameBase.LegacyAccountName, "", null, InitialPasswordSource.BudgetCode, null, PlatformLive,
            Notice + "：其余单位账号与原政府采购系统账号一致，密码为本单位预算编码");

        foreach (var city in MakerCheckerCities)
        {
            yield return MakerChecker(city, RegionScope.SelfAndBelow);
        }

        yield return MakerChecker(HuizhouCity, RegionScope.BelowOnly);

        yield return new AccountRule(OrganizationKind.Agency, Regions.RegionDirectory.ProvinceCode, RegionScope.SelfAndBelow,
            AccountNameBase.LegacyAccountName, "", null, InitialPasswordSource.Fixed, CommonInitialPassword, PlatformLive,
            Notice + "：代理机构账号与原政府采购系统账号一致（无原账号时为统一社会信用代码）；" + FixedPasswordSource);
        yield return new AccountRule(OrganizationKind.Supplier, Regions.RegionDirectory.ProvinceCode, RegionScope.SelfAndBelow,
            AccountNameBase.CreditCode, "", null, InitialPasswordSource.Fixed, CommonInitialPassword, PlatformLive,
            "供应商以统一社会信用代码为账号；" + FixedPasswordSource);
        yield return new AccountRule(OrganizationKind.Regulator, Regions.RegionDirectory.ProvinceCode, RegionScope.SelfAndBelow,
            AccountNameBase.RegionCode, "cz", null, InitialPasswordSource.Generated, null, PlatformLive,
            "财政部门账号由平台管理员开设：区划编码 + cz，随机初始密码仅向管理员显示一次，首次登录须修改");
    }

    private const string HuizhouCity = "441300";

    private static AccountRule MakerChecker(string regionCode, RegionScope scope) => new(
        OrganizationKind.BudgetUnit, regionCode, scope, AccountNameBase.RegionAndFinanceCode, "002", "001",
        InitialPasswordSource.FinanceCode, null, PlatformLive,
        Notice + "：汕头、韶关、阳江、江门、云浮5市及惠州市下辖县（区）预算单位按" + OperatorManual
        + "：账号为区划编码+财政编码+001（审核）/002（经办），初始密码为财政编码");
}
