namespace GovProcurement.Domain.Seeding.Story;

/// <summary>
/// Runs the story's scripts interleaved in time order. A script is an async iterator that yields
/// the moment it next wants to act and acts when resumed; the scheduler always resumes the script
/// that wants the earliest moment, so the whole story (and its audit log) moves forward in time.
/// A script whose next moment lies after now stops there: that step has not happened yet.
/// </summary>
internal static class StoryScheduler
{
    public static async Task RunAsync(StoryClock clock, IEnumerable<IAsyncEnumerable<DateTimeOffset>> scripts, CancellationToken ct)
    {
        var waiting = new List<IAsyncEnumerator<DateTimeOffset>>();
        try
        {
            foreach (var script in scripts)
            {
                await AdvanceAsync(script.GetAsyncEnumerator(ct), waiting);
            }

            clock.Rewind(waiting.Count == 0 ? clock.Anchor : waiting.Min(s => s.Current));
            while (waiting.Count > 0)
            {
                var next = waiting.MinBy(s => s.Current)!;
                waiting.Remove(next);
                if (next.Current > clock.Anchor)
                {
                    await next.DisposeAsync();
                    continue;
                }

                clock.MoveTo(next.Current);
                await AdvanceAsync(next, waiting);
            }
        }
        finally
        {
            foreach (var script in waiting)
            {
                await script.DisposeAsync();
            }
        }
    }

    private static async Task AdvanceAsync(IAsyncEnumerator<DateTimeOffset> script, List<IAsyncEnumerator<DateTimeOffset>> waiting)
    {
        if (await script.MoveNextAsync())
        {
            waiting.Add(script);
        }
        else
        {
            await script.DisposeAsync();
        }
    }
}
