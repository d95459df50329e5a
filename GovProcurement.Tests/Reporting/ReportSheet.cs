using ClosedXML.Excel;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

/// <summary>Opens a generated report and checks the layout every report shares.</summary>
internal static class ReportSheet
{
    public static XLWorkbook Open(byte[] file) => new(new MemoryStream(file));

    /// <summary>The UTC instant that reads as this Beijing wall time: what the store holds for a time shown as given.</summary>
    public static DateTime Beijing(int year, int month, int day, int hour, int minute) =>
        DateTime.SpecifyKind(new DateTime(year, month, day, hour, minute, 0) - GovProcurement.Domain.Common.Clock.ChinaOffset, DateTimeKind.Utc);

    /// <summary>Title, filters line, generation time, header texts and style, frozen panes, autofilter and no formulas anywhere.</summary>
    public static void AssertLayout(IXLWorksheet sheet, string title, string filters, string generated, string[] headers, int dataRows)
    {
        Assert.Equal(title, sheet.Name);
        Assert.Equal(title, sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).IsMerged());
        Assert.Equal($"A1:{LastColumn(headers)}1", sheet.Cell(1, 1).MergedRange().RangeAddress.ToStringRelative());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal($"筛选条件：{filters}", sheet.Cell(2, 1).GetString());
        Assert.Equal($"生成时间：{generated}（北京时间）", sheet.Cell(3, 1).GetString());
        Assert.Equal(headers, Enumerable.Range(1, headers.Length).Select(c => sheet.Cell(ReportWorkbook.HeaderRow, c).GetString()));
        Assert.True(sheet.Cell(ReportWorkbook.HeaderRow, headers.Length + 1).IsEmpty());
        for (var c = 1; c <= headers.Length; c++)
        {
            var cell = sheet.Cell(ReportWorkbook.HeaderRow, c);
            Assert.True(cell.Style.Font.Bold);
            Assert.Equal(XLColor.FromHtml(ReportWorkbook.HeaderFill), cell.Style.Fill.BackgroundColor);
            Assert.True(sheet.Column(c).Width >= SafeCells.DisplayWidth(headers[c - 1]), $"column {c} is narrower than its header");
        }

        Assert.Equal(ReportWorkbook.HeaderRow, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal($"A5:{LastColumn(headers)}{ReportWorkbook.HeaderRow + Math.Max(dataRows, 0)}", sheet.AutoFilter.Range.RangeAddress.ToStringRelative());
        Assert.DoesNotContain(sheet.CellsUsed(), cell => cell.HasFormula);
    }

    public static void AssertMoney(IXLCell cell, decimal yuan)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(yuan, cell.GetValue<decimal>());
        Assert.Equal(SafeCells.MoneyFormat, cell.Style.NumberFormat.Format);
    }

    public static void AssertInteger(IXLCell cell, long value, string format = SafeCells.IntegerFormat)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(value, cell.GetValue<long>());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    public static void AssertPercent(IXLCell cell, decimal fraction)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal((double)fraction, cell.GetDouble(), 12);
        Assert.Equal(SafeCells.PercentFormat, cell.Style.NumberFormat.Format);
    }

    public static void AssertDate(IXLCell cell, DateTime value, string format)
    {
        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(value, cell.GetDateTime());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    /// <summary>Text that stays text; one starting like a formula carries the quote prefix.</summary>
    public static void AssertText(IXLCell cell, string text)
    {
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
        Assert.Equal(text.Length > 0 && text[0] is '=' or '+' or '-' or '@', cell.Style.IncludeQuotePrefix);
    }

    private static string LastColumn(string[] headers) => XLHelper.GetColumnLetterFromNumber(headers.Length);
}
