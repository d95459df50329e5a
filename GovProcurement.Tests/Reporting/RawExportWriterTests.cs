using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class RawExportWriterTests
{
    private sealed record ExportRow(string? Code, Money? Amount = null, long? Count = null, DateOnly? Day = null, DateTime? At = null);

    private static readonly ExportColumn<ExportRow>[] EveryKind =
    [
        ExportColumn<ExportRow>.Text("统一社会信用代码", r => r.Code),
        ExportColumn<ExportRow>.Money("预算金额（元）", r => r.Amount),
        ExportColumn<ExportRow>.Integer("数量", r => r.Count),
        ExportColumn<ExportRow>.Date("预计开始日期", r => r.Day),
        ExportColumn<ExportRow>.DateTime("更新时间", r => r.At),
    ];

    private static readonly ExportRow[] Rows =
    [
        new("91440703MA51K2Q8XY", Money.FromYuan(12_345_678_901.23m), 42, new DateOnly(2026, 11, 27), ReportSheet.Beijing(2026, 11, 27, 15, 16)),
        new("440700101001002001", Money.FromYuan(-0.01m), -7, new DateOnly(1900, 3, 1), new DateTime(2026, 11, 27, 7, 16, 0, DateTimeKind.Utc)),
        new("0012345"),
    ];

    [Fact]
    public void ABeijingWallTime_IsRefused_SoNoTimeIsMovedTwice()
    {
        var movedAlready = new DateTime(2026, 11, 27, 15, 16, 0, DateTimeKind.Unspecified);
        Assert.Throws<ArgumentException>(() => Export(EveryKind, [new ExportRow("x", At: movedAlready)]));
    }

    [Fact]
    public void EveryKindOfColumn_HasItsHeaderValueAndFormat()
    {
        using var workbook = Open(Export(EveryKind, Rows));
        var sheet = workbook.Worksheet("Sheet1");
        Assert.Equal(EveryKind.Select(c => c.Header), Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);

        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("91440703MA51K2Q8XY", sheet.Cell(2, 1).GetString());
        Assert.Equal(ReportSheet.TextFormatId, sheet.Cell(2, 1).Style.NumberFormat.NumberFormatId);
        Assert.Equal(12_345_678_901.23m, sheet.Cell(2, 2).GetValue<decimal>());
        Assert.Equal(-0.01m, sheet.Cell(3, 2).GetValue<decimal>());
        Assert.Equal(SafeCells.MoneyFormat, sheet.Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 3).DataType);
        Assert.Equal(42L, sheet.Cell(2, 3).GetValue<long>());
        Assert.Equal(-7L, sheet.Cell(3, 3).GetValue<long>());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 4).DataType);
        Assert.Equal(new DateTime(2026, 11, 27), sheet.Cell(2, 4).GetDateTime());
        Assert.Equal(new DateTime(1900, 3, 1), sheet.Cell(3, 4).GetDateTime());
        Assert.Equal(SafeCells.DateFormat, sheet.Cell(2, 4).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 5).DataType);
        Assert.Equal(new DateTime(2026, 11, 27, 15, 16, 0), sheet.Cell(2, 5).GetDateTime());
        Assert.Equal(SafeCells.DateTimeFormat, sheet.Cell(2, 5).Style.NumberFormat.Format);

        // Both rows hold the UTC instant of 15:16 Beijing time; missing values leave empty cells.
        Assert.Equal(new DateTime(2026, 11, 27, 15, 16, 0), sheet.Cell(3, 5).GetDateTime());
        Assert.Equal("0012345", sheet.Cell(4, 1).GetString());
        Assert.All(Enumerable.Range(2, 4), c => Assert.True(sheet.Cell(4, c).IsEmpty()));
    }

    [Fact]
    public void Sheet_HasFrozenHeaderAutofilterOverTheRowsAndFittedWidths()
    {
        using var workbook = Open(Export(EveryKind, Rows));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.Equal("A1:E4", FilterRange(sheet));
        Assert.True(sheet.Column(1).Width >= SafeCells.DisplayWidth("统一社会信用代码"));
        Assert.True(sheet.Column(2).Width >= "12,345,678,901.23".Length);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void TextStartingLikeAFormula_StaysInertText(string hostile)
    {
        using var workbook = Open(Export(EveryKind, [new ExportRow(hostile)]));
        var cell = workbook.Worksheet(1).Cell(2, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        // XML stores a carriage return as a line feed; what matters is that it stays inert text.
        Assert.Equal(hostile.Replace('\r', '\n'), cell.GetString());
        // In the text format Excel keeps the value text when the user edits the cell.
        Assert.Equal(ReportSheet.TextFormatId, cell.Style.NumberFormat.NumberFormatId);
    }

    [Fact]
    public void NoCellIsAFormula_AndTextIsAnInlineString()
    {
        string[] hostile = ["=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\tx", "\rx", "0012345"];
        var file = Export(EveryKind, [.. Rows, .. hostile.Select(h => new ExportRow(h))]);
        // The header's five cells, the three codes and the hostile texts.
        Assert.Equal(5 + Rows.Length + hostile.Length, ReportSheet.AssertNoFormulaAnywhere(file));
    }

    [Fact]
    public void TextKeepsLeadingAndTrailingSpaces()
    {
        using var workbook = Open(Export(EveryKind, [new ExportRow("  0012 ")]));
        Assert.Equal("  0012 ", workbook.Worksheet(1).Cell(2, 1).GetString());
    }

    [Theory]
    [InlineData("91440703MA51K2Q8XY")]
    [InlineData("440700101001002001")]
    [InlineData("0012345")]
    [InlineData("1-2")]
    [InlineData("1E5")]
    public void CodesStayExactText(string code)
    {
        using var workbook = Open(Export(EveryKind, [new ExportRow(code)]));
        var cell = workbook.Worksheet(1).Cell(2, 1);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(code, cell.GetString());
    }

    [Fact]
    public void WholeNumbersBeyondExcelsPrecision_AreWrittenAsExactText()
    {
        using var workbook = Open(Export(EveryKind, [new ExportRow("x", new Money(long.MaxValue), 1_234_567_890_123_456_789)]));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("92233720368547758.07", sheet.Cell(2, 2).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 3).DataType);
        Assert.Equal("1234567890123456789", sheet.Cell(2, 3).GetString());
    }

    [Fact]
    public void ARowWithAnExactTextNumber_KeepsEveryOtherCellsFormat_AndTheNextRowsTheColumnFormats()
    {
        // The first row is written with a style on every cell, the others take their columns' styles.
        ExportRow[] rows = [new("x", new Money(long.MaxValue), 42, new DateOnly(1899, 12, 31), ReportSheet.Beijing(2026, 11, 27, 15, 16)), Rows[0]];
        using var workbook = Open(Export(EveryKind, rows));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(XLAlignmentHorizontalValues.Right, sheet.Cell(2, 2).Style.Alignment.Horizontal);
        Assert.Equal(ReportSheet.TextFormatId, sheet.Cell(2, 2).Style.NumberFormat.NumberFormatId);
        Assert.Equal("1899-12-31", sheet.Cell(2, 4).GetString());
        Assert.Equal(ReportSheet.TextFormatId, sheet.Cell(2, 1).Style.NumberFormat.NumberFormatId);
        Assert.Equal(42L, sheet.Cell(2, 3).GetValue<long>());
        Assert.Equal(SafeCells.IntegerFormat, sheet.Cell(2, 3).Style.NumberFormat.Format);
        Assert.Equal(SafeCells.DateTimeFormat, sheet.Cell(2, 5).Style.NumberFormat.Format);
        Assert.Equal(SafeCells.MoneyFormat, sheet.Cell(3, 2).Style.NumberFormat.Format);
        Assert.NotEqual(XLAlignmentHorizontalValues.Right, sheet.Cell(3, 2).Style.Alignment.Horizontal);
        Assert.Equal(SafeCells.DateFormat, sheet.Cell(3, 4).Style.NumberFormat.Format);
        Assert.Equal(ReportSheet.TextFormatId, sheet.Cell(3, 1).Style.NumberFormat.NumberFormatId);
    }

    [Fact]
    public void Package_PassesOpenXmlValidation()
    {
        Assert.Empty(ValidationErrors(Export(EveryKind, Rows)));
        Assert.Empty(ValidationErrors(Export(EveryKind, [])));
        Assert.Empty(ValidationErrors(Export(EveryKind, Rows, new RawExportWriter<ExportRow>(EveryKind, "计划", rowsPerSheet: 2))));
    }

    [Fact]
    public void NoRows_GiveTheHeaderAlone()
    {
        using var workbook = Open(Export(EveryKind, []));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("统一社会信用代码", sheet.Cell(1, 1).GetString());
        // An Excel table keeps one (empty) data row under its header.
        Assert.Equal("A1:E2", FilterRange(sheet));
        Assert.True(sheet.Cell(2, 1).IsEmpty());
    }

    [Fact]
    public void RowsBeyondASheet_ContinueOnTheNextSheetUnderTheSameHeader()
    {
        var rows = Enumerable.Range(1, 7).Select(i => new ExportRow($"R{i}", Count: i)).ToArray();
        var writer = new RawExportWriter<ExportRow>(EveryKind, sheetName: null, rowsPerSheet: 3);
        using var workbook = Open(Export(EveryKind, rows, writer));

        Assert.Equal(["Sheet1", "Sheet2", "Sheet3"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(["A1:E4", "A1:E4", "A1:E2"], workbook.Worksheets.Select(FilterRange));
        Assert.All(workbook.Worksheets, s => Assert.Equal("统一社会信用代码", s.Cell(1, 1).GetString()));
        Assert.All(workbook.Worksheets, s => Assert.Equal(1, s.SheetView.SplitRow));
        Assert.Equal(rows.Select(r => r.Code), workbook.Worksheets.SelectMany(s => s.RowsUsed().Skip(1)).Select(r => r.Cell(1).GetString()));
    }

    [Fact]
    public void ContinuationSheets_OfANamedSheet_AreNumbered()
    {
        var writer = new RawExportWriter<ExportRow>(EveryKind, "采购计划备案登记表", rowsPerSheet: 1);
        using var workbook = Open(Export(EveryKind, Rows, writer));
        Assert.Equal(["采购计划备案登记表", "采购计划备案登记表 (2)", "采购计划备案登记表 (3)"], workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Widths_ComeFromTheHeaderAndTheFirstThousandRows()
    {
        var rows = Enumerable.Range(0, RawExportWriter<ExportRow>.WidthSampleRows + 1)
            .Select(i => new ExportRow(i < RawExportWriter<ExportRow>.WidthSampleRows ? "短" : new string('长', 20)))
            .ToArray();
        var writer = new RawExportWriter<ExportRow>(EveryKind);
        Assert.Equal(SafeCells.WidthFor(["统一社会信用代码", "短"]), writer.WidthsFor(rows[..^1])[0]);
        using var workbook = Open(Export(EveryKind, rows, writer));
        Assert.True(workbook.Worksheet(1).Column(1).Width < SafeCells.DisplayWidth(rows[^1].Code!));
    }

    [Fact]
    public void Progress_IsReportedEveryTenThousandRowsAndAtTheEnd()
    {
        var reports = new List<long>();
        var written = new RawExportWriter<ExportRow>(EveryKind).Write(new MemoryStream(), Endless().Take(25_000), new SyncProgress(reports.Add));
        Assert.Equal(25_000, written);
        Assert.Equal([10_000L, 20_000L, 25_000L], reports);
    }

    [Fact]
    public void Cancelling_StopsTheExportWithinAThousandRows()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<long>();
        var pulled = 0;
        var progress = new SyncProgress(rows =>
        {
            reports.Add(rows);
            cancellation.Cancel();
        });

        Assert.Throws<OperationCanceledException>(() => new RawExportWriter<ExportRow>(EveryKind)
            .Write(new MemoryStream(), Endless().Select(r => { pulled++; return r; }), progress, cancellation.Token));
        Assert.Equal([10_000L], reports);
        Assert.InRange(pulled, 10_001, 11_000);
    }

    [Fact]
    public async Task WriteAsync_StreamsAnAsyncSourceIntoANonSeekableStream()
    {
        var buffer = new MemoryStream();
        var written = await new RawExportWriter<ExportRow>(EveryKind).WriteAsync(new ForwardOnlyStream(buffer), AsAsync(Rows));
        Assert.Equal(3, written);
        using var workbook = Open(buffer.ToArray());
        Assert.Equal("440700101001002001", workbook.Worksheet(1).Cell(3, 1).GetString());
        Assert.Empty(ValidationErrors(buffer.ToArray()));
    }

    [Fact]
    public void TextIsCleanedForXml()
    {
        Assert.Equal("plain 文本", ExcelValues.Clean("plain 文本"));
        Assert.Equal("_x005F_x0041_ and _x41_", ExcelValues.Clean("_x0041_ and _x41_"));
        Assert.Equal("a\uFFFDb\uFFFDc😀", ExcelValues.Clean("a\u0001b\uD800c😀"));
        Assert.Equal(ExcelValues.MaxTextLength, ExcelValues.Clean(new string('长', 40_000)).Length);
    }

    private static byte[] Export(ExportColumn<ExportRow>[] columns, IEnumerable<ExportRow> rows, RawExportWriter<ExportRow>? writer = null)
    {
        var buffer = new MemoryStream();
        (writer ?? new RawExportWriter<ExportRow>(columns)).Write(buffer, rows);
        return buffer.ToArray();
    }

    private static XLWorkbook Open(byte[] file) => new(new MemoryStream(file));

    /// <summary>The autofilter of the sheet's rows: that of the one table they form.</summary>
    private static string FilterRange(IXLWorksheet sheet)
    {
        var table = Assert.Single(sheet.Tables);
        Assert.True(table.ShowAutoFilter);
        return table.AutoFilter.Range.RangeAddress.ToString()!;
    }

    private static IEnumerable<string> ValidationErrors(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    private static IEnumerable<ExportRow> Endless()
    {
        for (var i = 0L; ; i++)
        {
            yield return new ExportRow($"4407{i:D14}", new Money(i), i, new DateOnly(2026, 1, 1), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
    }

    private static async IAsyncEnumerable<ExportRow> AsAsync(IEnumerable<ExportRow> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Reports on the writer's thread, unlike <see cref="Progress{T}"/>, so the test sees every report at once.</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>A write-only stream that cannot seek, like an HTTP response body.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => written; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            written += count;
        }
    }
}
