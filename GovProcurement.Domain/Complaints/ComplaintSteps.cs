using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Complaints;

/// <summary>
/// Which complaint steps an actor may take now, and why not: the transition table of <see cref="Complaint"/>
/// joined with who takes each step, the finance department of the project's region (94号令第六条).
/// Pages render this; <see cref="ComplaintDesk"/> requires it.
/// </summary>
public static class ComplaintSteps
{
    private const string Jurisdiction = "《政府采购质疑和投诉办法》（财政部令第94号）第六条";

    public static IReadOnlyList<ComplaintAction> All { get; } = Enum.GetValues<ComplaintAction>();

    public static ActionSet<ComplaintAction> For(Complaint complaint, ActorStanding who) =>
        new(All.Select(action => new AvailableAction<ComplaintAction>(action, Regulator(complaint, who) ?? State(complaint, action))).ToList());

    private static Refusal? State(Complaint c, ComplaintAction action) => action switch
    {
        ComplaintAction.Accept or ComplaintAction.Reject => c.Allows(ComplaintChange.Accept) ? null : new Refusal("投诉已审查。", "The complaint has been checked."),
        ComplaintAction.Pause => c.Allows(ComplaintChange.Pause) ? null : new Refusal("只有已受理、计时中的投诉可以中止计时。", "Only an accepted complaint whose clock runs can be paused."),
        ComplaintAction.Resume => c.Allows(ComplaintChange.Resume) ? null : new Refusal("投诉未中止计时。", "The complaint's clock is not paused."),
        ComplaintAction.SuspendProcurement => c.Allows(ComplaintChange.Suspend) ? null : new Refusal("只有处理中的投诉可以暂停采购活动。", "Only a complaint being handled can suspend the procurement."),
        _ => c.Allows(ComplaintChange.Decide) ? null
            : new Refusal(c.Status == ComplaintStatus.Paused ? "检验、鉴定或专家评审中，恢复计时后作出决定。" : "只有已受理的投诉可以作出处理决定。",
                c.Status == ComplaintStatus.Paused ? "Resume the clock after testing or review, then decide." : "Only an accepted complaint is decided."),
    };

    private static Refusal? Regulator(Complaint c, ActorStanding who) =>
        who.WhyNotRole(Roles.Regulator) ?? (who.Kind == OrganizationKind.Regulator && who.RegionCode == c.RegionCode ? null
            : new Refusal($"投诉由项目所在地区（{c.RegionCode}）的财政部门处理。", $"The complaint is handled by the finance department of its region ({c.RegionCode}).",
                Jurisdiction, RefusalGround.Jurisdiction));
}
