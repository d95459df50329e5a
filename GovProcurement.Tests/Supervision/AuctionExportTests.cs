using ClosedXML.Excel;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Tests.Mall.Auctions;
using GovProcurement.Tests.Reporting;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Supervision;

/// <summary>
/// The raw export of reverse auctions, written as the export queue writes it and read back: one row per
/// bid of each closed auction in the order the bids came, the winner marked, safe cells; an auction
/// still open keeps its bidders anonymous and is not exported.
/// </summary>
public sealed class AuctionExportTests : ProjectScenarioTest
{
    private AuctionScenario scenario = default!;

    protected override Task ArrangeAsync()
    {
        scenario = new AuctionScenario(Store.Services, Scenario, Time);
        return Task.CompletedTask;
    }

    private async Task<(IXLWorksheet Sheet, Dictionary<string, int> Headers, byte[] File)> WriteAsync()
    {
        var job = new ExportJob("440000cz", ExportKind.RawMallAuctions, "电子反拍出价原始数据", "电子反拍出价原始数据.xlsx", ExportFilters.None, Time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await Store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        var sheet = new XLWorkbook(new MemoryStream(output.ToArray())).Worksheet(1);
        return (sheet, sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber), output.ToArray());
    }

    [Fact]
    public async Task Closed_auctions_are_one_row_per_bid_in_order_with_the_winner_marked_and_an_open_one_is_left_out()
    {
        var won = await scenario.PostedAsync(await scenario.Mall.FiledPlanAsync(50_000m));
        var failed = await scenario.PostedAsync(await scenario.Mall.FiledPlanAsync(50_000m));
        Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(2, await scenario.Auctions.TakeDueAsync());
        await scenario.BidAsync(won, (0, 39_900m), (1, 39_800m), (2, 39_700m));
        await scenario.BidAsync(failed, (0, 39_000m));
        Time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(2, await scenario.Auctions.TakeDueAsync());
        var open = await scenario.PostedAsync(await scenario.Mall.FiledPlanAsync(50_000m));
        Time.Advance(TimeSpan.FromHours(24));
        await scenario.Auctions.TakeDueAsync();
        await scenario.BidAsync(open, (0, 38_000m));

        var (sheet, h, file) = await WriteAsync();

        Assert.Equal("反拍编号", sheet.Cell(1, 1).GetString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(4, rows.Count);
        var wonRows = rows.Where(r => r.Cell(h["反拍编号"]).GetString() == won.Number).ToList();
        Assert.Equal([1L, 2L, 3L], wonRows.Select(r => r.Cell(h["出价序号"]).GetValue<long>()));
        Assert.Equal([39_900m, 39_800m, 39_700m], wonRows.Select(r => r.Cell(h["出价（元）"]).GetValue<decimal>()));
        Assert.Equal(["否", "否", "是"], wonRows.Select(r => r.Cell(h["是否成交"]).GetString()));
        Assert.All(wonRows, r => Assert.Equal("已成交", r.Cell(h["反拍状态"]).GetString()));
        ReportSheet.AssertMoney(wonRows[0].Cell(h["最高限价（元）"]), 40_000m);
        Assert.Equal(XLDataType.DateTime, wonRows[0].Cell(h["出价时间"]).DataType);
        Assert.Equal("反拍失败", rows.Single(r => r.Cell(h["反拍编号"]).GetString() == failed.Number).Cell(h["反拍状态"]).GetString());
        Assert.DoesNotContain(rows, r => r.Cell(h["反拍编号"]).GetString() == open.Number);
        ReportSheet.AssertNoFormulaAnywhere(file);
    }
}
