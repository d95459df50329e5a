namespace GovProcurement.Domain.Common;

/// <summary>Helpers that keep every stored time in UTC and every rule date in China's calendar.</summary>
public static class Clock
{
    /// <summary>China Standard Time: UTC+8 all year (no daylight saving since 1991).</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// Now, in whole microseconds: the finest time every store keeps (PostgreSQL's timestamps hold
    /// microseconds, .NET ticks are tenths of one). A time is the same before it is stored and after it is
    /// read back, so what is signed or digested with it (the audit chain, bids, panel draws) verifies on
    /// every provider.
    /// </summary>
    public static DateTime UtcNow(this TimeProvider time) => ToMicroseconds(time.GetUtcNow().UtcDateTime);

    /// <summary>The time without its sub-microsecond ticks.</summary>
    public static DateTime ToMicroseconds(DateTime value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Today's date in China, the date rules take effect on.</summary>
    public static DateOnly TodayInChina(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
