using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// The transition from the old system (财政“一体化”系统): from the platform's go-live day every new
/// plan is filed on the platform; plans filed before it are imported read-only as legacy plans.
/// </summary>
public static class LegacyChannel
{
    public static readonly DateOnly Cutover = Seeding.DefaultAccountRules.PlatformLive;

    public static readonly Bilingual Citation = new(
        "《广东省财政厅关于“广东政府采购智慧云平台”正式上线运行的通知》：2021年1月1日起采购计划在云平台备案，原系统不再受理新计划",
        "Guangdong go-live notice: from 2021-01-01 plans are filed on the platform; the old system takes no new plans");

    public static Bilingual? ExplainNewPlanDate(DateOnly expectedStart) =>
        expectedStart < Cutover
            ? new($"{Cutover:yyyy年M月d日}前开始的项目属于原一体化系统，不能在云平台新建（{Citation.Zh}）", $"Projects starting before {Cutover:yyyy-MM-dd} belong to the old system and cannot be created here")
            : null;
}
