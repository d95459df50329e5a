using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Routing;
using static GovProcurement.Domain.Seeding.Story.StoryCast;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The e-mall's other two methods, after <see cref="MallChapter"/>'s listings: 鹤山市第一中学's copy paper by
/// reverse auction (one won by the lowest of several bids, one failed for too few bidders, one posted to
/// open in a few days), and 江门市公共资源交易中心's copy-paper framework agreement with the three demo
/// suppliers admitted, called off by 江门市教育局 once by 直接选定 (粤联) and once by 顺序轮候 (the first in turn, 华信). The platform's own
/// steps (opening and closing auctions) are taken on the story clock, as its clock service would.
/// </summary>
internal static class MallMethodsChapter
{
    private const string CopyPaper = "A090101";

    public static IEnumerable<IAsyncEnumerable<DateTimeOffset>> Scripts(StoryDesk desk)
    {
        yield return AuctionsAsync(desk);
        yield return FrameworkAsync(desk);
    }

    private static async IAsyncEnumerable<DateTimeOffset> AuctionsAsync(StoryDesk desk)
    {
        var plan = new PlanScript(desk, new StoryPlan("鹤山市第一中学年度复印纸采购", HeshanSchool, CopyPaper, "复印纸", 100_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(60, PlanEnd.Filed))
        {
            yield return moment;
        }

        var op = desk.Actor(HeshanSchool.Operator);
        var line = await MallChapter.LineAsync(desk, plan.Id);

        // Won: posted two days ahead, five bids in the hour, the lowest (粤联) wins at the close.
        yield return desk.Clock.DaysAgo(35, 9, 0);
        var opens = desk.Clock.DaysAgo(33, 10, 0);
        var won = await desk.Auctions.PostAsync(Requirement(plan.Id, line, "鹤山市第一中学A4复印纸电子反拍", 400, 56_000m, opens, 60), op);
        await foreach (var moment in RunAsync(desk, won.Id, opens, 60, (Huaxin, 5, 55_000m), (Nanyue, 10, 54_000m), (Yuelian, 16, 53_200m), (Nanyue, 25, 52_600m), (Yuelian, 38, 52_100m)))
        {
            yield return moment;
        }

        // Failed: only two suppliers bid, fewer than the rule's minimum.
        yield return desk.Clock.DaysAgo(15, 9, 0);
        opens = desk.Clock.DaysAgo(13, 14, 0);
        var failed = await desk.Auctions.PostAsync(Requirement(plan.Id, line, "鹤山市第一中学A3复印纸电子反拍", 150, 20_000m, opens, 30), op);
        await foreach (var moment in RunAsync(desk, failed.Id, opens, 30, (Huaxin, 5, 19_500m), (Yuelian, 12, 19_200m)))
        {
            yield return moment;
        }

        // Scheduled: posted yesterday, opens the day after tomorrow (after now, so the story leaves it waiting).
        yield return desk.Clock.DaysAgo(1, 15, 0);
        await desk.Auctions.PostAsync(Requirement(plan.Id, line, "鹤山市第一中学下学期复印纸电子反拍", 180, 25_000m, desk.Clock.DaysAgo(-2, 10, 0), 60), op);
    }

    /// <summary>The platform opens the auction at its start, the bids come in at their minutes after it, and the platform closes it at its end.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> RunAsync(StoryDesk desk, Guid auctionId, DateTimeOffset opens, int minutes, params (string Supplier, int Minute, decimal Price)[] bids)
    {
        yield return opens;
        await desk.Auctions.TakeDueAsync();
        foreach (var (supplier, minute, price) in bids)
        {
            yield return opens.AddMinutes(minute);
            await desk.Auctions.BidAsync(auctionId, new BidForm(price), desk.Actor(supplier));
        }

        yield return opens.AddMinutes(minutes);
        await desk.Auctions.TakeDueAsync();
    }

    private static AuctionRequirement Requirement(Guid planId, Guid planItemId, string title, decimal boxes, decimal ceiling, DateTimeOffset opens, int minutes) =>
        new(planId, planItemId, title, [new AuctionItemDraft(CopyPaper, "A4复印纸", boxes, "箱", "70g / 500张每包 / 8包每箱，含送货上门")], ceiling, 100m, opens.UtcDateTime, minutes);

    private static async IAsyncEnumerable<DateTimeOffset> FrameworkAsync(StoryDesk desk)
    {
        var agency = desk.Actor(Agency);
        yield return desk.Clock.DaysAgo(90, 10, 0);
        var starts = desk.Clock.TodayInChina();
        var agreement = await desk.Agreements.RecordAsync(new FrameworkDraft("江门市复印纸框架协议", "JMFZXY-" + starts.Year + "-001", FrameworkKind.Closed, "440700", starts, starts.AddYears(1).AddDays(-1),
            [new FrameworkItemDraft(CopyPaper, "A4复印纸", "70g / 500张每包 / 8包每箱，国产品牌", "箱", 126m)]), agency);

        yield return desk.Clock.Later(0, 15, 0);
        foreach (var supplier in new[] { Huaxin, Yuelian, Nanyue })
        {
            await desk.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(desk.Actor(supplier).OrganizationId!.Value), agency);
        }

        yield return desk.Clock.Later(1, 9, 30);
        await desk.Agreements.PutInForceAsync(agreement.Id, agency);
        var item = (await desk.Agreements.GetAsync(agreement.Id, agency))!.Value.Agreement.Items[0].Id;

        var plan = new PlanScript(desk, new StoryPlan("江门市教育局复印纸框架协议采购", JiangmenBureau, CopyPaper, "复印纸", 30_000m, ProcurementRoute.EMallSimpleProcurement));
        await foreach (var moment in plan.RunAsync(60, PlanEnd.Filed))
        {
            yield return moment;
        }

        var op = desk.Actor(JiangmenBureau.Operator);
        var line = await MallChapter.LineAsync(desk, plan.Id);
        yield return desk.Clock.DaysAgo(40, 10, 0);
        await desk.CallOffs.CallOffAsync(new CallOffForm(plan.Id, line, agreement.Id, item, CallOffMethod.DirectSelection, 100, desk.Actor(Yuelian).OrganizationId), op);
        yield return desk.Clock.DaysAgo(12, 10, 0);
        await desk.CallOffs.CallOffAsync(new CallOffForm(plan.Id, line, agreement.Id, item, CallOffMethod.Rotation, 60), op);
    }
}
