using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>One line of the procurement project register (采购项目登记表).</summary>
public sealed record ProjectRegisterRow(
    string Number,
    string Title,
    string PurchaserName,
    string AgencyName,
    string RegionName,
    string Method,
    string Status,
    Money Budget,
    DateTime? DeadlineUtc,
    int BidderCount,
    string WinnerNames,
    Money? AwardedAmount);

/// <summary>The procurement project register (采购项目登记表) in the shared report layout of <see cref="ReportWorkbook"/>.</summary>
public static class ProjectRegister
{
    public const string Title = "采购项目登记表";

    internal static readonly ExportColumn<ProjectRegisterRow>[] Columns =
    [
        ExportColumn<ProjectRegisterRow>.Text("项目编号", row => row.Number),
        ExportColumn<ProjectRegisterRow>.Text("项目名称", row => row.Title),
        ExportColumn<ProjectRegisterRow>.Text("采购人", row => row.PurchaserName),
        ExportColumn<ProjectRegisterRow>.Text("采购代理机构", row => row.AgencyName),
        ExportColumn<ProjectRegisterRow>.Text("所属地区", row => row.RegionName),
        ExportColumn<ProjectRegisterRow>.Text("采购方式", row => row.Method),
        ExportColumn<ProjectRegisterRow>.Text("状态", row => row.Status),
        ExportColumn<ProjectRegisterRow>.Money("预算金额（元）", row => row.Budget, total: true),
        ExportColumn<ProjectRegisterRow>.DateTime("投标截止时间", row => row.DeadlineUtc),
        ExportColumn<ProjectRegisterRow>.Integer("投标人数", row => row.BidderCount, total: true),
        ExportColumn<ProjectRegisterRow>.Text("中标（成交）供应商", row => row.WinnerNames),
        ExportColumn<ProjectRegisterRow>.Money("中标（成交）金额（元）", row => row.AwardedAmount, total: true),
    ];

    public static byte[] Build(IReadOnlyList<ProjectRegisterRow> rows, string filters, DateTime generatedUtc) =>
        ReportWorkbook.Build(Title, Columns, rows, filters, generatedUtc);
}
