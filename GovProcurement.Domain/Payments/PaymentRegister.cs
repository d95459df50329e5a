using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Payments;

/// <summary>One instalment of the payment register on today: the contract, the amount, due date, what is paid, and how late with its interest and rules.</summary>
public sealed record PaymentRegisterRow(string ContractNumber, string Purchaser, string Supplier, bool Sme, string RegionCode, int Instalment, string Condition,
    Money Amount, DateOnly? StartsOn, DateOnly? DueOn, Money Paid, Money Outstanding, string State, int DaysOverdue, Money Interest, string TermCitation, string InterestCitation);

/// <summary>One recorded payment of the raw export.</summary>
public sealed record PaymentRawRow(string ContractNumber, string Purchaser, string Supplier, bool Sme, string RegionCode, int Instalment, Money Amount, DateOnly PaidOn,
    DateOnly? DueOn, int DaysLate, string Note, string RecordedBy, DateTime RecordedUtc);

/// <summary>One unit's line of the annual arrears disclosure: its SME contracts overdue and unpaid at the year's end (or today), and the interest to then.</summary>
public sealed record ArrearsRow(string Unit, string RegionCode, int SmeContracts, int OverdueContracts, int Suppliers, Money Overdue, Money Interest);

/// <summary>
/// The payment and overdue register (合同支付及逾期情况表) of the regulator's jurisdiction on the shared report layout,
/// the raw export of every recorded payment, and the annual arrears disclosure (年度拖欠中小企业款项情况), per unit,
/// of the amounts overdue to SMEs at the end of the year (保障中小企业款项支付条例: units publish them yearly).
/// </summary>
public sealed class PaymentRegister(IDbContextFactory<GovProcurementDbContext> store, ProcurementRuleBook rules, TimeProvider time, IContractMilestones milestones)
{
    public const string Title = "合同支付及逾期情况表";
    public const string ArrearsTitle = "年度拖欠中小企业款项情况表";

    internal static readonly ExportColumn<PaymentRegisterRow>[] Columns =
    [
        ExportColumn<PaymentRegisterRow>.Text("合同编号", r => r.ContractNumber),
        ExportColumn<PaymentRegisterRow>.Text("采购人", r => r.Purchaser),
        ExportColumn<PaymentRegisterRow>.Text("供应商", r => r.Supplier),
        ExportColumn<PaymentRegisterRow>.Text("中小企业", r => r.Sme ? "是" : "否"),
        ExportColumn<PaymentRegisterRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<PaymentRegisterRow>.Integer("期次", r => r.Instalment),
        ExportColumn<PaymentRegisterRow>.Text("支付条件", r => r.Condition),
        ExportColumn<PaymentRegisterRow>.Money("应付金额", r => r.Amount, total: true),
        ExportColumn<PaymentRegisterRow>.Date("起算日", r => r.StartsOn),
        ExportColumn<PaymentRegisterRow>.Date("到期日", r => r.DueOn),
        ExportColumn<PaymentRegisterRow>.Money("已付金额", r => r.Paid, total: true),
        ExportColumn<PaymentRegisterRow>.Money("未付金额", r => r.Outstanding, total: true),
        ExportColumn<PaymentRegisterRow>.Text("状态", r => r.State),
        ExportColumn<PaymentRegisterRow>.Integer("逾期天数", r => r.DaysOverdue),
        ExportColumn<PaymentRegisterRow>.Money("逾期利息", r => r.Interest, total: true),
        ExportColumn<PaymentRegisterRow>.Text("付款期限依据", r => r.TermCitation),
        ExportColumn<PaymentRegisterRow>.Text("逾期利息依据", r => r.InterestCitation),
    ];

    private static readonly RawExportWriter<PaymentRawRow> Raw = new(
    [
        ExportColumn<PaymentRawRow>.Text("合同编号", r => r.ContractNumber),
        ExportColumn<PaymentRawRow>.Text("采购人", r => r.Purchaser),
        ExportColumn<PaymentRawRow>.Text("供应商", r => r.Supplier),
        ExportColumn<PaymentRawRow>.Text("中小企业", r => r.Sme ? "是" : "否"),
        ExportColumn<PaymentRawRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<PaymentRawRow>.Integer("期次", r => r.Instalment),
        ExportColumn<PaymentRawRow>.Money("付款金额", r => r.Amount),
        ExportColumn<PaymentRawRow>.Date("付款日期", r => r.PaidOn),
        ExportColumn<PaymentRawRow>.Date("到期日", r => r.DueOn),
        ExportColumn<PaymentRawRow>.Integer("逾期天数", r => r.DaysLate),
        ExportColumn<PaymentRawRow>.Text("凭证号或备注", r => r.Note),
        ExportColumn<PaymentRawRow>.Text("登记人", r => r.RecordedBy),
        ExportColumn<PaymentRawRow>.DateTime("登记时间", r => r.RecordedUtc),
    ], "合同支付");

