using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// The clock the demo story runs the use cases on: it stands still at the moment the story has
/// reached and only moves forward, never past <see cref="Anchor"/> (the real "now" when seeding
/// began), so the story ends now and nothing it records lies in the future.
/// </summary>
public sealed class StoryClock(DateTimeOffset anchor) : TimeProvider
{
    private DateTimeOffset now = anchor;

    public DateTimeOffset Anchor { get; } = anchor;

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>The anchor's date in Beijing: the story's "today".</summary>
    public DateOnly AnchorDay => DateOnly.FromDateTime(Anchor.ToOffset(Clock.ChinaOffset).DateTime);

    /// <summary>Beijing date <paramref name="days"/> days before the anchor's, at the given Beijing time.</summary>
    public DateTimeOffset DaysAgo(int days, int hour, int minute = 0) => OnChinaDay(AnchorDay.AddDays(-days), hour, minute);

    /// <summary>Beijing date <paramref name="days"/> days after the story's current one, at the given Beijing time.</summary>
    public DateTimeOffset Later(int days, int hour, int minute = 0) => OnChinaDay(this.TodayInChina().AddDays(days), hour, minute);

    internal void Rewind(DateTimeOffset start) => now = start;

    internal void MoveTo(DateTimeOffset moment)
    {
        if (moment > Anchor)
        {
            throw new InvalidOperationException("The demo story cannot move past now.");
        }

        if (moment > now)
        {
            now = moment;
        }
    }

    private static DateTimeOffset OnChinaDay(DateOnly day, int hour, int minute) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Clock.ChinaOffset).ToUniversalTime();
}
