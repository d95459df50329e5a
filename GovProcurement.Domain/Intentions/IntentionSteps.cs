using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Intentions;

/// <summary>What a person can do with intentions: draft a new one, publish a draft.</summary>
public enum IntentionStep
{
    Draft = 1,
    Publish = 2,
}

/// <summary>
/// Which intention steps an actor may take now, and why not: the intention's transition table
/// (<see cref="ProcurementIntention.Allows(IntentionStatus, IntentionStep)"/>) joined with one table
/// of who takes each step. The unit's operator drafts, its reviewer publishes (maker/checker). Pages
/// render this answer; the use cases in <see cref="Intentions"/> require the same answer before they act.
/// </summary>
public static class IntentionSteps
{
    private enum Party
    {
        /// <summary>Any budget unit's account (to draft a new intention).</summary>
        BudgetUnit,

        /// <summary>An account of the unit the intention belongs to.</summary>
        OwnUnit,
    }

    private static readonly Dictionary<IntentionStep, (string Role, Party Party)> Table = new()
    {
        [IntentionStep.Draft] = (Roles.PurchaserOperator, Party.BudgetUnit),
        [IntentionStep.Publish] = (Roles.PurchaserReviewer, Party.OwnUnit),
    };

    /// <summary>What the actor may do with an intention of this unit in this status.</summary>
    public static ActionSet<IntentionStep> For(Guid unitId, IntentionStatus status, ActorStanding who) =>
        new([new AvailableAction<IntentionStep>(IntentionStep.Publish, WhoRefusal(IntentionStep.Publish, unitId, who)
            ?? (ProcurementIntention.Allows(status, IntentionStep.Publish) ? null : new Refusal("该采购意向已公开。", "The intention is already published.")))]);

    public static ActionSet<IntentionStep> For(ProcurementIntention intention, ActorStanding who) => For(intention.UnitId, intention.Status, who);

    /// <summary>Whether the actor may draft a new intention.</summary>
    public static ActionSet<IntentionStep> ForNewIntention(ActorStanding who) =>
        new([new AvailableAction<IntentionStep>(IntentionStep.Draft, WhoRefusal(IntentionStep.Draft, null, who))]);

    private static Refusal? WhoRefusal(IntentionStep step, Guid? unitId, ActorStanding who)
    {
        var (role, party) = Table[step];
        return who.WhyNotRole(role) ?? party switch
        {
            Party.BudgetUnit when who.Kind != OrganizationKind.BudgetUnit =>
                new Refusal("只有预算单位可以公开采购意向。", "Only budget units disclose intentions.", ground: RefusalGround.Jurisdiction),
            Party.OwnUnit when unitId is not { } unit || !who.Belongs(unit) =>
                new Refusal("只能处理本单位的采购意向。", "You can only act on your own unit's intentions.", ground: RefusalGround.Jurisdiction),
            _ => null,
        };
    }
}
