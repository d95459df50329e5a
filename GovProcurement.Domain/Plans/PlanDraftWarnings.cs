using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// What a draft is warned of before anyone submits it, each with its rule: the form shows these
/// live and the API returns them with the stored draft. The submission refuses the same things
/// (<see cref="PlanCompleteness"/>).
/// </summary>
public static class PlanDraftWarnings
{
    public static IReadOnlyList<RuleReason> For(DateOnly expectedStart) =>
        LegacyChannel.WarnNewPlanDate(expectedStart) is { } legacy ? [legacy] : [];

    public static IReadOnlyList<RuleReason> For(ProcurementPlan plan) => For(plan.ExpectedStart);
}
