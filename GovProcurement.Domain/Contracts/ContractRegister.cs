using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>One contract of the register: its parties, amount, dates, the statutory periods and whether each was kept.</summary>
public sealed record ContractRegisterRow(GovContract Contract, DateOnly? SigningDue, DateOnly? PublicationDue, DateOnly? PublishedOn, DateOnly? FilingDue, DateOnly? FiledOn,
    bool SigningLate, bool PublicationLate, bool FilingLate)
{
    public static ContractRegisterRow Of(GovContract c, ContractTerms terms, DateOnly today)
    {
        var calendar = WorkingDayCalendar.China;
        DateOnly? signingDue = c.IsAddOn ? null : ContractDeadlines.SigningDue(c.AwardedOn, terms, calendar);
        DateOnly? publicationDue = c.SignedOn is { } s ? ContractDeadlines.PublicationDue(s, terms, calendar) : null;
        DateOnly? filingDue = c.SignedOn is { } f ? ContractDeadlines.FilingDue(f, terms, calendar) : null;
        DateOnly? publishedOn = c.PublishedUtc is { } p ? BeijingTime.Day(p) : null;
        DateOnly? filedOn = c.FiledUtc is { } d ? BeijingTime.Day(d) : null;
        return new ContractRegisterRow(c, signingDue, publicationDue, publishedOn, filingDue, filedOn,
            signingDue is { } sd && (c.SignedOn ?? today) > sd, publicationDue is { } pd && (publishedOn ?? today) > pd, filingDue is { } fd && (filedOn ?? today) > fd);
    }
}

/// <summary>One region's contracts by status with the periods missed (合同备案情况).</summary>
public sealed record ContractFilingRow(string Region, int Count, Money Amount, int Unsigned, int Signed, int Published, int Filed, int AddOns,
    int SigningLate, int PublicationLate, int FilingLate);

/// <summary>
/// The contract register (合同登记表) and the filing status report (合同备案情况) of the regulator's jurisdiction on the
/// shared report layout (at most <see cref="SupervisionReports.MaxRows"/> contracts), and the raw export of the contracts
/// with their terms. A period counts as missed when kept after its last day or still open after it.
/// </summary>
public sealed class ContractRegister(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time)
{
    public const string Title = "合同登记表";
    public const string FilingTitle = "合同备案情况";

    private static string YesNo(bool value) => value ? "是" : "否";

