using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Complaints;

/// <summary>Where a challenge's periods stand today: when the answer is due, the last day to complain, and whether a complaint exists.</summary>
public sealed record ChallengeClock(DateOnly Today, DateOnly AnswerDue, DateOnly ComplaintDue, bool HasComplaint, string ComplaintCitation);

/// <summary>
/// Which challenge steps an actor may take now, and why not: the purchaser's operator or the entrusted
/// agency answers in writing; the challenging supplier complains once answered or once the answer period
/// is over, until the complaint period ends. Pages render this; <see cref="ChallengeDesk"/> requires it.
/// </summary>
public static class ChallengeSteps
{
    public static IReadOnlyList<ChallengeAction> All { get; } = Enum.GetValues<ChallengeAction>();

    public static ActionSet<ChallengeAction> For(Challenge challenge, ActorStanding who, ChallengeClock clock) =>
        new(All.Select(action => new AvailableAction<ChallengeAction>(action, WhyNot(action, challenge, who, clock))).ToList());

    private static Refusal? WhyNot(ChallengeAction action, Challenge c, ActorStanding who, ChallengeClock clock) => action switch
    {
        ChallengeAction.Answer => Respondent.WhyNot(c.PurchaserId, c.AgencyId, who)
            ?? (c.Allows(ChallengeAction.Answer) ? null : new Refusal("该质疑已书面答复。", "The challenge has been answered in writing.")),
        _ => Challenger(c, who) ?? Complainable(c, clock),
    };

    private static Refusal? Complainable(Challenge c, ChallengeClock clock)
    {
        if (clock.HasComplaint)
        {
            return new Refusal("已就该质疑提起投诉。", "A complaint on this challenge has been filed.");
        }

        if (c.Status == ChallengeStatus.Filed && clock.Today <= clock.AnswerDue)
        {
            return new Refusal($"质疑答复期限（{clock.AnswerDue:yyyy-MM-dd}）届满或收到答复后方可投诉。",
                $"A complaint follows the answer or the end of the answer period ({clock.AnswerDue:yyyy-MM-dd}).", clock.ComplaintCitation);
        }

        return clock.Today <= clock.ComplaintDue ? null : new Refusal($"投诉期限已过：应在 {clock.ComplaintDue:yyyy-MM-dd} 前提起。",
            $"The complaint period is over: the last day was {clock.ComplaintDue:yyyy-MM-dd}.", clock.ComplaintCitation);
    }

    private static Refusal? Challenger(Challenge c, ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Belongs(c.SupplierId) ? null
            : new Refusal("只能就本公司的质疑提起投诉。", "Only the challenging supplier complains.", ground: RefusalGround.Jurisdiction));
}

/// <summary>Which inquiry steps an actor may take now: the purchaser's operator or the entrusted agency answers, once.</summary>
public static class InquirySteps
{
    public static IReadOnlyList<InquiryAction> All { get; } = Enum.GetValues<InquiryAction>();

    public static ActionSet<InquiryAction> For(Inquiry inquiry, ActorStanding who) =>
        new(All.Select(action => new AvailableAction<InquiryAction>(action, Respondent.WhyNot(inquiry.PurchaserId, inquiry.AgencyId, who)
            ?? (inquiry.Allows(action) ? null : new Refusal("该询问已答复。", "The inquiry has been answered.")))).ToList());
}

/// <summary>Who answers inquiries and challenges: the project's purchaser (its operator) or its entrusted agency (94号令第十三条).</summary>
internal static class Respondent
{
    public static Refusal? WhyNot(Guid purchaserId, Guid agencyId, ActorStanding who)
    {
        if (!who.IsIn(Roles.PurchaserOperator) && !who.IsIn(Roles.Agency))
        {
            return new Refusal("此步骤由采购人或采购代理机构办理。", "This step is for the purchaser or the agency.", ground: RefusalGround.Role);
        }

        var own = (who.IsIn(Roles.PurchaserOperator) && who.Belongs(purchaserId)) || (who.IsIn(Roles.Agency) && who.Belongs(agencyId));
        return own ? null : new Refusal("只能答复本单位（本机构）项目的询问和质疑。", "You answer only your own unit's or agency's projects.", ground: RefusalGround.Jurisdiction);
    }
}
