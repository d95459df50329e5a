using System.IO.Compression;
using System.Xml.Linq;
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

    /// <summary>
    /// Text that stays text, in the text format "@": Excel keeps it text when the user edits it, so a
    /// value starting like a formula stays inert (SpreadCheetah cannot set the quote prefix, which did
    /// the same; see ExportStyles).
    /// </summary>
    public static void AssertText(IXLCell cell, string text)
    {
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
        Assert.Equal(TextFormatId, cell.Style.NumberFormat.NumberFormatId);
    }

    /// <summary>Excel's built-in number format "@" (text).</summary>
    public const int TextFormatId = 49;

    /// <summary>
    /// Reads every worksheet's XML of <paramref name="file"/> and checks that no cell holds a formula
    /// (an &lt;f&gt; element) and that every text cell is an inline string, which Excel never evaluates.
    /// Returns the number of text cells seen.
    /// </summary>
    public static int AssertNoFormulaAnywhere(byte[] file)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var zip = new ZipArchive(new MemoryStream(file));
        var textCells = 0;
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var entry in sheets)
        {
            using var stream = entry.Open();
            var sheet = XDocument.Load(stream);
            Assert.Empty(sheet.Descendants(main + "f"));
            foreach (var cell in sheet.Descendants(main + "c").Where(c => c.Element(main + "v") is null && c.Element(main + "is") is not null))
            {
                Assert.Equal("inlineStr", (string?)cell.Attribute("t"));
                textCells++;
            }

            Assert.DoesNotContain(sheet.Descendants(main + "c"), c => (string?)c.Attribute("t") is "str" or "s");
        }

        return textCells;
    }

    private static string LastColumn(string[] headers) => XLHelper.GetColumnLetterFromNumber(headers.Length);
}
