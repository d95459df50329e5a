namespace GovProcurement.Portal.Components.Shared;

/// <summary>Lets progress re-render a component at most every quarter second; state changes always pass.</summary>
public sealed class RenderThrottle
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private DateTime last;

    public bool Due(bool progressOnly)
    {
        var now = DateTime.UtcNow;
        if (progressOnly && now - last < Interval)
        {
            return false;
        }

        last = now;
        return true;
    }
}
