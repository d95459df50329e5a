using System.Globalization;

namespace GovProcurement.Domain.Common;

/// <summary>
/// The one conversion from a stored instant to what a person reads. Every time is stored and
/// exchanged in UTC; pages, PDFs and workbooks show Beijing time (UTC+8, <see cref="Clock.ChinaOffset"/>).
/// A value that is not of kind <see cref="DateTimeKind.Utc"/> is refused: a wall time already moved
/// to Beijing would otherwise be moved a second time and read 8 hours late.
/// </summary>
public static class BeijingTime
{
    /// <summary>How a time to the minute is printed everywhere: 2026-11-27 09:30.</summary>
    public const string MinuteFormat = "yyyy-MM-dd HH:mm";

    /// <summary>How a time to the second is printed (audit entries, bid submissions): 2026-11-27 09:30:05.</summary>
    public const string SecondFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The Beijing wall time of <paramref name="utc"/>, of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="utc"/> is not a UTC value.</exception>
    public static DateTime FromUtc(DateTime utc) =>
        DateTime.SpecifyKind(RequireUtc(utc) + Clock.ChinaOffset, DateTimeKind.Unspecified);

    /// <summary><paramref name="utc"/> in Beijing time to the minute.</summary>
    public static string Minutes(DateTime utc) => FromUtc(utc).ToString(MinuteFormat, CultureInfo.InvariantCulture);

    /// <summary><paramref name="utc"/> in Beijing time to the minute, or <paramref name="none"/> when there is no time.</summary>
    public static string Minutes(DateTime? utc, string none) => utc is { } value ? Minutes(value) : none;

    /// <summary><paramref name="utc"/> in Beijing time to the second.</summary>
    public static string Seconds(DateTime utc) => FromUtc(utc).ToString(SecondFormat, CultureInfo.InvariantCulture);

    /// <summary>The Beijing calendar day of <paramref name="utc"/>.</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>The instant the Beijing calendar day <paramref name="day"/> starts (00:00 Beijing), in UTC.</summary>
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Clock.ChinaOffset, DateTimeKind.Utc);

    /// <summary>Returns <paramref name="time"/> when it is UTC; refuses a local or unspecified time.</summary>
    public static DateTime RequireUtc(DateTime time) => time.Kind == DateTimeKind.Utc
        ? time
        : throw new ArgumentException(
            $"Expected a UTC time, got {time.Kind} {time:O}: pass the stored UTC instant, the conversion to Beijing time happens once where it is shown.",
            nameof(time));
}
