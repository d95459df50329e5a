using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// The e-mall's raw data for the regulator, streamed from the database like <see cref="RawExports"/>:
/// every order of the jurisdiction one row per order line, and every decided online bidding one row per
/// quote (a bidding without quotes keeps one row). Quotes stay sealed until the close, so a bidding still
/// taking quotes is not exported.
/// </summary>
public sealed class EMallRawExports(IDbContextFactory<GovProcurementDbContext> store)
{
    private sealed record OrderLine(string Number, OrderMethod Method, OrderStatus Status, string Unit, string Supplier, string? CreditCode, string RegionCode,
        string PlanNumber, int PlanLine, string Source, int Line, string CatalogueCode, string Name, string MeasureUnit, int Quantity, Money UnitPrice, Money Amount,
        Money Total, DateTime CreatedUtc, DateTime? ConfirmedUtc);

    private sealed record QuoteLine(string Number, string Title, string Unit, string RegionCode, BiddingStatus Status, Money Ceiling, DateTime PostedUtc, DateTime ClosesUtc,
        int Minimum, string? Supplier, string? CreditCode, Money? Price, DateTime? SubmittedUtc, int? Rank, string? InvalidReason, QuoteOutcome? Outcome);

    private static readonly RawExportWriter<OrderLine> OrderWriter = new(
    [
        ExportColumn<OrderLine>.Text("订单编号", o => o.Number),
        ExportColumn<OrderLine>.Text("采购方式", o => OrderTexts.Method(o.Method).Zh),
        ExportColumn<OrderLine>.Text("订单状态", o => OrderTexts.Status(o.Status).Zh),
        ExportColumn<OrderLine>.Text("采购单位", o => o.Unit),
        ExportColumn<OrderLine>.Text("供应商", o => o.Supplier),
        ExportColumn<OrderLine>.Text("供应商统一社会信用代码", o => o.CreditCode),
        ExportColumn<OrderLine>.Text("区划编码", o => o.RegionCode),
        ExportColumn<OrderLine>.Text("所属地区", o => RegionDirectory.Guangdong.PathName(o.RegionCode)),
        ExportColumn<OrderLine>.Text("计划编号", o => o.PlanNumber),
        ExportColumn<OrderLine>.Integer("计划行号", o => o.PlanLine),
        ExportColumn<OrderLine>.Text("来源编号", o => o.Source),
        ExportColumn<OrderLine>.Integer("订单行号", o => o.Line),
        ExportColumn<OrderLine>.Text("品目编码", o => o.CatalogueCode),
        ExportColumn<OrderLine>.Text("商品名称", o => o.Name),
        ExportColumn<OrderLine>.Text("计量单位", o => o.MeasureUnit),
        ExportColumn<OrderLine>.Integer("数量", o => o.Quantity),
        ExportColumn<OrderLine>.Money("单价（元）", o => o.UnitPrice),
        ExportColumn<OrderLine>.Money("行金额（元）", o => o.Amount),
        ExportColumn<OrderLine>.Money("订单总额（元）", o => o.Total),
        ExportColumn<OrderLine>.DateTime("下单时间", o => o.CreatedUtc),
        ExportColumn<OrderLine>.DateTime("确认时间", o => o.ConfirmedUtc),
    ], "电子卖场订单");

    private static readonly RawExportWriter<QuoteLine> QuoteWriter = new(
    [
        ExportColumn<QuoteLine>.Text("竞价编号", q => q.Number),
        ExportColumn<QuoteLine>.Text("竞价名称", q => q.Title),
        ExportColumn<QuoteLine>.Text("采购单位", q => q.Unit),
        ExportColumn<QuoteLine>.Text("区划编码", q => q.RegionCode),
        ExportColumn<QuoteLine>.Text("所属地区", q => RegionDirectory.Guangdong.PathName(q.RegionCode)),
        ExportColumn<QuoteLine>.Text("竞价状态", q => BiddingTexts.Status(q.Status).Zh),
        ExportColumn<QuoteLine>.Money("最高限价（元）", q => q.Ceiling),
        ExportColumn<QuoteLine>.DateTime("发布时间", q => q.PostedUtc),
        ExportColumn<QuoteLine>.DateTime("报价截止时间", q => q.ClosesUtc),
        ExportColumn<QuoteLine>.Integer("最少有效报价数", q => q.Minimum),
        ExportColumn<QuoteLine>.Text("报价供应商", q => q.Supplier),
        ExportColumn<QuoteLine>.Text("供应商统一社会信用代码", q => q.CreditCode),
        ExportColumn<QuoteLine>.Money("报价（元）", q => q.Price),
        ExportColumn<QuoteLine>.DateTime("报价时间", q => q.SubmittedUtc),
        ExportColumn<QuoteLine>.Integer("排名", q => q.Rank),
        ExportColumn<QuoteLine>.Text("无效原因", q => q.InvalidReason),
        ExportColumn<QuoteLine>.Text("成交确认", q => q.Outcome is { } o ? BiddingTexts.Outcome(o).Zh : null),
    ], "网上竞价报价");

    public async Task<long> OrdersAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rows = db.MallOrders.AsNoTracking().Where(o => scope.RegionCodes.Contains(o.RegionCode))
            .Join(db.Set<MallOrderLine>(), o => o.Id, l => l.OrderId, (o, l) => new { o, l })
            .OrderBy(x => x.o.CreatedUtc).ThenBy(x => x.o.Number).ThenBy(x => x.l.LineNumber)
            .Select(x => new OrderLine(x.o.Number, x.o.Method, x.o.Status, x.o.UnitName, x.o.SupplierName,
                db.Organizations.OfType<Supplier>().Where(s => s.Id == x.o.SupplierId).Select(s => s.CreditCode).FirstOrDefault(),
                x.o.RegionCode, x.o.PlanNumber, x.o.PlanLineNumber, x.o.SourceReference, x.l.LineNumber, x.l.CatalogueCode, x.l.Name, x.l.Unit, x.l.Quantity,
                x.l.UnitPrice, x.l.Amount, x.o.Total, x.o.CreatedUtc, x.o.ConfirmedUtc));
        return await OrderWriter.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }

    public async Task<long> BiddingsAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var rows =
            from b in db.OnlineBiddings.AsNoTracking().Where(b => scope.RegionCodes.Contains(b.RegionCode) && b.DecidedUtc != null)
            from q in b.Quotes.DefaultIfEmpty()
            orderby b.PostedUtc, b.Number, q.Rank == null, q.Rank, q.SubmittedUtc
            select new QuoteLine(b.Number, b.Title, db.Organizations.Where(o => o.Id == b.UnitId).Select(o => o.Name).First(), b.RegionCode, b.Status, b.Ceiling,
                b.PostedUtc, b.ClosesUtc, b.MinimumQuotes, q == null ? null : q.SupplierName,
                q == null ? null : db.Organizations.OfType<Supplier>().Where(s => s.Id == q.SupplierId).Select(s => s.CreditCode).FirstOrDefault(),
                q == null ? null : q.Price, q == null ? null : q.SubmittedUtc, q == null ? null : q.Rank, q == null ? null : q.InvalidReason, q == null ? null : q.Outcome);
        return await QuoteWriter.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }
}
