using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Reporting;

/// <summary>One line of the supervision exceptions report (监管异常情况表).</summary>
public sealed record ExceptionReportRow(
    string Kind,
    string RegionName,
    string Subject,
    string Detail,
    Money? Amount,
    DateOnly DetectedOn,
    bool Reviewed,
    string? ReviewedBy,
    DateTime? ReviewedUtc,
    string? Comment);

/// <summary>
/// The supervision exceptions report (监管异常情况表) in the shared report layout of
/// <see cref="ReportWorkbook"/>; its total row counts the exceptions ("共 N 条") and sums the amounts.
/// </summary>
public static class ExceptionsReport
{
    public const string Title = "监管异常情况表";

    internal static readonly ExportColumn<ExceptionReportRow>[] Columns =
    [
        ExportColumn<ExceptionReportRow>.Text("异常类型", row => row.Kind),
        ExportColumn<ExceptionReportRow>.Text("所属地区", row => row.RegionName, countRows: true),
        ExportColumn<ExceptionReportRow>.Text("涉及对象", row => row.Subject),
        ExportColumn<ExceptionReportRow>.Text("异常情况", row => row.Detail),
        ExportColumn<ExceptionReportRow>.Money("涉及金额（元）", row => row.Amount, total: true),
        ExportColumn<ExceptionReportRow>.Date("发现日期", row => row.DetectedOn),
        ExportColumn<ExceptionReportRow>.Text("复核状态", row => row.Reviewed ? "已复核" : "未复核"),
        ExportColumn<ExceptionReportRow>.Text("复核人", row => row.ReviewedBy),
        ExportColumn<ExceptionReportRow>.DateTime("复核时间", row => row.ReviewedUtc),
        ExportColumn<ExceptionReportRow>.Text("复核意见", row => row.Comment),
    ];

    public static byte[] Build(IReadOnlyList<ExceptionReportRow> rows, string filters, DateTime generatedUtc) =>
        ReportWorkbook.Build(Title, Columns, rows, filters, generatedUtc);
}
