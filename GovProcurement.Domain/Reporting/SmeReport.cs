using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>One region's line of the SME development report (政府采购促进中小企业发展情况表).</summary>
public sealed record SmeReportRow(
    string RegionName,
    int ProjectCount,
    Money TotalBudget,
    Money ReservedBudget,
    Money AwardedTotal,
    Money AwardedToSme,
    Money AwardedToSmallAndMicro);

/// <summary>
/// The SME development report (政府采购促进中小企业发展情况表) in the shared report layout of
/// <see cref="ReportWorkbook"/>. Its two shares are real percentages, empty where the whole is zero;
/// the total row recomputes them from the summed amounts.
/// </summary>
public static class SmeReport
{
    public const string Title = "政府采购促进中小企业发展情况表";

    internal static readonly ExportColumn<SmeReportRow>[] Columns =
    [
        ExportColumn<SmeReportRow>.Text("地区", row => row.RegionName),
        ExportColumn<SmeReportRow>.Integer("项目数", row => row.ProjectCount, total: true),
        ExportColumn<SmeReportRow>.Money("采购预算总额（元）", row => row.TotalBudget, total: true),
        ExportColumn<SmeReportRow>.Money("预留中小企业份额（元）", row => row.ReservedBudget, total: true),
        ExportColumn<SmeReportRow>.Share("预留比例", row => row.ReservedBudget, row => row.TotalBudget),
        ExportColumn<SmeReportRow>.Money("中标（成交）总金额（元）", row => row.AwardedTotal, total: true),
        ExportColumn<SmeReportRow>.Money("授予中小企业金额（元）", row => row.AwardedToSme, total: true),
        ExportColumn<SmeReportRow>.Share("中小企业中标比例", row => row.AwardedToSme, row => row.AwardedTotal),
        ExportColumn<SmeReportRow>.Money("其中授予小微企业金额（元）", row => row.AwardedToSmallAndMicro, total: true),
    ];

    public static byte[] Build(IReadOnlyList<SmeReportRow> rows, string filters, DateTime generatedUtc) =>
        ReportWorkbook.Build(Title, Columns, rows, filters, generatedUtc);
}
