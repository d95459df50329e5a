using GovProcurement.Portal.Documents;

namespace GovProcurement.Tests.Documents;

public class LineBreakerTests
{
    /// <summary>A fake font: a Chinese character (or surrogate pair) is 10 wide, any other character 5.</summary>
    private static double Measure(string text) =>
        text.Sum(c => char.IsLowSurrogate(c) ? 0 : LineBreakRules.BreaksAlone(c) ? 10 : 5);

    private static IReadOnlyList<string> Break(string text, double width, double indent = 0) =>
        LineBreaker.Break(text, width, Measure, indent);

    [Fact]
    public void ChineseText_BreaksBetweenAnyTwoCharacters() =>
        Assert.Equal(["一二三", "四五六", "七八九", "十"], Break("一二三四五六七八九十", 35));

    [Fact]
    public void LatinWord_MovesWholeToTheNextLine() =>
        Assert.Equal(["甲乙", "ABCDEFGH"], Break("甲乙ABCDEFGH", 50));

    [Fact]
    public void Numbers_StayTogether() =>
        Assert.Equal(["金额为", "3,999,999.99元"], Break("金额为3,999,999.99元", 80));

    [Fact]
    public void LatinText_BreaksAtSpaces_AndDropsThem() =>
        Assert.Equal(["hello world", "foo"], Break("hello world foo", 60));

    [Fact]
    public void WordWiderThanTheLine_IsCutPerCharacter() =>
        Assert.Equal(["ABCD", "EFGH", "IJ"], Break("ABCDEFGHIJ", 20));

    [Fact]
    public void ClosingPunctuation_TakesThePreviousCharacterAlong() =>
        Assert.Equal(["一二", "三，四", "五"], Break("一二三，四五", 30));

    [Fact]
    public void OpeningPunctuation_MovesToTheNextLine() =>
        Assert.Equal(["一二", "（三", "四）"], Break("一二（三四）", 30));

    [Theory]
    [InlineData("，")]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("；")]
    [InlineData("：")]
    [InlineData("？")]
    [InlineData("！")]
    [InlineData("）")]
    [InlineData("》")]
    [InlineData("」")]
    [InlineData("』")]
    [InlineData("】")]
    [InlineData("”")]
    [InlineData("’")]
    [InlineData("%")]
    [InlineData("％")]
    public void NoLine_StartsWithClosingPunctuation(string punctuation)
    {
        var lines = Break("一二三" + punctuation + "四五六七", 30);
        Assert.Equal("一二三" + punctuation + "四五六七", string.Concat(lines));
        Assert.True(lines.Count > 1);
        Assert.All(lines.Skip(1), line => Assert.False(line.StartsWith(punctuation, StringComparison.Ordinal), $"line starts with {punctuation}: {string.Join("|", lines)}"));
        Assert.All(lines, line => Assert.True(Measure(line) <= 30, line));
    }

    [Theory]
    [InlineData("（")]
    [InlineData("《")]
    [InlineData("「")]
    [InlineData("『")]
    [InlineData("【")]
    [InlineData("“")]
    [InlineData("‘")]
    public void NoLine_EndsWithOpeningPunctuation(string punctuation)
    {
        var lines = Break("一二" + punctuation + "三四五六", 30);
        Assert.Equal("一二" + punctuation + "三四五六", string.Concat(lines));
        Assert.All(lines.SkipLast(1), line => Assert.False(line.EndsWith(punctuation, StringComparison.Ordinal), $"line ends with {punctuation}: {string.Join("|", lines)}"));
    }

    [Fact]
    public void RunOfClosingPunctuation_NeverStartsALine() =>
        Assert.Equal(["一二", "三。”", "四"], Break("一二三。”四", 30));

    [Fact]
    public void FirstLineIndent_ShortensOnlyTheFirstLine() =>
        Assert.Equal(["一二", "三四五六"], Break("一二三四五六", 40, indent: 20));

    [Fact]
    public void NewLine_ForcesABreak_AndEmptyTextIsOneEmptyLine()
    {
        Assert.Equal(["一", "", "二"], Break("一\r\n\n二", 100));
        Assert.Equal([""], Break("", 100));
    }

    [Fact]
    public void SurrogatePair_IsNeverSplit() =>
        Assert.Equal(["\U00020000", "\U00020001"], Break("\U00020000\U00020001", 10));

    [Fact]
    public void Ellipsis_StaysInOnePiece() =>
        Assert.Equal(["一二", "……"], Break("一二……", 30));

    [Theory]
    [InlineData(30)]
    [InlineData(55)]
    [InlineData(97)]
    [InlineData(160)]
    [InlineData(400)]
    public void LongMixedText_FitsTheWidth_KeepsEveryCharacter_AndFollowsTheRules(double width)
    {
        var text = SampleNotices.LongParagraph;
        var lines = Break(text, width);
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        Assert.All(lines, line => Assert.True(Measure(line) <= width, $"{Measure(line)} > {width}: {line}"));
        Assert.All(lines.Skip(1), line => Assert.False(LineBreakRules.CannotStartLine(line), line));
        Assert.All(lines.SkipLast(1), line => Assert.False(LineBreakRules.CannotEndLine(line), line));
    }
}
