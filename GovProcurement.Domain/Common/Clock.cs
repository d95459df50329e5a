namespace GovProcurement.Domain.Common;

/// <summary>Helpers that keep every stored time in UTC.</summary>
public static class Clock
{
    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;
}
