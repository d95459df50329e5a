using GovProcurement.Domain.Routing;
using static GovProcurement.Domain.Seeding.Story.StoryCast;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// Plans that do not become projects: one in every status (returned ones with their reasons),
/// e-mall purchases, and two Heshan computer purchases of one fiscal year that together pass the
/// open-tender threshold (the splitting the supervision detector looks for).
/// </summary>
internal static class PlanChapter
{
    private const ProcurementRoute EMall = ProcurementRoute.EMallSimpleProcurement;

    public static IEnumerable<IAsyncEnumerable<DateTimeOffset>> Scripts(StoryDesk desk)
    {
        PlanScript Plan(string title, StoryUnit unit, string code, string item, decimal yuan) => new(desk, new StoryPlan(title, unit, code, item, yuan, EMall));

        yield return Plan("江门市第一中学多媒体投影仪采购", JiangmenSchool, "A020202", "投影仪", 450_000m).RunAsync(150, PlanEnd.Filed);
        yield return Plan("江门市教育局多功能一体机采购", JiangmenBureau, "A020204", "多功能一体机", 300_000m).RunAsync(60, PlanEnd.Filed);
        yield return Plan("鹤山市教育局办公打印机采购", HeshanBureau, "A0201060102", "激光打印机", 150_000m)
            .RunAsync(30, PlanEnd.Cancelled, "本项目已纳入全市统一采购，请撤回。");
        yield return Plan("江门市教育局教师笔记本电脑采购", JiangmenBureau, "A02010105", "便携式计算机", 380_000m)
            .RunAsync(12, PlanEnd.ReturnedByRegulator, "采购需求与已公开的采购意向不一致，请核对数量和预算后重新报送。");
        yield return Plan("鹤山市第一中学图书馆书架采购", HeshanSchool, "A060205", "木制台、桌类", 280_000m)
            .RunAsync(9, PlanEnd.ReturnedByReviewer, "预算项目选择有误，请改用政府性基金预算项目后重新提交。");
        yield return Plan("鹤山市教育局会议室桌椅采购", HeshanBureau, "A060205", "木制台、桌类", 350_000m).RunAsync(4, PlanEnd.PendingFiling);
        yield return Plan("江门市教育局办公打印设备更新", JiangmenBureau, "A0201060102", "激光打印机", 260_000m).RunAsync(2, PlanEnd.PendingReview);
        yield return Plan("江门市第一中学学生课桌椅更新采购", JiangmenSchool, "A060205", "木制台、桌类", 420_000m).RunAsync(1, PlanEnd.Draft);

        // The same school, the same item, one fiscal year: each below the open-tender threshold, together past it.
        var start = desk.Clock.AnchorDay.AddDays(20);
        yield return Plan("鹤山市第一中学教学电脑采购（一）", HeshanSchool, "A02010104", "台式计算机", 1_100_000m).RunAsync(100, PlanEnd.Filed, expectedStart: start);
        yield return Plan("鹤山市第一中学教学电脑采购（二）", HeshanSchool, "A02010104", "台式计算机", 1_050_000m).RunAsync(40, PlanEnd.Filed, expectedStart: start);

        yield return IntentionAsync(desk, JiangmenBureau, "江门市教育局智慧教室建设", "建设智慧教室 20 间，含交互式显示与录播设备。", 2_600_000m, 5, true);
        yield return IntentionAsync(desk, HeshanSchool, "鹤山市第一中学实验室设备更新", "更新物理、化学实验室设备。", 800_000m, 1, false);
    }

    /// <summary>An intention for the coming months, drafted and (when <paramref name="publish"/>) published the same day.</summary>
    private static async IAsyncEnumerable<DateTimeOffset> IntentionAsync(StoryDesk desk, StoryUnit unit, string name, string summary, decimal yuan, int daysAgo, bool publish)
    {
        yield return desk.Clock.DaysAgo(daysAgo, 9, 15);
        var month = desk.Clock.AnchorDay.AddMonths(3);
        var id = await desk.Intentions.DraftAsync(new(name, summary, Common.Money.FromYuan(yuan), new DateOnly(month.Year, month.Month, 1), true, null), desk.Actor(unit.Operator));
        if (publish)
        {
            yield return desk.Clock.Later(0, 15, 30);
            await desk.Intentions.PublishAsync(id, desk.Actor(unit.Reviewer));
        }
    }
}
