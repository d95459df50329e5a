using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Reporting;

/// <summary>One line of the plan filing register (采购计划备案登记表).</summary>
public sealed record PlanRegisterRow(string Number, string UnitName, string RegionCode, string Title, string Status, Money Total, DateOnly ExpectedStart, DateTime UpdatedUtc);

/// <summary>The plan filing register (采购计划备案登记表) in the shared report layout of <see cref="ReportWorkbook"/>.</summary>
public static class PlanFilingRegister
{
    public const string Title = "采购计划备案登记表";

    public static IReadOnlyList<ExportColumn<PlanRegisterRow>> Columns { get; } =
    [
        ExportColumn<PlanRegisterRow>.Text("计划编号", row => row.Number),
        ExportColumn<PlanRegisterRow>.Text("采购单位", row => row.UnitName),
        ExportColumn<PlanRegisterRow>.Text("所属地区", row => RegionDirectory.Guangdong.Find(row.RegionCode)?.Name ?? row.RegionCode),
        ExportColumn<PlanRegisterRow>.Text("项目名称", row => row.Title),
        ExportColumn<PlanRegisterRow>.Text("状态", row => row.Status),
        ExportColumn<PlanRegisterRow>.Money("预算金额（元）", row => row.Total, total: true),
        ExportColumn<PlanRegisterRow>.Date("预计开始日期", row => row.ExpectedStart),
        ExportColumn<PlanRegisterRow>.DateTime("更新时间", row => row.UpdatedUtc),
    ];

    public static byte[] Build(IReadOnlyList<PlanRegisterRow> rows, string filters, DateTime generatedUtc) =>
        ReportWorkbook.Build(Title, Columns, rows, filters, generatedUtc);

    public static PlanRegisterRow From(PlanRow row) =>
        new(row.Number, row.UnitName, row.RegionCode, row.Title, ExportLabels.Plan(row.Status), row.Total, row.ExpectedStart, row.UpdatedUtc);
}
