using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Tests.Web.Mall;

/// <summary>The administrator's key list says what a key may call, from the roles its organisation's kind carries.</summary>
public class ApiKeyReachTests(MallApiPortal portal) : IClassFixture<MallApiPortal>
{
    [Fact]
    public void A_suppliers_key_quotes_and_a_units_key_posts_requirements_and_neither_does_the_other()
    {
        var supplier = string.Join("；", ApiKeyReach.For(OrganizationKind.Supplier).Select(r => r.Zh));
        var unit = string.Join("；", ApiKeyReach.For(OrganizationKind.BudgetUnit).Select(r => r.Zh));

        Assert.Contains("密封报价", supplier);
        Assert.DoesNotContain("发布网上竞价需求", supplier);
        Assert.Contains("发布网上竞价需求", unit);
        Assert.DoesNotContain("密封报价", unit);
        Assert.Contains("本公司的合同", supplier);
        Assert.Contains("本单位的合同", unit);
        Assert.Equal(["路由预判、检索电子卖场商品、所涉询问、质疑与投诉的办理状态"], ApiKeyReach.For(OrganizationKind.Agency).Select(r => r.Zh));
    }

    [Fact]
    public async Task The_key_list_carries_each_keys_organisation_kind()
    {
        await portal.ApiAsync(MallApiPortal.Micro);
        await portal.ApiAsync(MallApiPortal.Regulator);

        var rows = await portal.Get<ApiKeys>().ListAsync();

        Assert.Equal(OrganizationKind.Supplier, rows.First(r => r.OrganizationName == MallApiPortal.Micro).OrganizationKind);
        Assert.Contains(rows.First(r => r.OrganizationName == MallApiPortal.Regulator).Reach, r => r.En.Contains("report workbooks", StringComparison.Ordinal));
    }
}
