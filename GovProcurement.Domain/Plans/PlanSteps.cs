using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Plans;

/// <summary>What a person can do with a plan: the steps a page offers and a use case takes.</summary>
public enum PlanStep
{
    Create = 1,
    Edit = 2,
    SubmitForReview = 3,
    ApproveAndSubmit = 4,
    ReturnByReviewer = 5,
    File = 6,
    ReturnByRegulator = 7,
    Cancel = 8,
}

/// <summary>
/// Which plan steps an actor may take now, and why not: the plan's transition table
/// (<see cref="ProcurementPlan.Allows"/>) joined with one table of who takes each step. The unit's
/// operator prepares and its reviewer approves (maker/checker); only the finance department of the
/// plan's own region files or returns it (同级财政部门备案). Pages render this answer; the use cases
/// in <see cref="PlanWorkflow"/> require the same answer before they act.
/// </summary>
public static class PlanSteps
{
    /// <summary>The plan filing rule: the purchaser files its plan with the finance department at its own level.</summary>
    public const string FilingCitation = "政府采购法实施条例第二十九条";

    private enum Party
    {
        /// <summary>Any budget unit's account (to start a plan).</summary>
        BudgetUnit,

        /// <summary>An account of the unit the plan belongs to.</summary>
        OwnUnit,

        /// <summary>The finance department of the plan's own region.</summary>
        OwnRegionFinance,
    }

    private sealed record Who(string Role, Party Party, PlanAction? Transition);

    /// <summary>Who takes each step, and the transition it makes (none: the plan must be editable).</summary>
    private static readonly Dictionary<PlanStep, Who> Table = new()
    {
        [PlanStep.Create] = new(Roles.PurchaserOperator, Party.BudgetUnit, null),
        [PlanStep.Edit] = new(Roles.PurchaserOperator, Party.OwnUnit, null),
        [PlanStep.SubmitForReview] = new(Roles.PurchaserOperator, Party.OwnUnit, PlanAction.SubmittedForReview),
        [PlanStep.ApproveAndSubmit] = new(Roles.PurchaserReviewer, Party.OwnUnit, PlanAction.ApprovedAndSubmitted),
        [PlanStep.ReturnByReviewer] = new(Roles.PurchaserReviewer, Party.OwnUnit, PlanAction.ReturnedByReviewer),
        [PlanStep.File] = new(Roles.Regulator, Party.OwnRegionFinance, PlanAction.Filed),
        [PlanStep.ReturnByRegulator] = new(Roles.Regulator, Party.OwnRegionFinance, PlanAction.ReturnedByRegulator),
        [PlanStep.Cancel] = new(Roles.PurchaserOperator, Party.OwnUnit, PlanAction.Cancelled),
    };

    /// <summary>The steps on an existing plan, in the order a page shows them.</summary>
    public static IReadOnlyList<PlanStep> OnAPlan { get; } =
        [PlanStep.Edit, PlanStep.SubmitForReview, PlanStep.ApproveAndSubmit, PlanStep.ReturnByReviewer, PlanStep.File, PlanStep.ReturnByRegulator, PlanStep.Cancel];

    /// <summary>What the actor may do with this plan now.</summary>
    public static ActionSet<PlanStep> For(ProcurementPlan plan, ActorStanding who) =>
        new(OnAPlan.Select(step => new AvailableAction<PlanStep>(step, WhyNot(step, plan, who))).ToList());

    /// <summary>Whether the actor may start a plan.</summary>
    public static ActionSet<PlanStep> ForNewPlan(ActorStanding who) =>
        new([new AvailableAction<PlanStep>(PlanStep.Create, WhoRefusal(Table[PlanStep.Create], null, who))]);

    private static Refusal? WhyNot(PlanStep step, ProcurementPlan plan, ActorStanding who)
    {
        var rule = Table[step];
        if (WhoRefusal(rule, plan, who) is { } refusal)
        {
            return refusal;
        }

        var now = rule.Transition is { } transition ? plan.Allows(transition) : plan.IsEditable;
        return now ? null : new Refusal(
            $"计划当前为“{ProcurementPlan.StatusText(plan.Status).Zh}”，不能执行此操作。",
            $"The plan is {ProcurementPlan.StatusText(plan.Status).En}; this step is not possible now.");
    }

    private static Refusal? WhoRefusal(Who rule, ProcurementPlan? plan, ActorStanding who)
    {
        if (who.WhyNotRole(rule.Role) is { } notYours)
        {
            return notYours;
        }

        return rule.Party switch
        {
            Party.BudgetUnit when who.Kind != OrganizationKind.BudgetUnit =>
                new Refusal("只有预算单位可以编制采购计划。", "Only budget units file plans.", ground: RefusalGround.Jurisdiction),
            Party.OwnUnit when !who.Belongs(plan!.UnitId) =>
                new Refusal("只能处理本单位的采购计划。", "You can only act on your own unit's plans.", ground: RefusalGround.Jurisdiction),
            Party.OwnRegionFinance when who.Kind != OrganizationKind.Regulator || who.RegionCode != plan!.RegionCode =>
                FiledElsewhere(plan!.RegionCode),
            _ => null,
        };
    }

    private static Refusal FiledElsewhere(string regionCode)
    {
        var region = RegionDirectory.Guangdong.Find(regionCode);
        return new Refusal(
            $"该计划由同级的{region?.Name ?? regionCode}财政部门备案或退回",
            $"The plan is filed or returned by the finance department at its own level, {region?.NameEn ?? regionCode}'s",
            FilingCitation, RefusalGround.Jurisdiction);
    }
}
