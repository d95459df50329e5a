using System.Text.RegularExpressions;
using GovProcurement.Portal.Documents;
using PdfSharp.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovProcurement.Tests.Documents;

public class NoticePdfRendererTests
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;
    private const double Margin = 20 / 25.4 * 72;

    /// <summary>Rendered once for the class: a long Chinese text and a 60-row table.</summary>
    private static readonly Lazy<byte[]> MultiPage = new(() => NoticePdfRenderer.Render(SampleNotices.Tender(60)));

    private static string Compact(string text) => Regex.Replace(text, @"\s+", "");

    private static List<(int Number, string Text, Page Page)> ReadPages(byte[] pdf, out PdfDocument document)
    {
        document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => (page.Number, Compact(page.Text), page)).ToList();
    }

    [Fact]
    public void MultiPageNotice_CarriesTitleCellsDigestAndPageNumbers()
    {
        var pages = ReadPages(MultiPage.Value, out var document);
        using (document)
        {
            var count = pages.Count;
            Assert.True(count >= 3, $"60 rows and three long paragraphs should take at least 3 pages, got {count}");
            var all = string.Concat(pages.Select(p => p.Text));
            Assert.Contains(SampleNotices.Title, pages[0].Text);
            Assert.Contains("发布时间：2026-11-2715:30", pages[0].Text);
            Assert.Contains("江门市公共资源交易中心", pages[0].Text);
            Assert.Contains("GD-ITEM-060：符合国家强制性标准", all);
            Assert.Contains("4,825.00", all);
            Assert.Contains("以书面形式向采购人或者采购代理机构提出询问", all);
            Assert.Contains(SampleNotices.Digest, pages[^1].Text);
            Assert.Contains(SampleNotices.Url, pages[^1].Text);
            foreach (var (number, text, _) in pages)
            {
                Assert.Contains($"第{number}页共{count}页", text);
                Assert.Contains($"公告编号：{SampleNotices.Number}", text);
            }
        }
    }

    [Fact]
    public void TableHeader_RepeatsOnEveryPageTheTableSpans()
    {
        var pages = ReadPages(MultiPage.Value, out var document);
        using (document)
        {
            var withRows = pages.Where(p => p.Text.Contains("GD-ITEM-", StringComparison.Ordinal)).ToList();
            Assert.True(withRows.Count >= 2, "the 60-row table should span pages");
            Assert.All(withRows, p => Assert.Contains("规格型号及技术要求", p.Text));
            Assert.Equal(60, Regex.Matches(string.Concat(pages.Select(p => p.Text)), @"GD-ITEM-\d{3}：").Count);
        }
    }

    [Fact]
    public void EveryPage_IsA4_AndAllTextStaysInsideTheMargins()
    {
        var pages = ReadPages(MultiPage.Value, out var document);
        using (document)
        {
            foreach (var (_, _, page) in pages)
            {
                Assert.Equal(A4Width, page.Width, 0.5);
                Assert.Equal(A4Height, page.Height, 0.5);
                var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                Assert.NotEmpty(letters);
                Assert.All(letters, l => Assert.InRange(l.BoundingBox.Left, Margin - 1, A4Width - Margin + 1));
                Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, Margin - 1, A4Width - Margin + 1));
                Assert.All(letters, l => Assert.InRange(l.BoundingBox.Bottom, 0, A4Height));
            }
        }
    }

    [Fact]
    public void Font_IsEmbeddedAsASubset()
    {
        var pages = ReadPages(MultiPage.Value, out var document);
        using (document)
        {
            var fonts = pages.SelectMany(p => p.Page.Letters).Select(l => l.FontName).Distinct().ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, name => Assert.Matches(@"^[A-Z]{6}\+", name));
        }
        // The whole font file is 4.6 MB; a subset of the few hundred glyphs used is a small fraction.
        Assert.InRange(MultiPage.Value.Length, 10_000, 1_000_000);
    }

    [Fact]
    public void ShortNotice_IsOnePage_WithLocalizedLabels_AndNoQrCodeWithoutAnAddress()
    {
        var notice = new NoticeDocument("采购意向公开", "GDZC-2026-000999", "鹤山市财政局",
            new DateTimeOffset(2026, 12, 31, 16, 5, 0, TimeSpan.Zero),
            [new NoticeBlock.Paragraph("为便于供应商及时了解政府采购信息，现将采购意向公开如下。")],
            new string('a', 64)) { Labels = NoticeLabels.English };
        var pages = ReadPages(NoticePdfRenderer.Render(notice), out var document);
        using (document)
        {
            var page = Assert.Single(pages);
            Assert.Contains("Page1of1", page.Text);
            Assert.Contains("Published：2027-01-0100:05", page.Text);
            Assert.Contains("Digest：" + new string('a', 64), page.Text);
            Assert.DoesNotContain("http", page.Text);
        }
    }

    [Fact]
    public void TableRow_WithTheWrongNumberOfCells_IsRefused()
    {
        var notice = SampleNotices.Tender(1) with
        {
            Blocks = [new NoticeBlock.Table(["甲", "乙"], [["1", "2"], ["3"]])],
        };
        var error = Assert.Throws<ArgumentException>(() => NoticePdfRenderer.Render(notice));
        Assert.Contains("row 1", error.Message);
    }

    [Fact]
    public void RowTallerThanAPage_IsSplitAcrossPages_WithoutLosingText()
    {
        var tall = string.Join("", Enumerable.Range(1, 120).Select(i => $"第{i}条技术要求应当满足国家标准。"));
        var notice = SampleNotices.Tender(1) with
        {
            Blocks = [new NoticeBlock.Table(["序号", "要求"], [["1", tall], ["2", "末行"]], [1, 9])],
        };
        var pages = ReadPages(NoticePdfRenderer.Render(notice), out var document);
        using (document)
        {
            Assert.True(pages.Count >= 2);
            var all = string.Concat(pages.Select(p => p.Text));
            Assert.Contains("第1条技术要求", all);
            Assert.Contains("第120条技术要求应当满足国家标准。", all);
            Assert.Contains("末行", all);
        }
    }

    [Fact]
    public void Rendering_InParallel_RegistersTheFontResolverOnce()
    {
        var sizes = new int[4];
        Parallel.For(0, sizes.Length, i => sizes[i] = NoticePdfRenderer.Render(SampleNotices.Tender(5, 1)).Length);
        Assert.All(sizes, size => Assert.True(size > 10_000));
        NoticeFontResolver.Register();
        Assert.Same(NoticeFontResolver.Instance, GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void QrCode_EncodesTheVerificationAddress_AsASquareMatrixWithFinderPatterns()
    {
        var modules = QrCodeDrawing.Modules(SampleNotices.Url);
        Assert.All(modules, row => Assert.Equal(modules.Length, row.Length));
        // The 7×7 finder pattern starts after the 4-module quiet zone: a dark ring around a light ring.
        Assert.False(modules[3][3]);
        Assert.True(modules[4][4] && modules[4][10] && modules[10][4] && modules[10][10]);
        Assert.False(modules[5][5]);
        Assert.True(modules[7][7]);
    }
}
