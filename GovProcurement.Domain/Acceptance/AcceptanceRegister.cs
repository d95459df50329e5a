using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>One acceptance of the register: the contract, the deliveries, the plan and group, the result and both confirmations.</summary>
public sealed record AcceptanceRegisterRow(string Number, string ContractNumber, string Title, string RegionCode, string Purchaser, string Supplier, Money Amount,
    int Round, int Deliveries, DateOnly? DeliveredOn, DateOnly? PlannedOn, string? Method, bool PublicService, int Members, string? Result, string Status,
    DateTime? PurchaserConfirmedUtc, DateTime? SupplierConfirmedUtc, DateOnly? AcceptedOn, int FailedRounds, string? Digest,
    string Group, string Checks, string? Opinion);

/// <summary>
/// The acceptance register (履约验收登记表) of the regulator's jurisdiction on the shared report layout (at most
/// <see cref="SupervisionReports.MaxRows"/> rows), and the raw export of the same rows with the group and each item's check.
/// </summary>
public sealed class AcceptanceRegister(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    public const string Title = "履约验收登记表";

    internal static readonly ExportColumn<AcceptanceRegisterRow>[] Columns =
    [
        ExportColumn<AcceptanceRegisterRow>.Text("验收书编号", r => r.Number),
        ExportColumn<AcceptanceRegisterRow>.Text("合同编号", r => r.ContractNumber),
        ExportColumn<AcceptanceRegisterRow>.Text("合同名称", r => r.Title),
        ExportColumn<AcceptanceRegisterRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<AcceptanceRegisterRow>.Text("采购人", r => r.Purchaser),
        ExportColumn<AcceptanceRegisterRow>.Text("供应商", r => r.Supplier),
        ExportColumn<AcceptanceRegisterRow>.Money("合同金额（元）", r => r.Amount),
        ExportColumn<AcceptanceRegisterRow>.Integer("验收次数", r => r.Round),
        ExportColumn<AcceptanceRegisterRow>.Integer("本次交付批次", r => r.Deliveries),
        ExportColumn<AcceptanceRegisterRow>.Date("交付完毕日期", r => r.DeliveredOn),
        ExportColumn<AcceptanceRegisterRow>.Date("验收日期", r => r.PlannedOn),
        ExportColumn<AcceptanceRegisterRow>.Text("验收方式", r => r.Method),
        ExportColumn<AcceptanceRegisterRow>.Text("公共服务项目", r => r.PublicService ? "是" : "否"),
        ExportColumn<AcceptanceRegisterRow>.Integer("验收小组人数", r => r.Members),
        ExportColumn<AcceptanceRegisterRow>.Text("验收结论", r => r.Result),
        ExportColumn<AcceptanceRegisterRow>.Text("验收状态", r => r.Status),
        ExportColumn<AcceptanceRegisterRow>.DateTime("采购人确认时间", r => r.PurchaserConfirmedUtc),
        ExportColumn<AcceptanceRegisterRow>.DateTime("供应商确认时间", r => r.SupplierConfirmedUtc),
        ExportColumn<AcceptanceRegisterRow>.Date("验收合格日期", r => r.AcceptedOn),
        ExportColumn<AcceptanceRegisterRow>.Integer("不合格次数", r => r.FailedRounds),
    ];

    private static readonly RawExportWriter<AcceptanceRegisterRow> Raw = new(
    [
        .. Columns,
        ExportColumn<AcceptanceRegisterRow>.Text("验收书校验码", r => r.Digest),
        ExportColumn<AcceptanceRegisterRow>.Text("验收小组", r => r.Group),
        ExportColumn<AcceptanceRegisterRow>.Text("逐项验收", r => r.Checks),
        ExportColumn<AcceptanceRegisterRow>.Text("验收意见", r => r.Opinion),
    ], "履约验收");

    /// <summary>The register's rows for the actor's jurisdiction, oldest first, at most the report's rows.</summary>
    public async Task<IReadOnlyList<AcceptanceRegisterRow>> RowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var acceptances = await db.Acceptances.AsNoTracking().Where(a => scope.RegionCodes.Contains(a.RegionCode))
            .OrderBy(a => a.CreatedUtc).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        return acceptances.Select(Row).ToList();
    }

    public async Task<long> WriteRegisterAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, Title, Columns, await RowsAsync(actor, ct), $"本辖区；全部履约验收；最多 {SupervisionReports.MaxRows} 行", time.UtcNow(), progress, ct);

    public async Task<long> WriteRawAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await Raw.WriteAsync(output, Stream(await RowsAsync(actor, ct)), progress, ct);

    internal static AcceptanceRegisterRow Row(ContractAcceptance a)
    {
        var items = a.Items;
        var concluded = a.ResultPassed is not null;
        return new AcceptanceRegisterRow(a.Number, a.ContractNumber, a.Title, a.RegionCode, a.PurchaserName, a.SupplierName, a.Amount,
            a.Round, a.Deliveries.Count(d => d.Round == a.Round), a.DeliveredOn, a.PlannedOn, a.Method is { } m ? AcceptanceTexts.Method(m).Zh : null, a.PublicService,
            a.Members.Count, a.ResultPassed is { } passed ? AcceptanceTexts.Result(passed).Zh : null, AcceptanceTexts.Status(a.Status).Zh,
            a.ConfirmationOf(ContractParty.Purchaser)?.AtUtc, a.ConfirmationOf(ContractParty.Supplier)?.AtUtc, a.AcceptedOn, a.History.Count,
            concluded ? a.Digest : null,
            string.Join("；", a.Members.Select(m => $"{m.Name}（{AcceptanceTexts.Role(m.Role).Zh}）")),
            string.Join("；", a.Checks.Select(c => $"{(c.Item <= items.Count ? items[c.Item - 1].Name : $"#{c.Item}")}：{AcceptanceText.Mark(c.Passed)}{(c.Note is { Length: > 0 } n ? "，" + n : "")}")),
            a.ResultNote);
    }

    private static async IAsyncEnumerable<AcceptanceRegisterRow> Stream(IReadOnlyList<AcceptanceRegisterRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
