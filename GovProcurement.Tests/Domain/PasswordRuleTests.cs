using GovProcurement.Domain.Accounts;

namespace GovProcurement.Tests.Domain;

public class PasswordRuleTests
{
    [Theory]
    [InlineData("abcdefgh", 1)]
    [InlineData("abcdEFGH", 2)]
    [InlineData("abcdEF12", 3)]
    [InlineData("abCD12-!", 4)]
    public void CharacterClasses_AreCounted(string password, int classes) =>
        Assert.Equal(classes, PasswordPolicyValidator.CharacterClasses(password));

    [Fact]
    public void DefaultPolicy_MeetsLevelThree()
    {
        var policy = new SecurityPolicy();
        Assert.True(policy.MinimumPasswordLength >= 8);
        Assert.True(policy.RequiredCharacterClasses >= 3);
        Assert.Equal(5, policy.MaxFailedSignIns);
        Assert.Equal(TimeSpan.FromMinutes(15), policy.LockoutDuration);
        Assert.True(policy.Pbkdf2Iterations >= 210_000);
        Assert.True(policy.RevalidationInterval <= TimeSpan.FromMinutes(5));
    }
}
