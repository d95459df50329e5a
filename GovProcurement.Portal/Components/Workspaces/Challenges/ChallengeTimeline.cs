using GovProcurement.Domain.Common;
using GovProcurement.Domain.Complaints;
using GovProcurement.Portal.Components.Shared;

namespace GovProcurement.Portal.Components.Workspaces.Challenges;

/// <summary>A challenge and its complaint as entries of the shared timeline: filed, answered, complained, checked, paused, resumed, suspended, decided.</summary>
public static class ChallengeTimeline
{
    public static IReadOnlyList<TimelineEntry> Of(Challenge c, Complaint? complaint)
    {
        var list = new List<TimelineEntry> { new("ChallengeStep.Filed", c.FiledBy, c.FiledUtc, ChallengeTexts.Subject(c.Subject).ToString()) };
        if (c.AnsweredUtc is { } answered)
        {
            list.Add(new("ChallengeStep.Answered", c.AnsweredBy ?? "", answered, ChallengeTexts.Answer(c.Upheld == true).ToString()));
        }

        if (complaint is not null)
        {
            list.AddRange(Of(complaint));
        }

        return list;
    }

    public static IReadOnlyList<TimelineEntry> Of(Complaint c)
    {
        var list = new List<TimelineEntry> { new("ChallengeStep.Complained", c.FiledBy, c.FiledUtc, c.Number) };
        if (c.CheckedOn is { } checkedOn)
        {
            list.Add(c.RejectReason is { } reason
                ? new("ChallengeStep.Rejected", c.CheckedBy ?? "", Noon(checkedOn), Reason: reason)
                : new("ChallengeStep.Accepted", c.CheckedBy ?? "", Noon(checkedOn)));
        }

        foreach (var pause in c.Pauses)
        {
            list.Add(new("ChallengeStep.Paused", "", Noon(pause.From), Reason: pause.Reason));
            if (pause.To is { } to)
            {
                list.Add(new("ChallengeStep.Resumed", "", Noon(to)));
            }
        }

        if (c.SuspendedFrom is { } from)
        {
            list.Add(new("ChallengeStep.Suspended", "", Noon(from), $"{from:yyyy-MM-dd} — {c.SuspendedUntil:yyyy-MM-dd}"));
        }

        if (c.DecidedUtc is { } decided)
        {
            list.Add(new("ChallengeStep.Decided", c.DecidedBy ?? "", decided, $"{ChallengeTexts.Finding(c.Finding!.Value)} · {ChallengeTexts.Remedy(c.Remedy)}"));
        }

        return list;
    }

    /// <summary>A day-only step at noon Beijing time, so it sorts within its day.</summary>
    private static DateTime Noon(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(4, 0)), DateTimeKind.Utc);
}
