using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Mall.Execution;

/// <summary>
/// How a filed plan routed to simple procurement may be carried out. Only the methods the platform
/// runs are listed: framework call-offs join when they exist.
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
}

/// <summary>
/// Which e-mall steps an actor may take on a plan now, and why not: the unit's operator, on its own
/// filed plan whose route is 电子卖场简易采购, while a line has amount left. The plan page renders
/// this answer; <see cref="OldPlatformExecution"/> and the bidding use cases require it.
/// </summary>
public static class EMallSteps
{
    /// <summary>The seed notice: simple procurement in the e-mall starts once the plan is filed.</summary>
    public const string Citation = "广东政府采购智慧云平台上线通知：采购计划备案后，在电子卖场通过网上直购、网上竞价或电子反拍实施简易采购";

    public static IReadOnlyList<EMallStep> All { get; } = [EMallStep.PostBidding, EMallStep.RecordOldPlatform, EMallStep.DirectPurchase, EMallStep.PostAuction];

    public static ActionSet<EMallStep> For(ProcurementPlan plan, ActorStanding who, Money remaining) =>
        new(All.Select(step => new AvailableAction<EMallStep>(step, WhyNot(plan, who, remaining))).ToList());

    private static Refusal? WhyNot(ProcurementPlan plan, ActorStanding who, Money remaining)
    {
        if (who.WhyNotRole(Roles.PurchaserOperator) is { } role)
        {
            return role;
        }

        if (!who.Belongs(plan.UnitId))
        {
            return new Refusal("只能执行本单位的采购计划。", "You can only carry out your own unit's plans.", ground: RefusalGround.Jurisdiction);
        }

        if (plan.Status != PlanStatus.Filed)
        {
            return new Refusal("采购计划备案后才能在电子卖场实施。", "A plan is carried out in the e-mall once it is filed.", Citation);
        }

        if (plan.Route != ProcurementRoute.EMallSimpleProcurement)
        {
            return new Refusal("该计划的组织形式不是电子卖场简易采购。", "The plan is not routed to simple procurement in the e-mall.", Citation);
        }

        return remaining > Money.Zero ? null : new Refusal("计划额度已全部使用。", "The plan's amount is used up.");
    }
}
