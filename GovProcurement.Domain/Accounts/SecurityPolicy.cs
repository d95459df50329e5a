namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Sign-in and password settings, bound from configuration section <c>Security</c>.
/// The defaults follow GB/T 22239-2019 (网络安全等级保护基本要求, level 3): passwords of at
/// least 8 characters from 3 of 4 character classes, lockout after repeated failures;
/// PBKDF2 iterations follow OWASP's 2023 password storage guidance (HMAC-SHA512, 210,000).
/// </summary>
public sealed class SecurityPolicy
{
    public const string Section = "Security";

    public int MinimumPasswordLength { get; set; } = 8;

    public int RequiredCharacterClasses { get; set; } = 3;

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int Pbkdf2Iterations { get; set; } = 210_000;

    /// <summary>
    /// How often an open circuit re-checks its account besides being told of every change, on any
    /// instance (<see cref="AccountSessions"/>): the bound should a live signal be lost.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an account's security stamp is cached for the check on every request. A change drops
    /// it at once from the shared cache (Redis with several instances); this bounds how late an
    /// instance sees a change should that drop fail.
    /// </summary>
    public TimeSpan SessionStampCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most about this many accounts' stamps are cached in memory when no Redis is configured (the rest are read per request).</summary>
    public int SessionStampCacheEntries { get; set; } = 100_000;
}
