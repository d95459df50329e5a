namespace GovProcurement.Tests.Support;

/// <summary>
/// The system clock moved forward by <see cref="Offset"/>: a browser test can jump past a bid
/// deadline days away while timers, circuits and sign-in keep running on real time.
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
