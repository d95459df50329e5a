using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class PlanFilingRegisterTests
{
    private static readonly PlanRegisterRow[] Rows =
    [
        new("440700-2026-A1", "江门市教育局", "440700", "办公电脑采购", "已备案", Money.FromYuan(3_999_999.99m), new DateOnly(2026, 12, 20), ReportSheet.Beijing(2026, 11, 27, 15, 16)),
        new("440784-2026-B2", "鹤山市第一中学", "440784", "=HYPERLINK(\"http://x\",\"点我\")", "待备案", Money.FromYuan(0.01m), new DateOnly(2027, 1, 5), ReportSheet.Beijing(2026, 11, 27, 9, 0)),
    ];

    private static XLWorkbook Open() => new(new MemoryStream(PlanFilingRegister.Build(Rows, "江门市；已备案", ReportSheet.Beijing(2026, 11, 27, 16, 0))));

    [Fact]
    public void Register_HasTitleFiltersHeaderValuesAndTotal()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet("采购计划备案登记表");
        Assert.Equal("采购计划备案登记表", sheet.Cell(1, 1).GetString());
        Assert.Contains("江门市；已备案", sheet.Cell(2, 1).GetString());
        Assert.Contains("2026-11-27 16:00", sheet.Cell(3, 1).GetString());
        Assert.Equal(["计划编号", "采购单位", "所属地区", "项目名称", "状态", "预算金额（元）", "预计开始日期", "更新时间"],
            Enumerable.Range(1, 8).Select(c => sheet.Cell(5, c).GetString()));
        Assert.Equal("江门市", sheet.Cell(6, 3).GetString());
        Assert.Equal(3_999_999.99m, sheet.Cell(6, 6).GetValue<decimal>());
        Assert.Equal(SafeCells.MoneyFormat, sheet.Cell(6, 6).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(6, 7).DataType);
        Assert.Equal(new DateTime(2026, 12, 20), sheet.Cell(6, 7).GetDateTime());
        Assert.Equal("合计", sheet.Cell(8, 1).GetString());
        Assert.Equal(4_000_000.00m, sheet.Cell(8, 6).GetValue<decimal>());
        Assert.Equal(5, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.True(sheet.Column(4).Width >= SafeCells.DisplayWidth("办公电脑采购"));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1)")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    public void TextStartingLikeAFormula_StaysText(string hostile)
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("s").Cell(1, 1);
        SafeCells.Text(cell, hostile);
        using var copy = RoundTrip(workbook);
        var read = copy.Worksheet("s").Cell(1, 1);
        Assert.False(read.HasFormula);
        Assert.Equal(XLDataType.Text, read.DataType);
        // XML stores a carriage return as a line feed; what matters is that it stays inert text.
        Assert.Equal(hostile.Replace('\r', '\n'), read.GetString());
        Assert.True(read.Style.IncludeQuotePrefix);
    }

    [Theory]
    [InlineData("91440703MA51K2Q8XY")]
    [InlineData("914407031234567890")]
    [InlineData("001234")]
    [InlineData("1-2")]
    public void CodesStayExactText(string code)
    {
        using var workbook = new XLWorkbook();
        SafeCells.Text(workbook.AddWorksheet("s").Cell(1, 1), code);
        using var copy = RoundTrip(workbook);
        var read = copy.Worksheet("s").Cell(1, 1);
        Assert.Equal(XLDataType.Text, read.DataType);
        Assert.Equal(code, read.GetString());
    }

    [Fact]
    public void HostileTitleInTheRegister_IsNotAFormula()
    {
        using var workbook = Open();
        var cell = workbook.Worksheet("采购计划备案登记表").Cell(7, 4);
        Assert.False(cell.HasFormula);
        Assert.StartsWith("=HYPERLINK", cell.GetString());
    }

    private static XLWorkbook RoundTrip(XLWorkbook workbook)
    {
        var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        return new XLWorkbook(buffer);
    }
}
