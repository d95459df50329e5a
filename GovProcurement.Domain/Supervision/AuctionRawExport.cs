using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Supervision;

/// <summary>
/// Every closed reverse auction (电子反拍) of the jurisdiction for the regulator, one row per accepted bid
/// in the order the bids came (an auction without bids keeps one row), streamed from the database like
/// <see cref="EMallRawExports"/>. Bidders are anonymous to each other only while the auction runs, so an
/// auction still scheduled or open is not exported.
/// </summary>
public sealed class AuctionRawExport(IDbContextFactory<GovProcurementDbContext> store)
{
    private sealed record BidLine(string Number, string Title, string Unit, string RegionCode, AuctionStatus Status, Money Ceiling, Money Step,
        DateTime OpensUtc, DateTime ScheduledClosesUtc, DateTime ClosesUtc, int Extensions, int MinimumBidders, int? Sequence, string? Supplier,
        string? CreditCode, Money? Price, DateTime? PlacedUtc, bool? Extended, bool? Won);

    private static readonly RawExportWriter<BidLine> Writer = new(
    [
        ExportColumn<BidLine>.Text("反拍编号", b => b.Number),
        ExportColumn<BidLine>.Text("反拍名称", b => b.Title),
        ExportColumn<BidLine>.Text("采购单位", b => b.Unit),
        ExportColumn<BidLine>.Text("区划编码", b => b.RegionCode),
        ExportColumn<BidLine>.Text("所属地区", b => RegionDirectory.Guangdong.PathName(b.RegionCode)),
        ExportColumn<BidLine>.Text("反拍状态", b => AuctionTexts.Status(b.Status).Zh),
        ExportColumn<BidLine>.Money("最高限价（元）", b => b.Ceiling),
        ExportColumn<BidLine>.Money("报价幅度（元）", b => b.Step),
        ExportColumn<BidLine>.DateTime("开始时间", b => b.OpensUtc),
        ExportColumn<BidLine>.DateTime("原定结束时间", b => b.ScheduledClosesUtc),
        ExportColumn<BidLine>.DateTime("实际结束时间", b => b.ClosesUtc),
        ExportColumn<BidLine>.Integer("延时次数", b => b.Extensions),
        ExportColumn<BidLine>.Integer("最少参与供应商数", b => b.MinimumBidders),
        ExportColumn<BidLine>.Integer("出价序号", b => b.Sequence),
        ExportColumn<BidLine>.Text("出价供应商", b => b.Supplier),
        ExportColumn<BidLine>.Text("供应商统一社会信用代码", b => b.CreditCode),
        ExportColumn<BidLine>.Money("出价（元）", b => b.Price),
        ExportColumn<BidLine>.DateTime("出价时间", b => b.PlacedUtc),
        ExportColumn<BidLine>.Text("是否触发延时", b => b.Extended is { } e ? (e ? "是" : "否") : null),
        ExportColumn<BidLine>.Text("是否成交", b => b.Won is { } w ? (w ? "是" : "否") : null),
    ], "电子反拍出价");

    public async Task<long> WriteAsync(Stream output, Actor actor, IProgress<long>? progress, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var scope = await Jurisdiction.OfAsync(db, actor, ct);
        var closed = new[] { AuctionStatus.Awarded, AuctionStatus.Failed };
        var rows =
            from a in db.ReverseAuctions.AsNoTracking().Where(a => scope.RegionCodes.Contains(a.RegionCode) && closed.Contains(a.Status))
            from b in a.Bids.DefaultIfEmpty()
            orderby a.OpensUtc, a.Number, b.Sequence
            select new BidLine(a.Number, a.Title, db.Organizations.Where(o => o.Id == a.UnitId).Select(o => o.Name).First(), a.RegionCode, a.Status, a.Ceiling,
                a.Step, a.OpensUtc, a.ScheduledClosesUtc, a.ClosesUtc, a.Extensions, a.MinimumBidders, b == null ? null : b.Sequence,
                b == null ? null : b.SupplierName,
                b == null ? null : db.Organizations.OfType<Supplier>().Where(s => s.Id == b.SupplierId).Select(s => s.CreditCode).FirstOrDefault(),
                b == null ? null : b.Price, b == null ? null : b.PlacedUtc, b == null ? null : b.Extended, b == null ? null : b.Id == a.WinningBidId);
        return await Writer.WriteAsync(output, rows.AsAsyncEnumerable(), progress, ct);
    }
}
