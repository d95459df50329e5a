using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Supervision;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The e-mall reports in the shared report layout of <see cref="ReportWorkbook"/>: the region
/// statement (volume by method, SME amounts, savings, biddings, old-platform records), the catalogue
/// classes, the failed biddings and the price flags. Shares and rates are real percentages the total
/// row recomputes from the summed amounts.
/// </summary>
public static class EMallReportSheets
{
    public const string RegionsTitle = "电子卖场交易情况表";
    public const string ClassesTitle = "电子卖场品目大类统计表";
    public const string FailedTitle = "网上竞价失败情况表";
    public const string FlagsTitle = "电子卖场价格监测预警表";

    public static IReadOnlyList<ExportColumn<EMallRegion>> RegionColumns { get; } =
    [
        ExportColumn<EMallRegion>.Text("地区", r => RegionDirectory.Guangdong.PathName(r.RegionCode)),
        ExportColumn<EMallRegion>.Integer("订单数", r => r.Orders, total: true),
        ExportColumn<EMallRegion>.Money("成交金额（元）", r => r.Amount, total: true),
        .. Enum.GetValues<OrderMethod>().Select(m => ExportColumn<EMallRegion>.Money($"{OrderTexts.Method(m).Zh}金额（元）", r => r.AmountOf(m), total: true)),
        ExportColumn<EMallRegion>.Money("中小企业成交金额（元）", r => r.Sme.ToSme, total: true),
        ExportColumn<EMallRegion>.Share("中小企业比例", r => r.Sme.ToSme, r => r.Sme.Amount),
        ExportColumn<EMallRegion>.Money("其中小微企业金额（元）", r => r.Sme.ToSmallAndMicro, total: true),
        ExportColumn<EMallRegion>.Integer("成交竞价数", r => r.Savings.Biddings, total: true),
        ExportColumn<EMallRegion>.Money("竞价最高限价合计（元）", r => r.Savings.Ceilings, total: true),
        ExportColumn<EMallRegion>.Money("竞价成交金额（元）", r => r.Savings.Awarded, total: true),
        ExportColumn<EMallRegion>.Money("较最高限价节约（元）", r => r.Savings.AgainstCeilings, total: true),
        ExportColumn<EMallRegion>.Share("限价节约率", r => r.Savings.AgainstCeilings, r => r.Savings.Ceilings),
        ExportColumn<EMallRegion>.Integer("下单计划行数", r => r.Savings.PlanLines, total: true),
        ExportColumn<EMallRegion>.Money("计划行预算金额（元）", r => r.Savings.Budgets, total: true),
        ExportColumn<EMallRegion>.Money("较预算节约（元）", r => r.Savings.AgainstBudgets, total: true),
        ExportColumn<EMallRegion>.Share("预算节约率", r => r.Savings.AgainstBudgets, r => r.Savings.Budgets),
        ExportColumn<EMallRegion>.Integer("竞价结束数", r => r.Biddings.Decided, total: true),
        ExportColumn<EMallRegion>.Integer("竞价失败数", r => r.Biddings.Failed, total: true),
        ExportColumn<EMallRegion>.Percent("竞价失败比例", r => r.Biddings.FailedShare,
            rows => rows.Sum(r => r.Biddings.Decided) is var d and > 0 ? (decimal)rows.Sum(r => r.Biddings.Failed) / d : null),
        ExportColumn<EMallRegion>.Integer("旧平台执行记录数", r => r.OldPlatform.Records, total: true),
        ExportColumn<EMallRegion>.Money("旧平台执行金额（元）", r => r.OldPlatform.Amount, total: true),
    ];

    public static IReadOnlyList<ExportColumn<Slice>> ClassColumns { get; } =
    [
        ExportColumn<Slice>.Text("品目大类编码", s => s.Key),
        ExportColumn<Slice>.Text("品目大类", s => EMallQueries.ClassName(s.Key).Zh),
        ExportColumn<Slice>.Integer("订单数", s => s.Count),
        ExportColumn<Slice>.Money("成交金额（元）", s => s.Amount, total: true),
    ];

    public static IReadOnlyList<ExportColumn<FailedBidding>> FailedColumns { get; } =
    [
        ExportColumn<FailedBidding>.Text("竞价编号", b => b.Number),
        ExportColumn<FailedBidding>.Text("竞价名称", b => b.Title, countRows: true),
        ExportColumn<FailedBidding>.Text("采购单位", b => b.UnitName),
        ExportColumn<FailedBidding>.Text("所属地区", b => RegionDirectory.Guangdong.PathName(b.RegionCode)),
        ExportColumn<FailedBidding>.Money("最高限价（元）", b => b.Ceiling, total: true),
        ExportColumn<FailedBidding>.DateTime("报价截止时间", b => b.ClosesUtc),
        ExportColumn<FailedBidding>.Integer("报价数", b => b.Quotes),
        ExportColumn<FailedBidding>.Integer("有效报价数", b => b.ValidQuotes),
        ExportColumn<FailedBidding>.Integer("最少有效报价数", b => b.MinimumQuotes),
    ];

    public static IReadOnlyList<ExportColumn<PriceFlag>> FlagColumns { get; } =
    [
        ExportColumn<PriceFlag>.Text("品目编码", f => f.CatalogueCode),
        ExportColumn<PriceFlag>.Text("商品名称", f => f.Name, countRows: true),
        ExportColumn<PriceFlag>.Text("供应商", f => f.SupplierName),
        ExportColumn<PriceFlag>.Text("所属地区", f => RegionDirectory.Guangdong.PathName(f.RegionCode)),
        ExportColumn<PriceFlag>.Money("挂网价格（元）", f => f.Price),
        ExportColumn<PriceFlag>.Text("比较基准", f => Benchmark(f.Benchmark).Zh),
        ExportColumn<PriceFlag>.Money("基准价格（元）", f => f.BenchmarkPrice),
        ExportColumn<PriceFlag>.Integer("同品目比较商品数", f => f.Benchmark == PriceBenchmark.PeerMedian ? f.Peers : null),
        ExportColumn<PriceFlag>.PercentOfBasisPoints("偏离幅度", f => f.DeviationBasisPoints),
        ExportColumn<PriceFlag>.PercentOfBasisPoints("预警阈值", f => f.LimitBasisPoints),
        ExportColumn<PriceFlag>.Text("依据", f => f.Citation),
    ];

    /// <summary>What a flag's price was compared with, as the price-flag page says it.</summary>
    public static Bilingual Benchmark(PriceBenchmark benchmark) => benchmark switch
    {
        PriceBenchmark.PeerMedian => new("同品目中位数", "median of the item's other listings"),
        PriceBenchmark.LastOrderPrice => new("最近成交单价", "the unit price of its latest order"),
        _ => new("参考价", "the item's reference price"),
    };
}
