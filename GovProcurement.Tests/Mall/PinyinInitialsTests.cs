using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Mall.Listings;

namespace GovProcurement.Tests.Mall;

/// <summary>The hand-written pinyin initials on common words and on the shipped catalogue's own initials.</summary>
public sealed class PinyinInitialsTests
{
    [Theory]
    [InlineData("电脑机箱", "DNJX")]
    [InlineData("台式计算机", "TSJSJ")]
    [InlineData("打印机", "DYJ")]
    [InlineData("复印纸", "FYZ")]
    [InlineData("办公桌椅", "BGZY")]
    [InlineData("服务器", "FWQ")]
    [InlineData("笔记本电脑", "BJBDN")]
    [InlineData("物业管理服务", "WYGLFW")]
    [InlineData("阿胶", "AJ")]
    [InlineData("二维码扫描枪", "EWMSMQ")]
    [InlineData("欧式沙发", "OSSF")]
    [InlineData("HP 激光打印机 M1005", "HPJGDYJM1005")]
    [InlineData("", "")]
    public void Common_words_give_their_initials(string text, string initials) => Assert.Equal(initials, PinyinInitials.Of(text));

    [Fact]
    public void The_catalogue_names_give_the_catalogues_initials_except_for_the_polyphone_tiao()
    {
        var differing = CatalogueDirectory.Shipped.All
            .Where(i => PinyinInitials.Of(i.Name) != i.Pinyin.ToUpperInvariant())
            .Select(i => i.Name).ToList();

        Assert.True(CatalogueDirectory.Shipped.All.Count > 100);
        Assert.All(differing, name => Assert.Contains("调", name));
    }

    [Fact]
    public void Punctuation_and_symbols_have_no_initial_and_the_result_is_bounded()
    {
        Assert.Equal("ZYLJ", PinyinInitials.Of("（专用）·垃圾！"));
        Assert.Equal(PinyinInitials.MaxLength, PinyinInitials.Of(new string('电', 300)).Length);
    }
}
