using ClosedXML.Excel;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Reporting;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Supervision;

/// <summary>
/// The e-mall exports of the <see cref="EMallStory"/>, written as the export queue writes them and read
/// back with ClosedXML: Chinese headers first, text that stays text, codes exact, real dates, exact money.
/// The bidding closed and was confirmed at 2026-11-29 10:00 Beijing time (02:00 UTC); the rest was ordered at 2026-11-27 09:00.
/// </summary>
public sealed class EMallExportTests : ListingScenario
{
    private static readonly SupervisionPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly DateTime Ordered = new(2026, 11, 27, 9, 0, 0);
    private static readonly DateTime Closed = new(2026, 11, 29, 10, 0, 0);

    private EMallStory story = default!;

    protected override async Task ArrangeAsync()
    {
        await base.ArrangeAsync();
        story = new EMallStory(Store.Services, Scenario, Time);
        await story.TellAsync(Large.OrganizationId!.Value);
    }

    private async Task<(XLWorkbook Workbook, byte[] File)> WriteAsync(ExportKind kind, string owner = "440700cz")
    {
        var job = new ExportJob(owner, kind, kind.ToString(), $"{kind}.xlsx", ExportFilters.Of(Year), Time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await Store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        return (new XLWorkbook(new MemoryStream(output.ToArray())), output.ToArray());
    }

    private static Dictionary<string, int> Headers(IXLWorksheet sheet, int row) =>
        sheet.Row(row).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    [Fact]
    public async Task Raw_orders_are_one_row_per_line_of_every_order_with_safe_cells()
    {
        var (workbook, file) = await WriteAsync(ExportKind.RawMallOrders);
        using var _ = workbook;
        var sheet = workbook.Worksheet(1);
        var h = Headers(sheet, 1);

        Assert.Equal("订单编号", sheet.Cell(1, 1).GetString());
        Assert.Equal(6, sheet.RowsUsed().Count());
        var bidding = sheet.RowsUsed().Skip(1).Single(r => r.Cell(h["采购方式"]).GetString() == "网上竞价");
        ReportSheet.AssertText(bidding.Cell(h["供应商统一社会信用代码"]), ProjectScenario.MicroSupplier);
        ReportSheet.AssertText(bidding.Cell(h["品目编码"]), "A02010104");
        ReportSheet.AssertText(bidding.Cell(h["区划编码"]), "440700");
        ReportSheet.AssertText(bidding.Cell(h["订单状态"]), "已确认");
        ReportSheet.AssertMoney(bidding.Cell(h["行金额（元）"]), 36_500m);
        ReportSheet.AssertMoney(bidding.Cell(h["单价（元）"]), 36_500m);
        ReportSheet.AssertInteger(bidding.Cell(h["数量"]), 1);
        Assert.Equal(XLDataType.DateTime, bidding.Cell(h["确认时间"]).DataType);
        Assert.Equal(Closed, bidding.Cell(h["确认时间"]).GetDateTime());
        var direct = sheet.RowsUsed().Skip(1).Single(r => r.Cell(h["采购方式"]).GetString() == "网上直购" && r.Cell(h["订单状态"]).GetString() == "已确认");
        ReportSheet.AssertMoney(direct.Cell(h["订单总额（元）"]), 9_600m);
        Assert.Equal(Ordered, direct.Cell(h["下单时间"]).GetDateTime());
        Assert.Contains(sheet.RowsUsed(), r => r.Cell(h["订单状态"]).GetString() == "供应商已拒绝");
        Assert.Equal(new[] { "电子反拍", "框架协议采购" }.Order(), sheet.RowsUsed().Select(r => r.Cell(h["采购方式"]).GetString()).Where(m => m.StartsWith('电') || m.StartsWith('框')).Order());
        ReportSheet.AssertNoFormulaAnywhere(file);

        var (heshan, _) = await WriteAsync(ExportKind.RawMallOrders, "440784cz");
        using var __ = heshan;
        Assert.Equal(["440784", "440784"], heshan.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(h["区划编码"]).GetString()));
    }

