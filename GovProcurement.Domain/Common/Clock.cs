namespace GovProcurement.Domain.Common;

/// <summary>Helpers that keep every stored time in UTC and every rule date in China's calendar.</summary>
public static class Clock
{
    /// <summary>China Standard Time: UTC+8 all year (no daylight saving since 1991).</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in China, the date rules take effect on.</summary>
    public static DateOnly TodayInChina(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
