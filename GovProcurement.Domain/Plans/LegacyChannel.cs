using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

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

    /// <summary>
    /// The live warning on a plan dated before the go-live day, for the form and the API's answer:
    /// such a draft is kept, but its submission is refused (<see cref="ExplainNewPlanDate"/>).
    /// </summary>
    public static RuleReason? WarnNewPlanDate(DateOnly expectedStart) =>
        expectedStart < Cutover
            ? new RuleReason(new(
                $"预计采购开始日期 {expectedStart:yyyy-MM-dd} 早于 {Cutover:yyyy-MM-dd}：此前开始的项目属于原一体化系统，本计划可保存为草稿，但不能提交。",
                $"The expected start {expectedStart:yyyy-MM-dd} is before {Cutover:yyyy-MM-dd}: such projects belong to the old system; the draft is kept but cannot be submitted."), Citation)
            : null;
}
