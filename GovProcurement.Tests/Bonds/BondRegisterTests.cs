using ClosedXML.Excel;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Payments;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Bonds;

/// <summary>
/// The bond register, its raw export and the bond-refund-overdue exception, on a performance bond of 480 yuan (10 % of a
/// 4,800-yuan e-mall contract performed to 2026-12-31): the register's row and columns, a bond only required (not paid)
/// left out, and the exception on both sides of the refund deadline (Friday 2027-01-08, five working days after the period
/// across New Year's Day): absent on the due day, present the next day, gone once refunded.
/// </summary>
public sealed class BondRegisterTests : ProjectScenarioTest
{
    private static readonly Money BondAmount = Money.FromYuan(480m);

    private PaymentScenario s = default!;

    private BondDesk Desk => Store.Get<BondDesk>();

    protected override Task ArrangeAsync()
    {
        s = new PaymentScenario(Store, Scenario);
        return Task.CompletedTask;
    }

    private void Today(DateOnly day) => Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));

    private Task<Guid> SignedAsync() =>
        s.ContractAsync(draft: PaymentScenario.Draft() with { PerformanceTo = new DateOnly(2026, 12, 31), PerformanceBondShare = 1000 });

    /// <summary>A bond paid by guarantee letter today (2026-11-27) and confirmed by the purchaser, and a second contract's bond only required.</summary>
    private async Task<(Bond Paid, Bond Required)> BondsAsync()
    {
        var op = await s.Mall.OperatorAsync();
        var supplier = await s.Mall.SupplierAsync(0);
        var paid = await Desk.RequirePerformanceBondAsync(await SignedAsync(), op);
        await Desk.RecordPaymentAsync(new BondKey(paid.Id, null), new BondPayment(BondForm.GuaranteeLetter, BondAmount, new DateOnly(2026, 11, 27), "BH-2026-0001"), supplier);
        await Desk.ConfirmReceiptAsync(paid.Id, op);
        var required = await Desk.RequirePerformanceBondAsync(await SignedAsync(), op);
        return (paid, required);
    }

    private async Task<IReadOnlyList<SupervisionException>> OverdueAsync(Bond bond) =>
        (await Store.Get<SupervisionExceptions>().ListAsync(await Scenario.ActorAsync(ProjectScenario.Regulator)))
            .Where(e => e.Kind == ExceptionKind.BondRefundOverdue && e.Key == $"bond:{bond.Id:N}").ToList();

    [Fact]
    public async Task The_register_lists_a_paid_bond_with_its_cap_basis_form_and_refund_deadline_and_leaves_out_one_only_required()
    {
        var (paid, required) = await BondsAsync();
        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);

        var rows = await Store.Get<BondRegister>().RowsAsync(regulator);

        Assert.DoesNotContain(rows, r => r.Number == required.Number);
        var row = Assert.Single(rows, r => r.Number == paid.Number);
        Assert.Equal((BondTexts.Kind(BondKind.Performance).Zh, Money.FromYuan(4_800m), BondAmount, BondTexts.Form(BondForm.GuaranteeLetter).Zh),
            (row.Kind, row.Basis, row.Amount, row.Form));
        Assert.Equal((new DateOnly(2026, 11, 27), BondTexts.Status(BondStatus.Received).Zh, (DateOnly?)new DateOnly(2026, 11, 27)), (row.PaidOn, row.Status, row.ReceivedOn));
        Assert.Equal((new DateOnly(2027, 1, 8), (DateOnly?)null, false), (row.RefundDue, row.RefundedOn, row.RefundLate));
        Assert.Equal(("BH-2026-0001", (string?)null), (row.PaymentReference, row.RefundReference));
        Assert.StartsWith("自合同履行期限届满（2026-12-31）起：", row.RefundRule, StringComparison.Ordinal);

        Today(new DateOnly(2027, 1, 9));
        Assert.True(Assert.Single(await Store.Get<BondRegister>().RowsAsync(regulator), r => r.Number == paid.Number).RefundLate);
    }

    [Fact]
    public async Task The_register_workbook_and_the_raw_export_have_their_columns_and_the_bonds_row()
    {
        var (paid, _) = await BondsAsync();
        var regulator = await Scenario.ActorAsync(ProjectScenario.Regulator);
        string[] register = ["保证金编号", "保证金类型", "项目（合同）编号", "项目（合同）名称", "所属地区", "采购包", "供应商", "计算基数（预算或合同金额）", "保证金金额",
            "缴纳形式", "缴纳日期", "状态", "确认收到日期", "退还期限", "退还日期", "退还是否逾期"];

        using var styled = await WriteAsync(stream => Store.Get<BondRegister>().WriteRegisterAsync(stream, regulator, null, CancellationToken.None));
        var sheet = styled.Worksheet(1);
        Assert.Equal(BondRegister.Title, sheet.Cell(ReportWorkbook.TitleRow, 1).GetString());
        Assert.Equal(register, Headers(sheet, ReportWorkbook.HeaderRow));
        var row = RowOf(sheet, ReportWorkbook.HeaderRow, paid.Number);
        Assert.Equal(("履约保证金", 480m, "整个项目", "否"), (Cell(sheet, row, ReportWorkbook.HeaderRow, "保证金类型").GetString(),
            Cell(sheet, row, ReportWorkbook.HeaderRow, "保证金金额").GetValue<decimal>(), Cell(sheet, row, ReportWorkbook.HeaderRow, "采购包").GetString(),
            Cell(sheet, row, ReportWorkbook.HeaderRow, "退还是否逾期").GetString()));
        Assert.Equal(new DateTime(2027, 1, 8), Cell(sheet, row, ReportWorkbook.HeaderRow, "退还期限").GetDateTime());

        using var raw = await WriteAsync(stream => Store.Get<BondRegister>().WriteRawAsync(stream, regulator, null, CancellationToken.None));
        var rawSheet = raw.Worksheet(1);
        Assert.Equal([.. register, "缴纳凭证号", "退还凭证号", "退还期限依据"], Headers(rawSheet, 1));
        var rawRow = RowOf(rawSheet, 1, paid.Number);
        Assert.Equal("BH-2026-0001", Cell(rawSheet, rawRow, 1, "缴纳凭证号").GetString());
        Assert.Contains("待核实", Cell(rawSheet, rawRow, 1, "退还期限依据").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bond_held_past_its_refund_deadline_is_an_exception_the_day_after_and_not_on_the_day()
    {
        var (paid, required) = await BondsAsync();

        Today(new DateOnly(2027, 1, 8));
        Assert.Empty(await OverdueAsync(paid));

        Today(new DateOnly(2027, 1, 9));
        var overdue = Assert.Single(await OverdueAsync(paid));
        Assert.Equal(((Money?)BondAmount, new DateOnly(2027, 1, 9)), (overdue.Amount, overdue.DetectedOn));
        Assert.Contains("于 2027-01-08 前退还", overdue.Detail.Zh, StringComparison.Ordinal);
        Assert.Contains("履约保证金", overdue.Detail.Zh, StringComparison.Ordinal);
        Assert.Empty(await OverdueAsync(required));

        await Desk.RefundAsync(paid.Id, "TH-2027-0001", await s.Mall.OperatorAsync());
        Assert.Empty(await OverdueAsync(paid));
    }

    private static async Task<XLWorkbook> WriteAsync(Func<Stream, Task<long>> write)
    {
        var stream = new MemoryStream();
        await write(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static string[] Headers(IXLWorksheet sheet, int headerRow) => sheet.Row(headerRow).CellsUsed().Select(c => c.GetString()).ToArray();

    private static int RowOf(IXLWorksheet sheet, int headerRow, string number) =>
        sheet.RowsUsed().Single(r => r.RowNumber() > headerRow && r.Cell(1).GetString() == number).RowNumber();

    private static IXLCell Cell(IXLWorksheet sheet, int row, int headerRow, string header) =>
        sheet.Cell(row, sheet.Row(headerRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber);
}
