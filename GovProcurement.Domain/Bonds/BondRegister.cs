using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Bonds;

/// <summary>One bond of the register: who gave it for what, how much against which cap basis, and how its refund period was kept.</summary>
public sealed record BondRegisterRow(string Number, string Kind, string Reference, string Title, string RegionCode, int LotNumber, string Supplier,
    Money Basis, Money Amount, string? Form, DateOnly? PaidOn, string Status, DateOnly? ReceivedOn, DateOnly? RefundDue, DateOnly? RefundedOn, bool RefundLate,
    string? PaymentReference, string? RefundReference, string? RefundRule);

/// <summary>
/// The bond register (保证金登记表) of the regulator's jurisdiction on the shared report layout (at most
/// <see cref="SupervisionReports.MaxRows"/> rows), and the raw export of the same rows with the references and rules.
/// </summary>
public sealed class BondRegister(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    public const string Title = "保证金登记表";

    internal static readonly ExportColumn<BondRegisterRow>[] Columns =
    [
        ExportColumn<BondRegisterRow>.Text("保证金编号", r => r.Number),
        ExportColumn<BondRegisterRow>.Text("保证金类型", r => r.Kind),
        ExportColumn<BondRegisterRow>.Text("项目（合同）编号", r => r.Reference),
        ExportColumn<BondRegisterRow>.Text("项目（合同）名称", r => r.Title),
        ExportColumn<BondRegisterRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<BondRegisterRow>.Text("采购包", r => r.LotNumber == 0 ? "整个项目" : $"第 {r.LotNumber} 包"),
        ExportColumn<BondRegisterRow>.Text("供应商", r => r.Supplier),
        ExportColumn<BondRegisterRow>.Money("计算基数（预算或合同金额）", r => r.Basis),
        ExportColumn<BondRegisterRow>.Money("保证金金额", r => r.Amount, total: true),
        ExportColumn<BondRegisterRow>.Text("缴纳形式", r => r.Form),
        ExportColumn<BondRegisterRow>.Date("缴纳日期", r => r.PaidOn),
        ExportColumn<BondRegisterRow>.Text("状态", r => r.Status),
        ExportColumn<BondRegisterRow>.Date("确认收到日期", r => r.ReceivedOn),
        ExportColumn<BondRegisterRow>.Date("退还期限", r => r.RefundDue),
        ExportColumn<BondRegisterRow>.Date("退还日期", r => r.RefundedOn),
        ExportColumn<BondRegisterRow>.Text("退还是否逾期", r => r.RefundDue is null ? null : r.RefundLate ? "是" : "否"),
    ];

    private static readonly RawExportWriter<BondRegisterRow> Raw = new(
    [
        .. Columns,
        ExportColumn<BondRegisterRow>.Text("缴纳凭证号", r => r.PaymentReference),
        ExportColumn<BondRegisterRow>.Text("退还凭证号", r => r.RefundReference),
        ExportColumn<BondRegisterRow>.Text("退还期限依据", r => r.RefundRule),
    ], "保证金");

    /// <summary>The register's rows for the actor's jurisdiction, oldest first, at most the report's rows (bonds not yet paid are left out).</summary>
    public async Task<IReadOnlyList<BondRegisterRow>> RowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var bonds = await db.Bonds.AsNoTracking().Where(b => scope.RegionCodes.Contains(b.RegionCode) && b.Status != BondStatus.Required)
            .OrderBy(b => b.PaidUtc).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var facts = await BondDeadlines.FactsAsync(db, bonds, ct);
        var set = await rules.CurrentAsync(ct);
        var today = time.TodayInChina();
        return bonds.Select(b =>
        {
            var due = BondDeadlines.RefundDue(b, facts.GetValueOrDefault(b.Id, BondFacts.None), BondDesk.TermsOf(set, b), WorkingDayCalendar.China);
            return new BondRegisterRow(b.Number, BondTexts.Kind(b.Kind).Zh, b.Reference, b.Title, b.RegionCode, b.LotNumber, b.SupplierName, b.Basis, b.Amount,
                b.Form is { } form ? BondTexts.Form(form).Zh : null, b.PaidOn, BondTexts.Status(b.Status).Zh, b.ReceivedUtc is { } r ? BeijingTime.Day(r) : null,
                due?.Due, b.RefundedOn, due?.IsOverdue(b, today) ?? false, b.PaymentReference, b.RefundReference, due is null ? null : $"自{due.CountsFrom.Zh}起：{due.Citation}");
        }).ToList();
    }

    public async Task<long> WriteRegisterAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, Title, Columns, await RowsAsync(actor, ct), $"本辖区；已缴纳的投标及履约保证金；最多 {SupervisionReports.MaxRows} 行", time.UtcNow(), progress, ct);

    public async Task<long> WriteRawAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await Raw.WriteAsync(output, Stream(await RowsAsync(actor, ct)), progress, ct);

    private static async IAsyncEnumerable<BondRegisterRow> Stream(IReadOnlyList<BondRegisterRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
