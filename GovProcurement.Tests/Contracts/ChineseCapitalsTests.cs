using GovProcurement.Domain.Common;

namespace GovProcurement.Tests.Contracts;

/// <summary>人民币大写 as 中国人民银行《正确填写票据和结算凭证的基本规定》 writes its examples.</summary>
public sealed class ChineseCapitalsTests
{
    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角")]
    [InlineData("0.15", "壹角伍分")]
    [InlineData("1", "壹元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元零叁角贰分")]
    [InlineData("107000.53", "壹拾万柒仟元零伍角叁分")]
    [InlineData("10000", "壹万元整")]
    [InlineData("10010", "壹万零壹拾元整")]
    [InlineData("12300000", "壹仟贰佰叁拾万元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("1000000001", "壹拾亿零壹元整")]
    [InlineData("48000", "肆万捌仟元整")]
    [InlineData("1000000000000", "壹万亿元整")]
    public void Writes_the_amount_in_capitals(string yuan, string expected) =>
        Assert.Equal(expected, ChineseCapitals.Of(Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Refuses_a_negative_amount_and_one_beyond_the_platform_limit()
    {
        Assert.Throws<DomainException>(() => ChineseCapitals.Of(new Money(-1)));
        Assert.Throws<DomainException>(() => ChineseCapitals.Of(new Money(100_000_000_000_001)));
    }
}
