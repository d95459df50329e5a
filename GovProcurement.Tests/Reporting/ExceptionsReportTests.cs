using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class ExceptionsReportTests
{
    private static readonly string[] Headers = ["异常类型", "所属地区", "涉及对象", "异常情况", "涉及金额（元）", "发现日期", "复核状态", "复核人", "复核时间", "复核意见"];

    private static readonly ExceptionReportRow[] Rows =
    [
        new("拆分采购", "江门市", "440700101002002001", "=1+1", Money.FromYuan(399_999.99m), new DateOnly(2026, 11, 3), true, "李四", ReportSheet.Beijing(2026, 11, 5, 15, 45), "-2"),
        new("围标串标", "鹤山市", "@x", "三家供应商投标文件雷同", null, new DateOnly(2026, 11, 20), false, null, null, null),
        new("超预算", "台山市", "台山市人民医院", "中标金额超过预算", Money.FromYuan(0.01m), new DateOnly(2026, 10, 31), false, null, null, ""),
    ];

    private static byte[] Build() => ExceptionsReport.Build(Rows, "江门市；未复核及已复核", ReportSheet.Beijing(2026, 11, 27, 16, 0));

    [Fact]
    public void Report_HasLayoutTypedValuesCountAndTotal()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(ExceptionsReport.Title);
        ReportSheet.AssertLayout(sheet, "监管异常情况表", "江门市；未复核及已复核", "2026-11-27 16:00", Headers, Rows.Length);
        ReportSheet.AssertMoney(sheet.Cell(6, 5), 399_999.99m);
        ReportSheet.AssertDate(sheet.Cell(6, 6), new DateTime(2026, 11, 3), SafeCells.DateFormat);
        ReportSheet.AssertText(sheet.Cell(6, 7), "已复核");
        ReportSheet.AssertText(sheet.Cell(6, 8), "李四");
        ReportSheet.AssertDate(sheet.Cell(6, 9), new DateTime(2026, 11, 5, 15, 45, 0), SafeCells.DateTimeFormat);
        ReportSheet.AssertText(sheet.Cell(7, 7), "未复核");
        Assert.True(sheet.Cell(7, 5).IsEmpty());
        Assert.True(sheet.Cell(7, 9).IsEmpty());
        ReportSheet.AssertText(sheet.Cell(9, 1), "合计");
        ReportSheet.AssertInteger(sheet.Cell(9, 2), 3, ExportColumn<ExceptionReportRow>.CountFormat);
        ReportSheet.AssertMoney(sheet.Cell(9, 5), 400_000.00m);
        Assert.True(sheet.Cell(9, 6).IsEmpty());
    }

    [Fact]
    public void HostileTextAndCodes_StayExactText()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(ExceptionsReport.Title);
        ReportSheet.AssertText(sheet.Cell(6, 3), "440700101002002001");
        ReportSheet.AssertText(sheet.Cell(6, 4), "=1+1");
        ReportSheet.AssertText(sheet.Cell(6, 10), "-2");
        ReportSheet.AssertText(sheet.Cell(7, 3), "@x");
    }
}
