using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>A drill-down filter: the filed plans of one chart slice in a period.</summary>
public sealed record PlanSlice(SupervisionPeriod Period, PlanDimension Dimension, string Key);

/// <summary>
/// The raw data behind the regulator's lists, streamed from the database into a single-sheet
/// workbook with <see cref="StreamingSheetWriter{T}"/>: rows never sit in memory together, so a
/// million-row export stays within a few tens of megabytes.
/// </summary>
public sealed class RawExports(IDbContextFactory<GovProcurementDbContext> store)
{
    private sealed record PlanLine(string Number, string Title, string Unit, string BudgetCode, string RegionCode, PlanStatus Status, ProcurementRoute? Route, ProcurementMethod? Method, Money Total, DateOnly ExpectedStart, int FiscalYear, DateTime CreatedUtc, DateTime UpdatedUtc);

    private sealed record IntentionLine(string Unit, string RegionCode, string Name, string Summary, Money Budget, DateOnly ExpectedMonth, bool Reserved, IntentionStatus Status, DateTime? PublishedUtc);

    private sealed record ProjectLine(string Number, string Title, string Purchaser, string Agency, string RegionCode, ProcurementMethod Method, ProjectStatus Status, Money Budget, DateTime? DeadlineUtc, bool Offline, bool Reserved, DateTime CreatedUtc);

    private static readonly RawExportWriter<PlanLine> PlanWriter = new(
    [
        ExportColumn<PlanLine>.Text("计划编号", p => p.Number),
        ExportColumn<PlanLine>.Text("项目名称", p => p.Title),
        ExportColumn<PlanLine>.Text("采购单位", p => p.Unit),
        ExportColumn<PlanLine>.Text("预算编码", p => p.BudgetCode),
        ExportColumn<PlanLine>.Text("区划编码", p => p.RegionCode),
        ExportColumn<PlanLine>.Text("所属地区", p => RegionDirectory.Guangdong.PathName(p.RegionCode)),
        ExportColumn<PlanLine>.Text("状态", p => ExportLabels.Plan(p.Status)),
        ExportColumn<PlanLine>.Text("实施途径", p => p.Route is { } r ? ExportLabels.Route(r) : null),
        ExportColumn<PlanLine>.Text("采购方式", p => p.Method is { } m ? ExportLabels.Method(m) : null),
        ExportColumn<PlanLine>.Money("预算金额（元）", p => p.Total),
        ExportColumn<PlanLine>.Date("预计开始日期", p => p.ExpectedStart),
        ExportColumn<PlanLine>.Year("年度", p => p.FiscalYear),
        ExportColumn<PlanLine>.DateTime("创建时间", p => p.CreatedUtc),
        ExportColumn<PlanLine>.DateTime("更新时间", p => p.UpdatedUtc),
    ], "采购计划");

    private static readonly RawExportWriter<IntentionLine> IntentionWriter = new(
    [
        ExportColumn<IntentionLine>.Text("采购单位", i => i.Unit),
        ExportColumn<IntentionLine>.Text("所属地区", i => RegionDirectory.Guangdong.PathName(i.RegionCode)),
        ExportColumn<IntentionLine>.Text("采购项目名称", i => i.Name),
        ExportColumn<IntentionLine>.Text("采购需求概况", i => i.Summary),
        ExportColumn<IntentionLine>.Money("预算金额（元）", i => i.Budget),
        ExportColumn<IntentionLine>.Text("预计采购时间", i => i.ExpectedMonth.ToString("yyyy-MM")),
        ExportColumn<IntentionLine>.Text("面向中小企业", i => i.Reserved ? "是" : "否"),
        ExportColumn<IntentionLine>.Text("状态", i => ExportLabels.Intention(i.Status)),
        ExportColumn<IntentionLine>.DateTime("公开时间", i => i.PublishedUtc),
    ], "采购意向");

    private static readonly RawExportWriter<ProjectLine> ProjectWriter = new(
    [
        ExportColumn<ProjectLine>.Text("项目编号", p => p.Number),
        ExportColumn<ProjectLine>.Text("项目名称", p => p.Title),
        ExportColumn<ProjectLine>.Text("采购人", p => p.Purchaser),
        ExportColumn<ProjectLine>.Text("采购代理机构", p => p.Agency),
        ExportColumn<ProjectLine>.Text("所属地区", p => RegionDirectory.Guangdong.PathName(p.RegionCode)),
        ExportColumn<ProjectLine>.Text("采购方式", p => ExportLabels.Method(p.Method)),
        ExportColumn<ProjectLine>.Text("状态", p => ExportLabels.Project(p.Status)),
        ExportColumn<ProjectLine>.Money("预算金额（元）", p => p.Budget),
        ExportColumn<ProjectLine>.DateTime("截止及开标时间", p => p.DeadlineUtc),
        ExportColumn<ProjectLine>.Text("线下开评标", p => p.Offline ? "是" : "否"),
        ExportColumn<ProjectLine>.Text("专门面向中小企业", p => p.Reserved ? "是" : "否"),
        ExportColumn<ProjectLine>.DateTime("委托时间", p => p.CreatedUtc),
    ], "采购项目");

    /// <summary>Every plan of the jurisdiction, or the filed plans of one chart slice.</summary>
    public async Task<long> PlansAsync(Stream output, Actor actor, PlanSlice? slice, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var plans = slice is null
            ? db.Plans.AsNoTracking().Where(p => scope.RegionCodes.Contains(p.RegionCode))
            : SupervisionQueries.Slice(SupervisionQueries.FiledPlans(db, scope, slice.Period), scope, slice.Dimension, slice.Key);
        var rows = plans.OrderBy(p => p.CreatedUtc).Join(db.Organizations.OfType<Organizations.BudgetUnit>(), p => p.UnitId, u => u.Id,
            (p, u) => new PlanLine(p.Number, p.Title, u.Name, u.BudgetCode, p.RegionCode, p.Status, p.Route, p.Method, p.Total, p.ExpectedStart, p.FiscalYear, p.CreatedUtc, p.UpdatedUtc));
        return await PlanWriter.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }

    public async Task<long> IntentionsAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rows = db.Intentions.AsNoTracking().Where(i => scope.RegionCodes.Contains(i.RegionCode)).OrderBy(i => i.CreatedUtc)
            .Join(db.Organizations, i => i.UnitId, o => o.Id, (i, o) => new IntentionLine(o.Name, i.RegionCode, i.ProjectName, i.RequirementSummary, i.Budget, i.ExpectedMonth, i.ReservedForSmes, i.Status, i.PublishedUtc));
        return await IntentionWriter.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }

    public async Task<long> ProjectsAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rows = db.Projects.AsNoTracking().Where(p => scope.RegionCodes.Contains(p.RegionCode)).OrderBy(p => p.CreatedUtc)
            .SelectWithCurrentRound((p, round) => new ProjectLine(p.Number, p.Title, db.Organizations.Where(o => o.Id == p.PurchaserId).Select(o => o.Name).First(),
                db.Organizations.Where(o => o.Id == p.AgencyId).Select(o => o.Name).First(), p.RegionCode, p.Method, p.Status, p.Budget, round.DeadlineUtc, p.Offline, p.ReservedForSme, p.CreatedUtc));
        return await ProjectWriter.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }
}
