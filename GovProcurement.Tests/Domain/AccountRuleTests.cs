using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Domain;

public class AccountRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly DateTime Now = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
    private readonly AccountRuleSelector selector = new(DefaultAccountRules.All(), RegionDirectory.Guangdong);

    private static BudgetUnit Unit(string region, string budgetCode, string? financeCode, string? legacy = null) =>
        new("测试单位", RegionDirectory.Guangdong.Get(region), budgetCode, financeCode, null, legacy, Now);

    [Fact]
    public void JiangmenUnit_GetsReviewerAndOperatorAccounts_NamedRegionPlusFinanceCode()
    {
        var unit = Unit("440700", "701001", "101001");
        var accounts = AccountPlanner.Plan(unit, selector.Select(OrganizationKind.BudgetUnit, "440700", Today));
        Assert.Collection(accounts,
            reviewer =>
            {
                Assert.Equal("440700101001001", reviewer.UserName);
                Assert.Equal([Roles.PurchaserReviewer], reviewer.Roles);
                Assert.Equal("101001", reviewer.InitialPassword);
            },
            operatorAccount =>
            {
                Assert.Equal("440700101001002", operatorAccount.UserName);
                Assert.Equal([Roles.PurchaserOperator], operatorAccount.Roles);
            });
    }

    [Fact]
    public void HeshanUnit_FollowsJiangmensRule() =>
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, selector.Select(OrganizationKind.BudgetUnit, "440784", Today).NameBase);

    [Fact]
    public void HuizhouCityLevel_KeepsTheLegacyRule_ButItsCountiesDoNot()
    {
        Assert.Equal(AccountNameBase.LegacyAccountName, selector.Select(OrganizationKind.BudgetUnit, "441300", Today).NameBase);
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, selector.Select(OrganizationKind.BudgetUnit, "441322", Today).NameBase);
    }

    [Fact]
    public void ProvinceUnit_KeepsItsLegacyAccount_WithTheBudgetCodeAsPassword()
    {
        var unit = Unit("440000", "126001", null, "gdjyt");
        var account = Assert.Single(AccountPlanner.Plan(unit, selector.Select(OrganizationKind.BudgetUnit, "440000", Today)));
        Assert.Equal("gdjyt", account.UserName);
        Assert.Equal("126001", account.InitialPassword);
        Assert.Equal([Roles.PurchaserOperator, Roles.PurchaserReviewer], account.Roles);
    }

    [Fact]
    public void UnitWithoutLegacyAccount_UsesItsBudgetCode() =>
        Assert.Equal("440100", Assert.Single(AccountPlanner.Plan(Unit("440100", "440100", null), selector.Select(OrganizationKind.BudgetUnit, "440100", Today))).UserName);

    [Fact]
    public void Supplier_SignsInWithItsCreditCode()
    {
        var supplier = new Supplier("供应商", RegionDirectory.Guangdong.Get("440703"), "91440703MA51K2Q8XY", EnterpriseScale.Small, Now);
        var account = Assert.Single(AccountPlanner.Plan(supplier, selector.Select(OrganizationKind.Supplier, "440703", Today)));
        Assert.Equal("91440703MA51K2Q8XY", account.UserName);
        Assert.Equal(DefaultAccountRules.CommonInitialPassword, account.InitialPassword);
    }

    [Fact]
    public void RuleThatStartsTomorrow_DoesNotApplyToday()
    {
        var future = new AccountRule(OrganizationKind.BudgetUnit, "440784", RegionScope.SelfAndBelow, AccountNameBase.BudgetCode, "", null,
            InitialPasswordSource.BudgetCode, null, Today.AddDays(1), "test");
        var rules = new AccountRuleSelector(DefaultAccountRules.All().Append(future), RegionDirectory.Guangdong);
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, rules.Select(OrganizationKind.BudgetUnit, "440784", Today).NameBase);
        Assert.Same(future, rules.Select(OrganizationKind.BudgetUnit, "440784", Today.AddDays(1)));
    }

    [Fact]
    public void MissingFinanceCode_WhereTheRuleNeedsIt_IsExplained()
    {
        var rule = selector.Select(OrganizationKind.BudgetUnit, "440700", Today);
        var error = Assert.Throws<DomainException>(() => AccountPlanner.Plan(Unit("440700", "701009", null), rule));
        Assert.Contains("财政编码", error.Text.Zh);
    }

    [Fact]
    public void ShenzhenUnit_CannotBeCreated()
    {
        var error = Assert.Throws<DomainException>(() => Unit("440304", "300001", null));
        Assert.Contains("深圳", error.Text.Zh);
    }

    [Fact]
    public void NewerHuizhouCityRule_DoesNotOverrideTheCountiesRule()
    {
        var cityWide = new AccountRule(OrganizationKind.BudgetUnit, "441300", RegionScope.SelfAndBelow, AccountNameBase.BudgetCode, "", null,
            InitialPasswordSource.BudgetCode, null, Today, "test");
        var rules = new AccountRuleSelector(DefaultAccountRules.All().Append(cityWide), RegionDirectory.Guangdong);
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, rules.Select(OrganizationKind.BudgetUnit, "441322", Today).NameBase);
        Assert.Same(cityWide, rules.Select(OrganizationKind.BudgetUnit, "441300", Today));
    }

    [Fact]
    public void SelfOnlyRule_CoversTheRegionButNotItsCounties()
    {
        var cityOnly = new AccountRule(OrganizationKind.BudgetUnit, "440700", RegionScope.SelfOnly, AccountNameBase.BudgetCode, "", null,
            InitialPasswordSource.BudgetCode, null, Today, "test");
        var rules = new AccountRuleSelector(DefaultAccountRules.All().Append(cityOnly), RegionDirectory.Guangdong);
        Assert.Same(cityOnly, rules.Select(OrganizationKind.BudgetUnit, "440700", Today));
        Assert.Equal(AccountNameBase.RegionAndFinanceCode, rules.Select(OrganizationKind.BudgetUnit, "440784", Today).NameBase);
    }

    [Fact]
    public void GeneratedPasswords_AreStrongAndDiffer()
    {
        var a = PasswordGenerator.Create();
        var b = PasswordGenerator.Create();
        Assert.Equal(16, a.Length);
        Assert.Equal(4, PasswordPolicyValidator.CharacterClasses(a));
        Assert.NotEqual(a, b);
    }
}
