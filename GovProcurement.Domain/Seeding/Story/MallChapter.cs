using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using static GovProcurement.Domain.Seeding.Story.StoryCast;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The e-mall of the story: the demo suppliers list desktops, laser printers, copy paper and office chairs,
/// the platform administrator approves them (one new listing and one price change still wait for review,
/// one desktop's price is far above its peers' for the price monitor); four filed e-mall plans are carried
/// out by 网上直购 orders in every state (placed, confirmed, delivered, received, declined, cancelled), an
/// online bidding decided with a winner who confirmed, and one that failed for too few quotes.
/// </summary>
internal static class MallChapter
{
    private const string Desktop = "A02010104";
    private const string LaserPrinter = "A0201060102";
    private const string CopyPaper = "A090101";
    private const string Chair = "A060301";

    public static IEnumerable<IAsyncEnumerable<DateTimeOffset>> Scripts(StoryDesk desk)
    {
        var shelf = new Shelf();
        yield return ListAsync(desk, shelf);
        yield return DesktopOrdersAsync(desk, shelf);
        yield return PaperOrdersAsync(desk, shelf);
        yield return PaperBiddingAsync(desk);
        yield return PrinterBiddingAsync(desk);
    }

    /// <summary>The listings the orders are placed from, by supplier and model.</summary>
    private sealed class Shelf : Dictionary<string, Guid>;

    private static ListingForm Goods(string code, string name, string brand, string model, string specification, string unit, decimal price, int stock, int days) =>
        new(code, name, brand, model, specification, unit, price, stock, [RegionDirectory.ProvinceCode], days);

    private static readonly (string Supplier, string Key, ListingForm Form)[] Catalogue =
    [
        (Huaxin, "联想M437", Goods(Desktop, "联想启天台式计算机", "联想", "启天M437", "Intel i5-12500 / 16GB / 512GB SSD / 23.8英寸显示器 / 三年上门保修", "台", 4_850m, 120, 7)),
        (Huaxin, "华为B730E", Goods(Desktop, "华为擎云台式计算机", "华为", "擎云B730E", "Intel i5-12400 / 16GB / 1TB SSD / 23.8英寸显示器 / 三年上门保修", "台", 5_200m, 60, 10)),
        (Yuelian, "戴尔7010", Goods(Desktop, "戴尔OptiPlex台式计算机", "戴尔", "OptiPlex 7010", "Intel i5-13500 / 16GB / 512GB SSD / 23.8英寸显示器", "台", 5_050m, 40, 10)),
        (Huaxin, "联想P3", Goods(Desktop, "联想ThinkStation图形工作站", "联想", "ThinkStation P3", "Intel i7-13700 / 32GB / 1TB SSD / 独立显卡 / 27英寸显示器", "台", 12_800m, 10, 15)),
        (Huaxin, "惠普4104dw", Goods(LaserPrinter, "惠普黑白激光打印机", "惠普", "LaserJet Pro 4104dw", "A4 黑白 / 40页每分钟 / 自动双面 / 有线及无线网络", "台", 2_680m, 30, 5)),
        (Huaxin, "复印纸", Goods(CopyPaper, "得力A4复印纸", "得力", "DL-7401", "A4 70g / 500张每包 / 8包每箱", "箱", 128m, 800, 3)),
        (Nanyue, "复印纸", Goods(CopyPaper, "晨光A4复印纸", "晨光", "APYVQ959", "A4 70g / 500张每包 / 8包每箱", "箱", 125m, 500, 3)),
        (Yuelian, "复印纸", Goods(CopyPaper, "亚太森博A4复印纸", "百旺", "BW-A470", "A4 70g / 500张每包 / 8包每箱", "箱", 135m, 600, 5)),
        (Nanyue, "网布椅", Goods(Chair, "网布办公椅", "南粤", "NY-Y801", "钢制五星脚 / 网布靠背 / 可升降扶手 / 承重150kg", "把", 680m, 200, 10)),
        (Nanyue, "皮面椅", Goods(Chair, "皮面会议椅", "南粤", "NY-H302", "钢制弓形脚 / 皮面软包 / 可叠放", "把", 580m, 300, 10)),
    ];

