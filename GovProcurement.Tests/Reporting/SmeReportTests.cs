using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class SmeReportTests
{
    private static readonly string[] Headers =
        ["地区", "项目数", "采购预算总额（元）", "预留中小企业份额（元）", "预留比例", "中标（成交）总金额（元）", "授予中小企业金额（元）", "中小企业中标比例", "其中授予小微企业金额（元）"];

    // The shares average to (50% + 10%) / 2 = 30% and (80% + 20%) / 2 = 50%; from the totals they are 20% and 35%.
    private static readonly SmeReportRow[] Rows =
    [
        new("江门市本级", 4, Money.FromYuan(100m), Money.FromYuan(50m), Money.FromYuan(100m), Money.FromYuan(80m), Money.FromYuan(30m)),
        new("=1+1", 12, Money.FromYuan(300m), Money.FromYuan(30m), Money.FromYuan(300m), Money.FromYuan(60m), Money.FromYuan(45.5m)),
        new("440700101002002001", 0, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero),
    ];

    private static byte[] Build() => SmeReport.Build(Rows, "江门市；2026 年度", ReportSheet.Beijing(2027, 1, 10, 9, 0));

    [Fact]
    public void Report_HasLayoutTypedValuesAndPercentages()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(SmeReport.Title);
        ReportSheet.AssertLayout(sheet, "政府采购促进中小企业发展情况表", "江门市；2026 年度", "2027-01-10 09:00", Headers, Rows.Length);
        ReportSheet.AssertInteger(sheet.Cell(6, 2), 4);
        ReportSheet.AssertMoney(sheet.Cell(6, 3), 100m);
        ReportSheet.AssertMoney(sheet.Cell(6, 4), 50m);
        ReportSheet.AssertPercent(sheet.Cell(6, 5), 0.5m);
        ReportSheet.AssertPercent(sheet.Cell(6, 8), 0.8m);
        ReportSheet.AssertPercent(sheet.Cell(7, 5), 0.1m);
        ReportSheet.AssertPercent(sheet.Cell(7, 8), 0.2m);
        ReportSheet.AssertMoney(sheet.Cell(7, 9), 45.5m);
    }

    [Fact]
    public void ZeroDenominator_LeavesThePercentageEmpty()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(SmeReport.Title);
        Assert.True(sheet.Cell(8, 5).IsEmpty());
        Assert.True(sheet.Cell(8, 8).IsEmpty());
        ReportSheet.AssertMoney(sheet.Cell(8, 3), 0m);
    }

    [Fact]
    public void TotalRow_SumsAndRecomputesPercentagesFromTheTotals()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(SmeReport.Title);
        ReportSheet.AssertText(sheet.Cell(9, 1), "合计");
        ReportSheet.AssertInteger(sheet.Cell(9, 2), 16);
        ReportSheet.AssertMoney(sheet.Cell(9, 3), 400m);
        ReportSheet.AssertMoney(sheet.Cell(9, 4), 80m);
        ReportSheet.AssertPercent(sheet.Cell(9, 5), 0.2m);
        ReportSheet.AssertMoney(sheet.Cell(9, 6), 400m);
        ReportSheet.AssertMoney(sheet.Cell(9, 7), 140m);
        ReportSheet.AssertPercent(sheet.Cell(9, 8), 0.35m);
        ReportSheet.AssertMoney(sheet.Cell(9, 9), 75.5m);
    }

    [Fact]
    public void AllZeroTotals_LeaveTheTotalPercentagesEmpty()
    {
        using var workbook = ReportSheet.Open(SmeReport.Build([Rows[2]], "", ReportSheet.Beijing(2027, 1, 10, 0, 0)));
        var sheet = workbook.Worksheet(SmeReport.Title);
        ReportSheet.AssertText(sheet.Cell(7, 1), "合计");
        Assert.True(sheet.Cell(7, 5).IsEmpty());
        Assert.True(sheet.Cell(7, 8).IsEmpty());
    }

    [Fact]
    public void HostileTextAndCodes_StayExactText()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(SmeReport.Title);
        ReportSheet.AssertText(sheet.Cell(7, 1), "=1+1");
        ReportSheet.AssertText(sheet.Cell(8, 1), "440700101002002001");
    }
}