    internal static readonly ExportColumn<ContractRegisterRow>[] Columns =
    [
        ExportColumn<ContractRegisterRow>.Text("合同编号", r => r.Contract.Number),
        ExportColumn<ContractRegisterRow>.Text("合同类型", r => r.Contract.IsAddOn ? "补充合同" : "原合同"),
        ExportColumn<ContractRegisterRow>.Text("原合同编号", r => r.Contract.ParentNumber),
        ExportColumn<ContractRegisterRow>.Text("合同来源", r => ContractTexts.Source(r.Contract.Source).Zh),
        ExportColumn<ContractRegisterRow>.Text("项目/订单编号", r => r.Contract.Reference),
        ExportColumn<ContractRegisterRow>.Text("采购标的", r => r.Contract.Title),
        ExportColumn<ContractRegisterRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.Contract.RegionCode)),
        ExportColumn<ContractRegisterRow>.Text("采购人", r => r.Contract.PurchaserName),
        ExportColumn<ContractRegisterRow>.Text("供应商", r => r.Contract.SupplierName),
        ExportColumn<ContractRegisterRow>.Money("合同金额", r => r.Contract.Amount, total: true),
        ExportColumn<ContractRegisterRow>.Date("中标（成交）日期", r => r.Contract.AwardedOn),
        ExportColumn<ContractRegisterRow>.Date("签订期限", r => r.SigningDue),
        ExportColumn<ContractRegisterRow>.Date("签订日期", r => r.Contract.SignedOn),
        ExportColumn<ContractRegisterRow>.Date("公告期限", r => r.PublicationDue),
        ExportColumn<ContractRegisterRow>.Date("公告日期", r => r.PublishedOn),
        ExportColumn<ContractRegisterRow>.Date("备案期限", r => r.FilingDue),
        ExportColumn<ContractRegisterRow>.Date("备案日期", r => r.FiledOn),
        ExportColumn<ContractRegisterRow>.Text("合同状态", r => ExportLabels.Contract(r.Contract.Status)),
        ExportColumn<ContractRegisterRow>.Text("签订是否逾期", r => r.SigningDue is null ? null : YesNo(r.SigningLate)),
        ExportColumn<ContractRegisterRow>.Text("公告是否逾期", r => r.PublicationDue is null ? null : YesNo(r.PublicationLate)),
        ExportColumn<ContractRegisterRow>.Text("备案是否逾期", r => r.FilingDue is null ? null : YesNo(r.FilingLate)),
    ];

    internal static readonly ExportColumn<ContractFilingRow>[] FilingColumns =
    [
        ExportColumn<ContractFilingRow>.Text("地区", r => r.Region),
        ExportColumn<ContractFilingRow>.Integer("合同数", r => r.Count, total: true),
        ExportColumn<ContractFilingRow>.Money("合同金额", r => r.Amount, total: true),
        ExportColumn<ContractFilingRow>.Integer("未签订", r => r.Unsigned, total: true),
        ExportColumn<ContractFilingRow>.Integer("已签订待公告", r => r.Signed, total: true),
        ExportColumn<ContractFilingRow>.Integer("已公告待备案", r => r.Published, total: true),
        ExportColumn<ContractFilingRow>.Integer("已备案", r => r.Filed, total: true),
        ExportColumn<ContractFilingRow>.Integer("其中补充合同", r => r.AddOns, total: true),
        ExportColumn<ContractFilingRow>.Integer("签订逾期", r => r.SigningLate, total: true),
        ExportColumn<ContractFilingRow>.Integer("公告逾期", r => r.PublicationLate, total: true),
        ExportColumn<ContractFilingRow>.Integer("备案逾期", r => r.FilingLate, total: true),
    ];

    private static readonly RawExportWriter<ContractRegisterRow> Raw = new(
    [
        .. Columns,
        ExportColumn<ContractRegisterRow>.Text("采购计划编号", r => r.Contract.PlanNumber),
        ExportColumn<ContractRegisterRow>.Text("包组", r => r.Contract.LotNumbers),
        ExportColumn<ContractRegisterRow>.Money("金额上限", r => r.Contract.Ceiling),
        ExportColumn<ContractRegisterRow>.Date("履约开始", r => r.Contract.PerformanceFrom),
        ExportColumn<ContractRegisterRow>.Date("履约结束", r => r.Contract.PerformanceTo),
        ExportColumn<ContractRegisterRow>.Text("履约地点", r => r.Contract.PerformancePlace),
        ExportColumn<ContractRegisterRow>.Integer("付款期限（日）", r => r.Contract.PaymentTermDays),
        ExportColumn<ContractRegisterRow>.Text("中小企业合同", r => YesNo(r.Contract.Sme)),
        ExportColumn<ContractRegisterRow>.Text("合同融资", r => YesNo(r.Contract.Financing)),
        ExportColumn<ContractRegisterRow>.Text("补充理由", r => r.Contract.AddOnReason),
        ExportColumn<ContractRegisterRow>.Text("退回理由", r => r.Contract.ReturnReason),
        ExportColumn<ContractRegisterRow>.Text("合同文本摘要（SHA-256）", r => r.Contract.Digest),
    ], "合同");

    /// <summary>The register's rows for the actor's jurisdiction, oldest first, at most the report's rows.</summary>
    public async Task<IReadOnlyList<ContractRegisterRow>> RowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        return await RowsAsync(db, scope, ct);
    }

    /// <summary>The jurisdiction's contracts by region (each child region the jurisdiction rolls up to), with the periods missed.</summary>
    public async Task<IReadOnlyList<ContractFilingRow>> FilingRowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        return (await RowsAsync(db, scope, ct)).GroupBy(r => scope.RollUp(r.Contract.RegionCode)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ContractFilingRow(RegionDirectory.Guangdong.PathName(g.Key), g.Count(), g.Select(r => r.Contract.Amount).Total(),
                g.Count(r => r.Contract.Status is ContractStatus.Draft or ContractStatus.SentToSupplier), g.Count(r => r.Contract.Status == ContractStatus.Signed),
                g.Count(r => r.Contract.Status == ContractStatus.Published), g.Count(r => r.Contract.Status == ContractStatus.Filed), g.Count(r => r.Contract.IsAddOn),
                g.Count(r => r.SigningLate), g.Count(r => r.PublicationLate), g.Count(r => r.FilingLate)))
            .ToList();
    }

    public async Task<long> WriteRegisterAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, Title, Columns, await RowsAsync(actor, ct), $"本辖区；全部合同（含补充合同）；最多 {SupervisionReports.MaxRows} 行", time.UtcNow(), progress, ct);

    public async Task<long> WriteFilingAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, FilingTitle, FilingColumns, await FilingRowsAsync(actor, ct),
            $"本辖区；按地区；逾期含逾期后完成及仍未完成；最多统计 {SupervisionReports.MaxRows} 份合同", time.UtcNow(), progress, ct);

    public async Task<long> WriteRawAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await Raw.WriteAsync(output, Stream(await RowsAsync(actor, ct)), progress, ct);

    private async Task<IReadOnlyList<ContractRegisterRow>> RowsAsync(GovProcurementDbContext db, Jurisdiction scope, CancellationToken ct)
    {
        var contracts = await db.Contracts.AsNoTracking().Where(c => scope.RegionCodes.Contains(c.RegionCode))
            .OrderBy(c => c.CreatedUtc).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var set = await rules.CurrentAsync(ct);
        var today = time.TodayInChina();
        return contracts.Select(c => ContractRegisterRow.Of(c, ContractRules.On(set, c.RegionCode, c.AwardedOn), today)).ToList();
    }

    private static async IAsyncEnumerable<ContractRegisterRow> Stream(IReadOnlyList<ContractRegisterRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
