using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public class ProjectRegisterTests
{
    private static readonly string[] Headers =
        ["项目编号", "项目名称", "采购人", "采购代理机构", "所属地区", "采购方式", "状态", "预算金额（元）", "投标截止时间", "投标人数", "中标（成交）供应商", "中标（成交）金额（元）"];

    private static readonly ProjectRegisterRow[] Rows =
    [
        new("440700101002002001", "=1+1", "江门市教育局", "-2", "江门市", "公开招标", "已成交", Money.FromYuan(2_000_000m), ReportSheet.Beijing(2026, 12, 1, 9, 30), 5, "@x", Money.FromYuan(1_880_000.25m)),
        new("GDJM-2026-0002", "医疗设备采购", "江门市中心医院", "广东某招标代理有限公司", "蓬江区", "竞争性磋商", "招标中", Money.FromYuan(350_000.10m), null, 0, "", null),
        new("GDJM-2026-0003", "物业服务", "江门市财政局", "", "新会区", "询价", "已成交", Money.FromYuan(80_000m), ReportSheet.Beijing(2026, 10, 9, 14, 0), 3, "江门市某物业公司；鹤山市某服务公司", Money.FromYuan(79_999.75m)),
    ];

    private static byte[] Build() => ProjectRegister.Build(Rows, "江门市；2026 年", ReportSheet.Beijing(2026, 11, 27, 8, 3));

    [Fact]
    public void Register_HasLayoutTypedValuesAndTotals()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(ProjectRegister.Title);
        ReportSheet.AssertLayout(sheet, "采购项目登记表", "江门市；2026 年", "2026-11-27 08:03", Headers, Rows.Length);
        ReportSheet.AssertMoney(sheet.Cell(6, 8), 2_000_000m);
        ReportSheet.AssertDate(sheet.Cell(6, 9), new DateTime(2026, 12, 1, 9, 30, 0), SafeCells.DateTimeFormat);
        ReportSheet.AssertInteger(sheet.Cell(6, 10), 5);
        ReportSheet.AssertMoney(sheet.Cell(6, 12), 1_880_000.25m);
        Assert.True(sheet.Cell(7, 9).IsEmpty());
        ReportSheet.AssertInteger(sheet.Cell(7, 10), 0);
        Assert.True(sheet.Cell(7, 12).IsEmpty());
        ReportSheet.AssertText(sheet.Cell(9, 1), "合计");
        ReportSheet.AssertMoney(sheet.Cell(9, 8), 2_430_000.10m);
        ReportSheet.AssertInteger(sheet.Cell(9, 10), 8);
        ReportSheet.AssertMoney(sheet.Cell(9, 12), 1_960_000.00m);
        Assert.True(sheet.Cell(9, 9).IsEmpty());
        Assert.True(sheet.Cell(9, 11).IsEmpty());
    }

    [Fact]
    public void HostileTextAndCodes_StayExactText()
    {
        using var workbook = ReportSheet.Open(Build());
        var sheet = workbook.Worksheet(ProjectRegister.Title);
        ReportSheet.AssertText(sheet.Cell(6, 1), "440700101002002001");
        ReportSheet.AssertText(sheet.Cell(6, 2), "=1+1");
        ReportSheet.AssertText(sheet.Cell(6, 4), "-2");
        ReportSheet.AssertText(sheet.Cell(6, 11), "@x");
        Assert.True(sheet.Column(1).Width >= "440700101002002001".Length);
    }
}