    /// <summary>The suppliers list, the administrator approves the next day; later a new printer waits for review and a chair's price change too.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> ListAsync(StoryDesk desk, Shelf shelf)
    {
        var admin = desk.PlatformAdmin;
        yield return desk.Clock.DaysAgo(200, 10, 0);
        foreach (var (supplier, key, form) in Catalogue)
        {
            var id = await desk.Listings.CreateAsync(form, desk.Actor(supplier));
            await desk.Listings.SubmitAsync(id, desk.Actor(supplier));
            shelf[supplier + key] = id;
        }

        yield return desk.Clock.Later(1, 9, 30);
        foreach (var id in shelf.Values)
        {
            await desk.Listings.ApproveAsync(id, admin);
        }

        // A new listing submitted three days ago, still in the administrator's queue.
        yield return desk.Clock.DaysAgo(3, 11, 0);
        var pending = await desk.Listings.CreateAsync(Goods(LaserPrinter, "奔图黑白激光打印机", "奔图", "P3301DN", "A4 黑白 / 33页每分钟 / 自动双面 / 有线网络", "台", 1_390m, 50, 5), desk.Actor(Huaxin));
        await desk.Listings.SubmitAsync(pending, desk.Actor(Huaxin));

        // A lower price for the office chair on sale: the change waits for review, the approved price stays in force.
        yield return desk.Clock.DaysAgo(2, 15, 0);
        var chair = shelf[Nanyue + "网布椅"];
        var nanyue = desk.Actor(Nanyue);
        if (await desk.Listings.EditAsync(chair, Catalogue.Single(c => c.Supplier == Nanyue && c.Key == "网布椅").Form with { Price = 640m }, nanyue))
        {
            await desk.Listings.SubmitAsync(chair, nanyue);
        }
    }

