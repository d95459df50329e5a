using GovProcurement.Domain.Common;

namespace GovProcurement.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData("3999999.99", 399999999)]
    [InlineData("4000000.00", 400000000)]
    [InlineData("0.01", 1)]
    public void FromYuan_IsExactToTheFen(string yuan, long fen) =>
        Assert.Equal(fen, Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Fen);

    [Fact]
    public void FromYuan_FinerThanOneFen_IsRefusedWithAChineseMessage()
    {
        var error = Assert.Throws<DomainException>(() => Money.FromYuan(1.005m));
        Assert.Contains("精确到分", error.Text.Zh);
    }

    [Fact]
    public void ToString_UsesChineseCurrencyFormat() =>
        Assert.Equal("¥1,234,567.89", new Money(123456789).ToString());

    [Fact]
    public void Comparison_FollowsTheFen()
    {
        Assert.True(Money.FromYuan(3999999.99m) < Money.FromYuan(4000000m));
        Assert.Equal(Money.FromYuan(4000000m), Money.FromYuan(3999999.99m) + new Money(1));
    }

    [Fact]
    public void AmountsBeyondTheLimit_AreRefusedWithAMessage_NotAnOverflow()
    {
        var error = Assert.Throws<DomainException>(() => Money.FromYuan(Money.MaxYuan + 1));
        Assert.Contains("超出", error.Text.Zh);
        Assert.Throws<DomainException>(() => new Money(long.MaxValue) + new Money(1));
    }
}
