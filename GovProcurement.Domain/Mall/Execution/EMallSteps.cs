using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>
/// How a filed plan routed to simple procurement (or to the framework winners) may be carried out.
/// Only the methods the platform runs are listed.
/// </summary>
public enum EMallStep
{
    /// <summary>网上竞价: post a requirement from a plan line.</summary>
    PostBidding = 1,

    /// <summary>Record that the line was carried out on the old 电子化采购执行平台.</summary>
    RecordOldPlatform = 2,

    /// <summary>网上直购: order listings from the cart at their listed prices.</summary>
    DirectPurchase = 3,

    /// <summary>电子反拍: post a live reverse auction from a plan line.</summary>
    PostAuction = 4,

    /// <summary>框架协议: call off from an agreement in force that covers the line's catalogue item in the plan's region.</summary>
    CallOffFramework = 5,
}

/// <summary>
/// Which e-mall steps an actor may take on a plan now, and why not: the unit's operator, on its own
/// filed plan whose route is 电子卖场简易采购, while a line has amount left. A framework call-off is
/// offered too when an agreement in force covers one of the plan's items in its region, and it is the
/// only step of a plan routed to the framework winners (the masks rule, 江财采购〔2020〕28号). The plan
/// page renders this answer; <see cref="OldPlatformExecution"/> and the e-mall use cases require it.
/// </summary>
public static class EMallSteps
{
    /// <summary>The seed notice: simple procurement in the e-mall starts once the plan is filed.</summary>
    public const string Citation = "广东政府采购智慧云平台上线通知：采购计划备案后，在电子卖场通过网上直购、网上竞价或电子反拍实施简易采购";

    /// <summary>The masks rule: below the line the purchaser buys from the framework (tender) winners.</summary>
    public const string FrameworkWinnersCitation = "江财采购〔2020〕28号：50万元以下（不含）在中标供应商中择优采购";

    public static IReadOnlyList<EMallStep> All { get; } = [EMallStep.PostBidding, EMallStep.RecordOldPlatform, EMallStep.DirectPurchase, EMallStep.PostAuction, EMallStep.CallOffFramework];

    /// <param name="frameworkCovers">Whether an agreement in force today covers one of the plan's catalogue items in the plan's region.</param>
    public static ActionSet<EMallStep> For(ProcurementPlan plan, ActorStanding who, Money remaining, bool frameworkCovers = false) =>
        new(All.Select(step => new AvailableAction<EMallStep>(step, WhyNot(step, plan, who, remaining, frameworkCovers))).ToList());

    private static Refusal? WhyNot(EMallStep step, ProcurementPlan plan, ActorStanding who, Money remaining, bool frameworkCovers) =>
        Common(plan, who) ?? Route(step, plan, frameworkCovers) ?? (remaining > Money.Zero ? null : new Refusal("计划额度已全部使用。", "The plan's amount is used up."));

    private static Refusal? Route(EMallStep step, ProcurementPlan plan, bool frameworkCovers)
    {
        if (step == EMallStep.CallOffFramework)
        {
            if (plan.Route is not (ProcurementRoute.EMallSimpleProcurement or ProcurementRoute.FrameworkWinners))
            {
                return new Refusal("该计划的组织形式不是电子卖场简易采购。", "The plan is not routed to simple procurement in the e-mall.", Citation);
            }

            return frameworkCovers ? null : new Refusal("没有覆盖本计划品目和地区的生效框架协议。", "No agreement in force covers the plan's items in its region.", Frameworks.FrameworkRules.Measures);
        }

        if (plan.Route == ProcurementRoute.FrameworkWinners)
        {
            return new Refusal("该计划应在框架协议（中标）供应商中采购。", "The plan is bought from the framework winners.", FrameworkWinnersCitation);
        }

        return plan.Route == ProcurementRoute.EMallSimpleProcurement ? null
            : new Refusal("该计划的组织形式不是电子卖场简易采购。", "The plan is not routed to simple procurement in the e-mall.", Citation);
    }

    private static Refusal? Common(ProcurementPlan plan, ActorStanding who)
    {
        if (who.WhyNotRole(Roles.PurchaserOperator) is { } role)
        {
            return role;
        }

        if (!who.Belongs(plan.UnitId))
        {
            return new Refusal("只能执行本单位的采购计划。", "You can only carry out your own unit's plans.", ground: RefusalGround.Jurisdiction);
        }

        return plan.Status == PlanStatus.Filed ? null
            : new Refusal("采购计划备案后才能在电子卖场实施。", "A plan is carried out in the e-mall once it is filed.", Citation);
    }
}
