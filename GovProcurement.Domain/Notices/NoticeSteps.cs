using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Notices;

/// <summary>What a person can do with a published notice.</summary>
public enum NoticeStep
{
    /// <summary>A lower finance department forwards a policy notice with its own additions (逐级转发).</summary>
    Forward = 1,
}

/// <summary>
/// Who may forward a notice: a finance department below the one that issued it, only for policy
/// notices. The page renders this answer and <see cref="PolicyNotices.ForwardAsync"/> requires it.
/// </summary>
public static class NoticeSteps
{
    public static ActionSet<NoticeStep> For(Notice notice, ActorStanding who) =>
        new([new AvailableAction<NoticeStep>(NoticeStep.Forward, WhyNotForward(notice, who))]);

    /// <summary>The title a forwarding notice takes: "关于转发《…》的通知", unless it already forwards.</summary>
    public static string ForwardingTitle(string sourceTitle) =>
        sourceTitle.StartsWith("关于转发", StringComparison.Ordinal) ? sourceTitle : $"关于转发《{sourceTitle}》的通知";

    private static Refusal? WhyNotForward(Notice notice, ActorStanding who)
    {
        if (who.WhyNotRole(Roles.Regulator) is { } notYours)
        {
            return notYours;
        }

        if (notice.Type != NoticeType.Policy)
        {
            return new Refusal("只有政策通知可以转发。", "Only policy notices are forwarded.");
        }

        return who.Kind == OrganizationKind.Regulator && who.RegionCode is { } region
            && region != notice.RegionCode && RegionDirectory.Guangdong.IsWithin(region, notice.RegionCode)
                ? null
                : new Refusal("只能转发上级财政部门的通知。", "You can only forward a notice from a department above you.", ground: RefusalGround.Jurisdiction);
    }
}