    internal static readonly ExportColumn<ArrearsRow>[] ArrearsColumns =
    [
        ExportColumn<ArrearsRow>.Text("单位名称", r => r.Unit),
        ExportColumn<ArrearsRow>.Text("所属地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<ArrearsRow>.Integer("中小企业合同数", r => r.SmeContracts, total: true),
        ExportColumn<ArrearsRow>.Integer("逾期未支付合同数", r => r.OverdueContracts, total: true),
        ExportColumn<ArrearsRow>.Integer("涉及中小企业数", r => r.Suppliers, total: true),
        ExportColumn<ArrearsRow>.Money("逾期未支付金额", r => r.Overdue, total: true),
        ExportColumn<ArrearsRow>.Money("逾期利息", r => r.Interest, total: true),
    ];

    /// <summary>The register's rows for the actor's jurisdiction on today, the earliest signed contract first, at most the report's rows.</summary>
    public async Task<IReadOnlyList<PaymentRegisterRow>> RowsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var contracts = await Signed(db, scope).OrderBy(c => c.SignedOn).ThenBy(c => c.Number).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var schedules = await ContractPayments.SchedulesAsync(db, milestones, await rules.CurrentAsync(ct), contracts, time.TodayInChina(), ct);
        return schedules.SelectMany(s => s.Schedule.Instalments.Select(i => new PaymentRegisterRow(s.Contract.Number, s.Contract.PurchaserName, s.Contract.SupplierName,
            s.Contract.Sme, s.Contract.RegionCode, i.Number, ContractTexts.Condition(i.Terms.Condition).Zh, i.Amount, i.StartsOn, i.DueOn, i.Paid, i.Outstanding,
            PaymentTexts.State(i).Zh, i.DaysOverdue, i.Interest, s.Schedule.TermRule.Citation, s.Schedule.InterestRule.Citation)))
            .Take(SupervisionReports.MaxRows).ToList();
    }

    /// <summary>
    /// The arrears of <paramref name="year"/> per unit of the jurisdiction: the SME contracts signed by the year's end, looked at on
    /// its last day (or today, for the current year), with what was overdue and unpaid then and the interest to then.
    /// </summary>
    public async Task<IReadOnlyList<ArrearsRow>> ArrearsAsync(Actor actor, int year, CancellationToken ct = default)
    {
        var cutoff = Cutoff(year);
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var contracts = await OverduePayments.SmeContracts(db, scope).Where(c => c.SignedOn <= cutoff)
            .OrderBy(c => c.SignedOn).Take(OverduePayments.ContractsLookedAt).ToListAsync(ct);
        var schedules = await ContractPayments.SchedulesAsync(db, milestones, await rules.CurrentAsync(ct), contracts, cutoff, ct);
        return schedules.GroupBy(s => (s.Contract.PurchaserId, s.Contract.PurchaserName, s.Contract.RegionCode)).Select(unit =>
        {
            var overdue = unit.Where(s => s.Schedule.Overdue > Money.Zero).ToList();
            return new ArrearsRow(unit.Key.PurchaserName, unit.Key.RegionCode, unit.Count(), overdue.Count, overdue.Select(s => s.Contract.SupplierId).Distinct().Count(),
                overdue.Select(s => s.Schedule.Overdue).Total(), overdue.SelectMany(s => s.Schedule.Instalments.Where(i => i.IsOverdue)).Select(i => i.Interest).Total());
        }).OrderByDescending(r => r.Overdue).ThenBy(r => r.Unit, StringComparer.Ordinal).ToList();
    }

    public async Task<long> WriteRegisterAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, Title, Columns, await RowsAsync(actor, ct),
            $"本辖区；已签订合同的各期付款；截至 {time.TodayInChina():yyyy-MM-dd}；最多 {SupervisionReports.MaxRows} 行", time.UtcNow(), progress, ct);

    public async Task<long> WriteArrearsAsync(Stream output, Actor actor, int year, IProgress<long>? progress, CancellationToken ct) =>
        await ReportWorkbook.WriteAsync(output, ArrearsTitle, ArrearsColumns, await ArrearsAsync(actor, year, ct),
            $"本辖区；{year} 年度；与中小企业签订的合同；截至 {Cutoff(year):yyyy-MM-dd} 逾期尚未支付的款项", time.UtcNow(), progress, ct);

    public async Task<long> WriteRawAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var contracts = await Signed(db, scope).OrderBy(c => c.SignedOn).Take(SupervisionReports.MaxRows).ToListAsync(ct);
        var schedules = (await ContractPayments.SchedulesAsync(db, milestones, await rules.CurrentAsync(ct), contracts, time.TodayInChina(), ct))
            .ToDictionary(s => s.Contract.Id, s => s.Schedule);
        var byId = contracts.ToDictionary(c => c.Id);
        var ids = byId.Keys.ToList();
        var payments = await db.ContractPayments.AsNoTracking().Where(p => ids.Contains(p.ContractId)).ToListAsync(ct);
        var rows = payments.OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedUtc).Select(p =>
        {
            var c = byId[p.ContractId];
            var due = schedules[c.Id].Instalments.FirstOrDefault(i => i.Number == p.Instalment)?.DueOn;
            return new PaymentRawRow(c.Number, c.PurchaserName, c.SupplierName, c.Sme, c.RegionCode, p.Instalment, p.Amount, p.PaidOn, due,
                due is { } d && p.PaidOn > d ? p.PaidOn.DayNumber - d.DayNumber : 0, p.Note, p.RecordedBy, p.RecordedUtc);
        }).ToList();
        return await Raw.WriteAsync(output, Stream(rows), progress, ct);
    }

    /// <summary>The day a year's arrears are looked at: its last day, or today while the year runs.</summary>
    public DateOnly Cutoff(int year)
    {
        var today = time.TodayInChina();
        var end = new DateOnly(Math.Clamp(year, 2000, 9998), 12, 31);
        return end < today ? end : today;
    }

    private static IQueryable<GovContract> Signed(GovProcurementDbContext db, Jurisdiction scope) =>
        db.Contracts.AsNoTracking().Where(c => c.SignedOn != null && scope.RegionCodes.Contains(c.RegionCode));

    private static async IAsyncEnumerable<PaymentRawRow> Stream(IReadOnlyList<PaymentRawRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
