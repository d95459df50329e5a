using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class IntentionRegisterTests
{
    private static readonly string[] Headers = ["采购单位", "所属地区", "采购项目名称", "采购需求概况", "预算金额（元）", "预计采购时间", "是否专门面向中小企业", "状态", "公开时间"];

    private static readonly IntentionRegisterRow[] Rows =
    [
        new("江门市教育局", "江门市", "=1+1", "-2", Money.FromYuan(1_500_000.50m), new DateOnly(2026, 12, 15), true, "已公开", ReportSheet.Beijing(2026, 11, 2, 10, 15)),
        new("@x", "蓬江区", "440700101002002001", "办公家具一批", Money.FromYuan(99.49m), new DateOnly(2027, 1, 1), false, "草稿", null),
    ];

    private static byte[] Build() => IntentionRegister.Build(Rows, "江门市；2026 年第四季度", ReportSheet.Beijing(2026, 11, 27, 16, 0));

    [Fact]
    public void Register_HasLayoutTypedValuesAndTotal()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(IntentionRegister.Title);
        ReportSheet.AssertLayout(sheet, "采购意向公开登记表", "江门市；2026 年第四季度", "2026-11-27 16:00", Headers, Rows.Length);
        ReportSheet.AssertText(sheet.Cell(6, 1), "江门市教育局");
        ReportSheet.AssertMoney(sheet.Cell(6, 5), 1_500_000.50m);
        ReportSheet.AssertDate(sheet.Cell(6, 6), new DateTime(2026, 12, 1), SafeCells.MonthFormat);
        ReportSheet.AssertDate(sheet.Cell(7, 6), new DateTime(2027, 1, 1), SafeCells.MonthFormat);
        ReportSheet.AssertText(sheet.Cell(6, 7), "是");
        ReportSheet.AssertText(sheet.Cell(7, 7), "否");
        ReportSheet.AssertDate(sheet.Cell(6, 9), new DateTime(2026, 11, 2, 10, 15, 0), SafeCells.DateTimeFormat);
        Assert.True(sheet.Cell(7, 9).IsEmpty());
        ReportSheet.AssertText(sheet.Cell(8, 1), "合计");
        ReportSheet.AssertMoney(sheet.Cell(8, 5), 1_500_099.99m);
        Assert.True(sheet.Cell(8, 9).IsEmpty());
    }

    [Fact]
    public void HostileTextAndCodes_StayExactText()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(IntentionRegister.Title);
        ReportSheet.AssertText(sheet.Cell(6, 3), "=1+1");
        ReportSheet.AssertText(sheet.Cell(6, 4), "-2");
        ReportSheet.AssertText(sheet.Cell(7, 1), "@x");
        ReportSheet.AssertText(sheet.Cell(7, 3), "440700101002002001");
        Assert.Equal(ReportSheet.TextFormatId, sheet.Cell(6, 3).Style.NumberFormat.NumberFormatId);
    }
}
