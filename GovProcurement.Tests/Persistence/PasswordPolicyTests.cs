using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Tests.Onboarding;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Persistence;

public class PasswordPolicyTests
{
    [Fact]
    public async Task NewPassword_MayNotEqualTheBudgetCodeOrTheAccountName_EvenWhenStrong()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        await using var store = await TestStore.CreateAsync();
        var import = await store.Get<GovProcurement.Domain.Onboarding.OrganizationOnboarding>()
            .ImportAsync(ImportFile.From(ImportFile.Unit("某厅", "440000", "Gd2026abc")), "admin");
        Assert.True(import.Succeeded);
        await using var db = store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == "Gd2026abc");
        var validator = new PasswordPolicyValidator(Options.Create(new SecurityPolicy()), store.Get<IDbContextFactory<GovProcurementDbContext>>());

        var sameAsCode = await validator.ValidateAsync(null!, user, "Gd2026abc");
        var strong = await validator.ValidateAsync(null!, user, "Gd-2026-abc!");

        Assert.False(sameAsCode.Succeeded);
        Assert.Contains(sameAsCode.Errors, e => e.Description.Contains("预算编码"));
        Assert.True(strong.Succeeded);
    }

    [Fact]
    public async Task ShortOrSingleClassPasswords_AreRefusedWithTheRule()
    {
        await using var store = await TestStore.CreateAsync();
        var validator = new PasswordPolicyValidator(Options.Create(new SecurityPolicy()), store.Get<IDbContextFactory<GovProcurementDbContext>>());
        var result = await validator.ValidateAsync(null!, new ApplicationUser { UserName = "x" }, "abc");
        Assert.Equal(["PasswordTooShort", "PasswordClasses"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task TheCommonInitialPassword_CannotBeKept()
    {
        await using var store = await TestStore.CreateAsync();
        var validator = new PasswordPolicyValidator(Options.Create(new SecurityPolicy { RequiredCharacterClasses = 2 }), store.Get<IDbContextFactory<GovProcurementDbContext>>());
        var result = await validator.ValidateAsync(null!, new ApplicationUser { UserName = "91440703MA51K2Q8XY" }, "a123456-");
        Assert.Equal("PasswordEqualsCode", Assert.Single(result.Errors).Code);
    }
}
