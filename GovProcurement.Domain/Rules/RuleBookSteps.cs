using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Rules;

/// <summary>What a person can do with the procurement rule book: add a new version of a rule.</summary>
public enum RuleBookAction
{
    AddVersion = 1,
}

/// <summary>
/// Who may change the rule book: the platform administrator adds versions; a finance department reads
/// them. The rules page renders this answer; <see cref="ProcurementRuleBook.AddVersionAsync"/> requires it.
/// </summary>
public static class RuleBookSteps
{
    public static ActionSet<RuleBookAction> For(Actor actor) =>
        new([new AvailableAction<RuleBookAction>(RuleBookAction.AddVersion, RoleRefusal(actor))]);

    private static Refusal? RoleRefusal(Actor actor)
    {
        if (actor.IsIn(Roles.PlatformAdmin))
        {
            return null;
        }

        var name = Roles.DisplayName(Roles.PlatformAdmin);
        return new Refusal($"此步骤由“{name.Zh}”办理。", $"This step is for the {name.En.ToLowerInvariant()}.", ground: RefusalGround.Role);
    }
}