    [Fact]
    public async Task Raw_biddings_are_one_row_per_quote_of_the_decided_biddings_in_rank_order()
    {
        // A bidding still taking quotes keeps them sealed: it is not exported.
        var open = await story.Mall.QuotedAsync(await story.Mall.FiledPlanAsync(20_000m), Time.GetUtcNow().UtcDateTime, 15_000m, 14_000m);
        var (workbook, file) = await WriteAsync(ExportKind.RawMallBiddings);
        using var _ = workbook;
        var sheet = workbook.Worksheet(1);
        var h = Headers(sheet, 1);

        Assert.Equal("竞价编号", sheet.Cell(1, 1).GetString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(5, rows.Count);
        var awarded = rows.Where(r => r.Cell(h["竞价状态"]).GetString() == "已成交").ToList();
        Assert.Equal([36_500m, 38_000m, 39_000m], awarded.Select(r => r.Cell(h["报价（元）"]).GetValue<decimal>()));
        Assert.Equal([1L, 2L, 3L], awarded.Select(r => r.Cell(h["排名"]).GetValue<long>()));
        ReportSheet.AssertText(awarded[0].Cell(h["供应商统一社会信用代码"]), ProjectScenario.MicroSupplier);
        ReportSheet.AssertText(awarded[0].Cell(h["成交确认"]), "已确认成交");
        ReportSheet.AssertMoney(awarded[0].Cell(h["最高限价（元）"]), 40_000m);
        Assert.Equal(Closed, awarded[0].Cell(h["报价截止时间"]).GetDateTime());
        Assert.Equal(2, rows.Count(r => r.Cell(h["竞价状态"]).GetString() == "竞价失败"));
        Assert.DoesNotContain(rows, r => r.Cell(h["竞价编号"]).GetString() == open.Number);
        Assert.DoesNotContain(rows, r => r.Cell(h["报价（元）"]).GetString() == "14000");
        ReportSheet.AssertNoFormulaAnywhere(file);
    }

    [Fact]
    public async Task The_region_report_lists_each_region_and_totals_with_recomputed_shares()
    {
        var (workbook, file) = await WriteAsync(ExportKind.EMallRegions);
        using var _ = workbook;
        var sheet = workbook.Worksheet(1);
        var headers = EMallReportSheets.RegionColumns.Select(c => c.Header).ToArray();
        ReportSheet.AssertLayout(sheet, EMallReportSheets.RegionsTitle, "辖区：广东省 / 江门市；期间：2026-01-01 至 2026-12-31；订单按供应商确认时间统计，旧平台记录按执行日期",
            "2026-11-29 10:00", headers, 3);
        var h = Headers(sheet, ReportWorkbook.HeaderRow);

        Assert.Equal(["广东省 / 江门市", "广东省 / 江门市 / 台山市", "广东省 / 江门市 / 鹤山市"], Enumerable.Range(6, 3).Select(r => sheet.Cell(r, 1).GetString()));
        ReportSheet.AssertMoney(sheet.Cell(6, h["成交金额（元）"]), 46_100m);
        ReportSheet.AssertMoney(sheet.Cell(6, h["较最高限价节约（元）"]), 3_500m);
        ReportSheet.AssertMoney(sheet.Cell(8, h["电子反拍金额（元）"]), 1_000_000m);
        ReportSheet.AssertMoney(sheet.Cell(9, h["成交金额（元）"]), 1_246_100m);
        ReportSheet.AssertMoney(sheet.Cell(9, h["较预算节约（元）"]), 213_900m);
        ReportSheet.AssertPercent(sheet.Cell(9, h["中小企业比例"]), 1_046_100m / 1_246_100m);
        ReportSheet.AssertPercent(sheet.Cell(9, h["竞价失败比例"]), 0.5m);
        ReportSheet.AssertInteger(sheet.Cell(9, h["旧平台执行记录数"]), 1);
        ReportSheet.AssertNoFormulaAnywhere(file);
    }

    [Fact]
    public async Task The_class_failed_bidding_and_price_flag_reports_list_their_rows()
    {
        var (classes, _) = await WriteAsync(ExportKind.EMallCatalogueClasses);
        var (failed, _) = await WriteAsync(ExportKind.EMallFailedBiddings);
        var (flags, _) = await WriteAsync(ExportKind.EMallPriceFlags);
        using var a = classes;
        using var b = failed;
        using var c = flags;
        var row = ReportWorkbook.HeaderRow + 1;

        Assert.Equal(["A02", "通用设备"], [classes.Worksheet(1).Cell(row, 1).GetString(), classes.Worksheet(1).Cell(row, 2).GetString()]);
        ReportSheet.AssertMoney(classes.Worksheet(1).Cell(row, 4), 1_046_100m);
        ReportSheet.AssertMoney(failed.Worksheet(1).Cell(row, 5), 20_000m);
        ReportSheet.AssertInteger(failed.Worksheet(1).Cell(row, 8), 2);
        var flag = flags.Worksheet(1);
        ReportSheet.AssertText(flag.Cell(row, 1), "A02010104");
        ReportSheet.AssertMoney(flag.Cell(row, 5), 9_000m);
        ReportSheet.AssertText(flag.Cell(row, 6), "同品目中位数");
        ReportSheet.AssertPercent(flag.Cell(row, 9), 0.8367m);
    }
}
