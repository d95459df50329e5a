using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Portal.Api;

/// <summary>Domain results in the API's shapes.</summary>
internal static class ApiMapping
{
    public static RoutingDecisionResponse ToResponse(RoutingDecision decision) => new(
        decision.Total.Yuan,
        decision.Category?.ToString(),
        decision.IsGovernmentProcurement,
        decision.IsCentralized,
        ToResponse(decision.Scope),
        decision.Routes.Select(r => new OptionResponse(r.Route.ToString(), r.Allowed, ToResponse(r.Reason))).ToList(),
        decision.Methods.Select(m => new OptionResponse(m.Method.ToString(), m.Allowed, ToResponse(m.Reason))).ToList(),
        decision.SmeReservation is { } sme ? ToResponse(sme) : null,
        decision.Warnings.Select(ToResponse).ToList());

    public static PlanStatusResponse ToResponse(ProcurementPlan plan) => new(
        plan.Id,
        plan.Number,
        plan.Title,
        plan.Status.ToString(),
        plan.Status.Ocds(),
        plan.Total.Yuan,
        plan.Events.OrderBy(e => e.AtUtc).Select(e => new PlanEventResponse(e.Action.ToString(), e.Actor, e.AtUtc, e.Reason)).ToList());

    public static ReasonResponse ToResponse(RuleReason reason) => new(reason.Text.Zh, reason.Text.En, reason.Source?.Zh, reason.Source?.En);
}
