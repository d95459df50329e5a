using GovProcurement.Domain.Organizations;

namespace GovProcurement.Tests.Domain;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("9144030010001686XA")] // a published code of a Shenzhen bank
    [InlineData("91440703MA51K2Q8XY")]
    [InlineData("124407004559123451")]
    public void ValidCodes_Pass(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("9144030010001686XB", "校验位")]
    [InlineData("9144030010001686X", "18 位")]
    [InlineData("9144030010001686IA", "不允许的字符")]
    [InlineData("", "18 位")]
    public void InvalidCodes_AreExplainedInChinese(string code, string expected)
    {
        var problem = UnifiedSocialCreditCode.Explain(code);
        Assert.NotNull(problem);
        Assert.Contains(expected, problem.Zh);
    }

    [Fact]
    public void LowercaseInput_IsNormalised() => Assert.True(UnifiedSocialCreditCode.IsValid("9144030010001686xa"));
}
