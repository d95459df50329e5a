using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;

namespace GovProcurement.Portal.Components.Shared;

/// <summary>
/// One step on a <see cref="Timeline"/>: what was done (a resource key), by whom, when, and optionally
/// a note, or a reason (why a step sent something back or refused it), which the timeline marks.
/// </summary>
public sealed record TimelineEntry(string ActionKey, string Actor, DateTime AtUtc, string? Note = null, string? Reason = null)
{
    public bool HasReason => !string.IsNullOrEmpty(Reason);

    public bool HasNote => !string.IsNullOrEmpty(Note);
}

/// <summary>The domain's timelines as entries of the shared <see cref="Timeline"/>.</summary>
public static class TimelineEntries
{
    public static IReadOnlyList<TimelineEntry> AsTimeline(this IEnumerable<PlanEvent> events) =>
        events.Select(e => new TimelineEntry($"PlanAction.{e.Action}", e.Actor, e.AtUtc, Reason: e.Reason)).ToList();

    public static IReadOnlyList<TimelineEntry> AsTimeline(this IEnumerable<ProjectEvent> events) =>
        events.Select(e => new TimelineEntry($"ProjectAction.{e.Action}", e.Actor, e.AtUtc, Note: e.Note)).ToList();
}