    /// <summary>江门市教育局's desktops: one order received, one declined by the supplier, one delivered and awaiting receipt.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> DesktopOrdersAsync(StoryDesk desk, Shelf shelf)
    {
        var plan = new PlanScript(desk, new StoryPlan("江门市教育局办公电脑采购", JiangmenBureau, Desktop, "台式计算机", 150_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(130, PlanEnd.Filed))
        {
            yield return moment;
        }

        var op = desk.Actor(JiangmenBureau.Operator);
        var line = await LineAsync(desk, plan.Id);

        yield return desk.Clock.DaysAgo(110, 10, 0);
        var received = await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Huaxin + "联想M437"], 10), op);
        yield return desk.Clock.Later(1, 9, 0);
        await desk.Orders.ConfirmAsync(received.Id, desk.Actor(Huaxin));
        yield return desk.Clock.Later(3, 16, 0);
        await desk.Orders.DeliverAsync(received.Id, desk.Actor(Huaxin));
        yield return desk.Clock.Later(2, 10, 30);
        await desk.Orders.ReceiveAsync(received.Id, op);

        yield return desk.Clock.DaysAgo(30, 14, 0);
        var declined = await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Yuelian + "戴尔7010"], 5), op);
        yield return desk.Clock.Later(1, 10, 0);
        await desk.Orders.DeclineAsync(declined.Id, "该型号库存不足，无法在承诺供货期内交货。", desk.Actor(Yuelian));

        yield return desk.Clock.DaysAgo(10, 9, 30);
        var delivered = await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Huaxin + "华为B730E"], 4), op);
        yield return desk.Clock.Later(0, 15, 0);
        await desk.Orders.ConfirmAsync(delivered.Id, desk.Actor(Huaxin));
        yield return desk.Clock.DaysAgo(3, 16, 30);
        await desk.Orders.DeliverAsync(delivered.Id, desk.Actor(Huaxin));
    }

    /// <summary>江门市第一中学's copy paper: one order cancelled before confirmation, one confirmed awaiting delivery, one just placed.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> PaperOrdersAsync(StoryDesk desk, Shelf shelf)
    {
        var plan = new PlanScript(desk, new StoryPlan("江门市第一中学办公用纸采购", JiangmenSchool, CopyPaper, "复印纸", 30_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(50, PlanEnd.Filed))
        {
            yield return moment;
        }

        var op = desk.Actor(JiangmenSchool.Operator);
        var line = await LineAsync(desk, plan.Id);

        yield return desk.Clock.DaysAgo(20, 10, 0);
        var cancelled = await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Yuelian + "复印纸"], 20), op);
        yield return desk.Clock.Later(0, 11, 30);
        await desk.Orders.CancelAsync(cancelled.Id, "数量填写有误，取消后重新下单。", op);

        yield return desk.Clock.DaysAgo(5, 9, 0);
        var confirmed = await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Nanyue + "复印纸"], 40), op);
        yield return desk.Clock.Later(1, 10, 0);
        await desk.Orders.ConfirmAsync(confirmed.Id, desk.Actor(Nanyue));

        yield return desk.Clock.DaysAgo(1, 10, 0);
        await desk.Orders.PlaceAsync(Cart(plan.Id, line, shelf[Huaxin + "复印纸"], 30), op);
    }

    /// <summary>鹤山市教育局's copy paper by online bidding: three quotes, decided at the close, the lowest confirms and its order is recorded.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> PaperBiddingAsync(StoryDesk desk)
    {
        var plan = new PlanScript(desk, new StoryPlan("鹤山市教育局年度办公用纸采购", HeshanBureau, CopyPaper, "复印纸", 60_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(70, PlanEnd.Filed))
        {
            yield return moment;
        }

        var line = await LineAsync(desk, plan.Id);
        yield return desk.Clock.DaysAgo(45, 9, 0);
        var opens = desk.Clock.GetUtcNow().UtcDateTime;
        var bidding = await desk.Biddings.PostAsync(Requirement(plan.Id, line, "鹤山市教育局A4复印纸网上竞价", CopyPaper, "复印纸", 400, "箱", 56_000m, "鹤山市教育局仓库", opens), desk.Actor(HeshanBureau.Operator));

        yield return desk.Clock.Later(0, 14, 0);
        await desk.Biddings.QuoteAsync(bidding.Id, new QuoteForm(51_200m), desk.Actor(Huaxin));
        yield return desk.Clock.Later(1, 10, 0);
        await desk.Biddings.QuoteAsync(bidding.Id, new QuoteForm(49_600m), desk.Actor(Nanyue));
        yield return desk.Clock.Later(0, 16, 0);
        await desk.Biddings.QuoteAsync(bidding.Id, new QuoteForm(53_000m), desk.Actor(Yuelian));

        // The platform decides at the close; the lowest quote is offered the order and confirms it the same day.
        yield return desk.Clock.DaysAgo(43, 9, 5);
        await desk.Biddings.DecideDueAsync();
        yield return desk.Clock.Later(0, 11, 0);
        await desk.Biddings.ConfirmAsync(bidding.Id, desk.Actor(Nanyue));
    }

    /// <summary>鹤山市第一中学's laser printers by online bidding: one supplier quotes, so the bidding fails at the close.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> PrinterBiddingAsync(StoryDesk desk)
    {
        var plan = new PlanScript(desk, new StoryPlan("鹤山市第一中学激光打印机采购", HeshanSchool, LaserPrinter, "激光打印机", 40_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(40, PlanEnd.Filed))
        {
            yield return moment;
        }

        var line = await LineAsync(desk, plan.Id);
        yield return desk.Clock.DaysAgo(25, 9, 0);
        var opens = desk.Clock.GetUtcNow().UtcDateTime;
        var bidding = await desk.Biddings.PostAsync(Requirement(plan.Id, line, "鹤山市第一中学黑白激光打印机网上竞价", LaserPrinter, "黑白激光打印机", 12, "台", 36_000m, "鹤山市第一中学行政楼", opens), desk.Actor(HeshanSchool.Operator));
        yield return desk.Clock.Later(1, 10, 0);
        await desk.Biddings.QuoteAsync(bidding.Id, new QuoteForm(31_800m), desk.Actor(Huaxin));

        yield return desk.Clock.DaysAgo(23, 9, 5);
        await desk.Biddings.DecideDueAsync();
    }

    private static CartForm Cart(Guid planId, Guid planItemId, Guid listingId, int quantity) => new(planId, planItemId, [new CartLine(listingId, quantity)]);

    /// <summary>A requirement with a quote window of 48 hours from <paramref name="opensUtc"/> and delivery within 20 days.</summary>
    private static BiddingRequirement Requirement(Guid planId, Guid planItemId, string title, string code, string item, decimal quantity, string unit, decimal ceiling, string place, DateTime opensUtc) =>
        new(planId, planItemId, title, [new BiddingItemDraft(code, item, quantity, unit, "符合国家标准，含送货上门")], ceiling, place,
            BeijingTime.Day(opensUtc).AddDays(20), opensUtc, opensUtc.AddHours(48));

    /// <summary>The filed plan's only line.</summary>
    internal static async Task<Guid> LineAsync(StoryDesk desk, Guid planId)
    {
        await using var db = await desk.Store.CreateDbContextAsync();
        return await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Items).Select(i => i.Id).SingleAsync();
    }
}
