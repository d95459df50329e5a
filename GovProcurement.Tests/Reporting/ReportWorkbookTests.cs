using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class ReportWorkbookTests
{
    private static readonly string[] Headers = ["编码", "名称", "金额（元）", "数量", "费率", "占比", "日期", "月份", "时间"];

    private static readonly ExportColumn<Line>[] Columns =
    [
        ExportColumn<Line>.Text("编码", line => line.Code),
        ExportColumn<Line>.Text("名称", line => line.Name, countRows: true),
        ExportColumn<Line>.Money("金额（元）", line => line.Amount, total: true),
        ExportColumn<Line>.Integer("数量", line => line.Count, total: true),
        ExportColumn<Line>.PercentOfBasisPoints("费率", line => line.RateBasisPoints),
        ExportColumn<Line>.Share("占比", line => line.Amount ?? Money.Zero, line => line.Whole),
        ExportColumn<Line>.Date("日期", line => line.Day),
        ExportColumn<Line>.Month("月份", line => line.Day),
        ExportColumn<Line>.DateTime("时间", line => line.At),
    ];

    private static readonly Line[] Lines =
    [
        new("440700101002002001", "=1+1", Money.FromYuan(1_234.56m), 3, 1250, Money.FromYuan(2_469.12m), new DateOnly(2026, 3, 17), ReportSheet.Beijing(2026, 3, 17, 9, 30)),
        new("001234", "-2", null, null, null, Money.Zero, null, null),
        new("1-2", "@x", Money.FromYuan(0.44m), 7, 5, Money.FromYuan(0.44m), new DateOnly(2026, 12, 31), ReportSheet.Beijing(2026, 12, 31, 23, 59)),
    ];

    private static byte[] Build(IReadOnlyList<Line> lines, string filters = "江门市；2026 年") =>
        ReportWorkbook.Build("测试报表", Columns, lines, filters, ReportSheet.Beijing(2026, 11, 27, 16, 5));

    [Fact]
    public void Layout_IsTheSharedOne()
    {
        using var workbook = ReportSheet.Open(Build(Lines));
        var sheet = workbook.Worksheet("测试报表");
        ReportSheet.AssertLayout(sheet, "测试报表", "江门市；2026 年", "2026-11-27 16:05", Headers, Lines.Length);
        Assert.Equal(16, sheet.Cell(1, 1).Style.Font.FontSize);
    }

    [Fact]
    public void Values_AreTypedAndFormatted()
    {
        using var workbook = ReportSheet.Open(Build(Lines));
        var sheet = workbook.Worksheet("测试报表");
        ReportSheet.AssertText(sheet.Cell(6, 1), "440700101002002001");
        ReportSheet.AssertText(sheet.Cell(7, 1), "001234");
        ReportSheet.AssertText(sheet.Cell(8, 1), "1-2");
        ReportSheet.AssertMoney(sheet.Cell(6, 3), 1_234.56m);
        ReportSheet.AssertInteger(sheet.Cell(6, 4), 3);
        ReportSheet.AssertPercent(sheet.Cell(6, 5), 0.125m);
        ReportSheet.AssertPercent(sheet.Cell(8, 5), 0.0005m);
        ReportSheet.AssertPercent(sheet.Cell(6, 6), 0.5m);
        ReportSheet.AssertDate(sheet.Cell(6, 7), new DateTime(2026, 3, 17), SafeCells.DateFormat);
        ReportSheet.AssertDate(sheet.Cell(6, 8), new DateTime(2026, 3, 1), SafeCells.MonthFormat);
        ReportSheet.AssertDate(sheet.Cell(6, 9), new DateTime(2026, 3, 17, 9, 30, 0), SafeCells.DateTimeFormat);
    }

    [Fact]
    public void NullValuesAndZeroWholes_LeaveCellsEmpty()
    {
        using var workbook = ReportSheet.Open(Build(Lines));
        var sheet = workbook.Worksheet("测试报表");
        foreach (var column in new[] { 3, 4, 5, 6, 7, 8, 9 })
        {
            Assert.True(sheet.Cell(7, column).IsEmpty(), $"column {column} of the second line should be empty");
        }
    }

    [Theory]
    [InlineData(6, "=1+1")]
    [InlineData(7, "-2")]
    [InlineData(8, "@x")]
    public void TextStartingLikeAFormula_StaysQuotedText(int row, string text)
    {
        using var workbook = ReportSheet.Open(Build(Lines));
        var cell = workbook.Worksheet("测试报表").Cell(row, 2);
        ReportSheet.AssertText(cell, text);
        Assert.Equal(ReportSheet.TextFormatId, cell.Style.NumberFormat.NumberFormatId);
    }

    [Fact]
    public void NoCellOfTheFileIsAFormula_AndTextIsAnInlineString()
    {
        Assert.True(ReportSheet.AssertNoFormulaAnywhere(Build(Lines)) > 0);
    }

    [Fact]
    public void TotalRow_HoldsComputedValuesNotFormulas()
    {
        using var workbook = ReportSheet.Open(Build(Lines));
        var sheet = workbook.Worksheet("测试报表");
        ReportSheet.AssertText(sheet.Cell(9, 1), ReportWorkbook.TotalLabel);
        Assert.True(sheet.Cell(9, 1).Style.Font.Bold);
        ReportSheet.AssertInteger(sheet.Cell(9, 2), 3, ExportColumn<Line>.CountFormat);
        ReportSheet.AssertMoney(sheet.Cell(9, 3), 1_235.00m);
        Assert.True(sheet.Cell(9, 3).Style.Font.Bold);
        ReportSheet.AssertInteger(sheet.Cell(9, 4), 10);
        Assert.True(sheet.Cell(9, 5).IsEmpty());
        ReportSheet.AssertPercent(sheet.Cell(9, 6), 1_235.00m / 2_469.56m);
        Assert.True(sheet.Row(10).IsEmpty());
    }

    [Fact]
    public void Widths_FitTheWidestTextCountingCjkDouble()
    {
        var lines = new[] { Lines[0] with { Name = "广东省江门市新会区教育局", Amount = Money.FromYuan(1_234_567.89m) } };
        using var workbook = ReportSheet.Open(Build(lines));
        var sheet = workbook.Worksheet("测试报表");
        Assert.Equal(18 + 2, sheet.Column(1).Width);
        Assert.Equal(24 + 2, sheet.Column(2).Width);
        Assert.Equal("1,234,567.89".Length + 2, sheet.Column(3).Width);
        Assert.Equal("2026-03-17 09:30".Length + 2, sheet.Column(9).Width);
    }

    [Fact]
    public void NoRows_KeepsHeaderAutofilterAndAZeroTotal()
    {
        using var workbook = ReportSheet.Open(Build([], filters: ""));
        var sheet = workbook.Worksheet("测试报表");
        ReportSheet.AssertLayout(sheet, "测试报表", "无", "2026-11-27 16:05", Headers, 0);
        ReportSheet.AssertText(sheet.Cell(6, 1), ReportWorkbook.TotalLabel);
        ReportSheet.AssertMoney(sheet.Cell(6, 3), 0m);
        Assert.True(sheet.Cell(6, 6).IsEmpty());
    }

    [Fact]
    public void MoneyBeyondExcelPrecision_IsWrittenAsExactText()
    {
        var huge = new Money(1_234_567_890_123_456_78);
        using var workbook = ReportSheet.Open(Build([Lines[0] with { Amount = huge }]));
        var cell = workbook.Worksheet("测试报表").Cell(6, 3);
        ReportSheet.AssertText(cell, "1234567890123456.78");
    }

    [Fact]
    public void UtcTimes_AreShownInChina()
    {
        var lines = new[] { Lines[0] with { At = new DateTime(2026, 3, 17, 1, 30, 0, DateTimeKind.Utc) } };
        var file = ReportWorkbook.Build("测试报表", Columns, lines, "全部", new DateTime(2026, 11, 27, 8, 5, 0, DateTimeKind.Utc));
        using var workbook = ReportSheet.Open(file);
        var sheet = workbook.Worksheet("测试报表");
        Assert.Equal("生成时间：2026-11-27 16:05（北京时间）", sheet.Cell(3, 1).GetString());
        Assert.Equal(new DateTime(2026, 3, 17, 9, 30, 0), sheet.Cell(6, 9).GetDateTime());
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    public void TimesNotInUtc_AreRefused_SoNoTimeIsMovedTwice(DateTimeKind kind)
    {
        var wallTime = new DateTime(2026, 3, 17, 9, 30, 0, kind);
        Assert.Throws<ArgumentException>(() => Build([Lines[0] with { At = wallTime }]));
        Assert.Throws<ArgumentException>(() => ReportWorkbook.Build("测试报表", Columns, Lines, "", wallTime));
    }

    [Fact]
    public void FirstColumnWithATotal_IsRefused()
    {
        ExportColumn<Line>[] columns = [ExportColumn<Line>.Money("金额", line => line.Amount, total: true), ExportColumn<Line>.Text("名称", line => line.Name)];
        Assert.Throws<ArgumentException>(() => ReportWorkbook.Build("测试报表", columns, Lines, "", DateTime.UtcNow));
    }

    [Fact]
    public void ColumnsWithoutTotals_WriteNoTotalRow()
    {
        ExportColumn<Line>[] columns = [ExportColumn<Line>.Text("编码", line => line.Code), ExportColumn<Line>.Money("金额（元）", line => line.Amount)];
        using var workbook = ReportSheet.Open(ReportWorkbook.Build("测试报表", columns, Lines, "", ReportSheet.Beijing(2026, 1, 1, 0, 0)));
        var sheet = workbook.Worksheet("测试报表");
        Assert.Equal(8, sheet.LastRowUsed().RowNumber());
        Assert.DoesNotContain(sheet.CellsUsed(), cell => cell.GetString() == ReportWorkbook.TotalLabel);
    }

    private sealed record Line(string Code, string Name, Money? Amount, long? Count, long? RateBasisPoints, Money Whole, DateOnly? Day, DateTime? At);
}
