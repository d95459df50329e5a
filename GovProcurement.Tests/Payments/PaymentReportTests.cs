using ClosedXML.Excel;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Reporting;
using GovProcurement.Tests.Reporting;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// The payment register, the raw payments and the annual arrears disclosure as the export queue writes them, read back: an SME contract
/// signed 2026-11-27, delivered 11-30 and accepted 12-10, its prepayment paid two days late, its delivery instalment paid in part and its
/// acceptance instalment not at all, looked at on 2027-01-15.
/// </summary>
public sealed class PaymentReportTests : ProjectScenarioTest
{
    private static readonly DateOnly SignedOn = new(2026, 11, 27);

    private PaymentScenario s = default!;

    protected override void ConfigureStore(IServiceCollection services) => services.AddSingleton<IContractMilestones, FakeContractMilestones>();

    protected override Task ArrangeAsync()
    {
        s = new PaymentScenario(Store, Scenario);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_register_the_raw_payments_and_the_arrears_of_each_year_read_back()
    {
        var id = await s.ContractAsync();
        s.Milestones.Set(id, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 10));
        Time.Advance(TimeSpan.FromDays(49)); // 2027-01-15
        await s.PayAsync(id, 1, 1_440m, new DateOnly(2026, 12, 29), "GK-2026-0001");
        await s.PayAsync(id, 2, 1_000m, new DateOnly(2026, 12, 30), "GK-2026-0002");

        var register = (await WriteAsync(ExportKind.PaymentRegister)).Worksheet(1);
        Assert.Equal(PaymentRegister.Title, register.Cell(ReportWorkbook.TitleRow, 1).GetString());
        var headers = register.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        IXLRow Row(int instalment) => register.RowsUsed().Single(r => r.RowNumber() > ReportWorkbook.HeaderRow && r.Cell(headers["期次"]).GetString() == instalment.ToString());
        // The prepayment is due Monday 12-28 (30 days is Sunday 12-27) and the acceptance instalment Monday 2027-01-11 (Saturday 01-09 moved).
        Assert.Equal("已付清（逾期 1 日支付）", Row(1).Cell(headers["状态"]).GetString());
        ReportSheet.AssertMoney(Row(1).Cell(headers["逾期利息"]), 0.72m);
        ReportSheet.AssertMoney(Row(2).Cell(headers["未付金额"]), 440m);
        Assert.Equal("已逾期 16 日", Row(2).Cell(headers["状态"]).GetString());
        ReportSheet.AssertMoney(Row(2).Cell(headers["逾期利息"]), 3.52m);
        ReportSheet.AssertInteger(Row(3).Cell(headers["逾期天数"]), 4);
        ReportSheet.AssertMoney(Row(3).Cell(headers["逾期利息"]), 3.84m);
        Assert.Equal(new DateTime(2027, 1, 11), Row(3).Cell(headers["到期日"]).GetDateTime());
        Assert.Contains("万分之五", Row(3).Cell(headers["逾期利息依据"]).GetString(), StringComparison.Ordinal);
        Assert.Contains("30日内", Row(3).Cell(headers["付款期限依据"]).GetString(), StringComparison.Ordinal);

        var raw = (await WriteAsync(ExportKind.RawPayments)).Worksheet(1);
        var rawHeaders = raw.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.Equal(3, raw.RowsUsed().Count());
        Assert.Equal("GK-2026-0001", raw.Cell(2, rawHeaders["凭证号或备注"]).GetString());
        Assert.Equal(1, raw.Cell(2, rawHeaders["逾期天数"]).GetValue<int>());
        Assert.Equal(0, raw.Cell(3, rawHeaders["逾期天数"]).GetValue<int>());

        // At the end of 2026 only the delivery instalment's 440 yuan is overdue, one day; by 2027-01-15 the acceptance instalment too.
        AssertArrears((await WriteAsync(ExportKind.ArrearsDisclosure, 2026)).Worksheet(1), 440m, 0.22m);
        AssertArrears((await WriteAsync(ExportKind.ArrearsDisclosure, 2027)).Worksheet(1), 2_360m, 7.36m);
    }

    private static void AssertArrears(IXLWorksheet sheet, decimal overdue, decimal interest)
    {
        Assert.Equal(PaymentRegister.ArrearsTitle, sheet.Cell(ReportWorkbook.TitleRow, 1).GetString());
        var headers = sheet.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.Row(ReportWorkbook.HeaderRow + 1);
        Assert.Contains("江门市第一中学", row.Cell(headers["单位名称"]).GetString(), StringComparison.Ordinal);
        ReportSheet.AssertInteger(row.Cell(headers["逾期未支付合同数"]), 1);
        ReportSheet.AssertMoney(row.Cell(headers["逾期未支付金额"]), overdue);
        ReportSheet.AssertMoney(row.Cell(headers["逾期利息"]), interest);
    }

    private async Task<XLWorkbook> WriteAsync(ExportKind kind, int? year = null)
    {
        var filters = year is { } y ? new ExportFilters(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)) : ExportFilters.None;
        var job = new ExportJob("440700cz", kind, "合同支付", "合同支付.xlsx", filters, Time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await Store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        ReportSheet.AssertNoFormulaAnywhere(output.ToArray());
        return ReportSheet.Open(output.ToArray());
    }
}
