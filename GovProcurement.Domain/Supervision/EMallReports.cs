using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>The e-mall report workbooks; their values continue the export kinds (1401–1404).</summary>
public enum EMallReport
{
    Regions = 1401,
    CatalogueClasses = 1402,
    FailedBiddings = 1403,
    PriceFlags = 1404,
}

/// <summary>
/// Writes the e-mall reports over the regulator's jurisdiction and a period, in the shared report
/// layout, from the same grouped figures as the dashboard (<see cref="EMallQueries"/>).
/// </summary>
public sealed class EMallReports(IDbContextFactory<GovProcurementDbContext> store, PriceMonitor prices, TimeProvider time)
{
    public static string FileName(EMallReport report) => report switch
    {
        EMallReport.Regions => "电子卖场交易情况表.xlsx",
        EMallReport.CatalogueClasses => "电子卖场品目大类统计表.xlsx",
        EMallReport.FailedBiddings => "网上竞价失败情况表.xlsx",
        _ => "电子卖场价格监测预警表.xlsx",
    };

    public async Task<(byte[] Workbook, long Rows)> BuildAsync(EMallReport report, Actor actor, SupervisionPeriod period, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var rows = await WriteAsync(report, actor, period, buffer, null, ct);
        return (buffer.ToArray(), rows);
    }

    /// <summary>Writes the report to <paramref name="output"/>; returns the number of rows.</summary>
    public async Task<long> WriteAsync(EMallReport report, Actor actor, SupervisionPeriod period, Stream output, IProgress<long>? progress, CancellationToken ct)
    {
        period.Check();
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var now = time.UtcNow();
        var filters = $"辖区：{RegionDirectory.Guangdong.PathName(scope.RegionCode)}；期间：{period.From:yyyy-MM-dd} 至 {period.To:yyyy-MM-dd}";
        long Write<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, string filter) =>
            ReportWorkbook.Write(output, title, columns, rows.Take(SupervisionReports.MaxRows).ToList(), filter, now, progress, ct);
        return report switch
        {
            EMallReport.Regions => Write(EMallReportSheets.RegionsTitle, EMallReportSheets.RegionColumns, await EMallQueries.RegionsAsync(db, scope, period, ct),
                filters + "；订单按供应商确认时间统计，旧平台记录按执行日期"),
            EMallReport.CatalogueClasses => Write(EMallReportSheets.ClassesTitle, EMallReportSheets.ClassColumns, await EMallFigures.CatalogueClassesAsync(db, scope, period, ct),
                filters + "；订单按供应商确认时间统计"),
            EMallReport.FailedBiddings => Write(EMallReportSheets.FailedTitle, EMallReportSheets.FailedColumns,
                await EMallFigures.FailedAsync(db, scope, period, SupervisionReports.MaxRows, ct), filters + "；按竞价结束时间统计"),
            _ => Write(EMallReportSheets.FlagsTitle, EMallReportSheets.FlagColumns, await prices.FlagsAsync(db, scope, ct),
                $"辖区：{RegionDirectory.Guangdong.PathName(scope.RegionCode)}；当前在售商品"),
        };
    }
}
