using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Whether a session (a cookie, an open circuit) still speaks for its account: the account exists,
/// is enabled and still has the security stamp the session was issued with. Sign-out, a password
/// change or reset, a role change and disabling each give the account a new stamp and call
/// <see cref="Changed"/>, which drops the cached stamp at once and signals every instance
/// (<see cref="Topic"/>), whose open circuits are told (<see cref="StampChanged"/>), so no old
/// session outlives the change by even one request, on any instance.
/// </summary>
/// <remarks>
/// Every request checks, so the stamps are cached: one primary-key read per account per
/// <see cref="SecurityPolicy.SessionStampCacheDuration"/>. The cache is the distributed one (Redis
/// when several instances share it, this process's memory otherwise), so a dropped stamp is dropped
/// for every instance. A read that raced a change is not cached; each instance drops the stamp
/// again when the signal reaches it. Should the cache be unreachable, the store answers.
/// </remarks>
public sealed class AccountSessions : IDisposable
{
    /// <summary>The live-signal topic of a changed account (the id is the account's).</summary>
    public const string Topic = "account-session";

    private const string KeyPrefix = "account-stamp:";
    private const string NoStamp = "-"; // an unknown or disabled account (a stamp is never "-")

    private readonly IDbContextFactory<GovProcurementDbContext> store;
    private readonly IDistributedCache stamps;
    private readonly ILiveSignals signals;
    private readonly ILogger<AccountSessions> logger;
    private readonly TimeSpan cacheDuration;
    private readonly IDisposable subscription;
    private long generation;

    public AccountSessions(IDbContextFactory<GovProcurementDbContext> store, IOptions<SecurityPolicy> policy, IDistributedCache stamps, ILiveSignals signals, ILogger<AccountSessions> logger)
    {
        this.store = store;
        this.stamps = stamps;
        this.signals = signals;
        this.logger = logger;
        cacheDuration = policy.Value.SessionStampCacheDuration;
        subscription = signals.Subscribe(Topic, id => OnChanged(id.ToString()));
    }

    /// <summary>Raised with the account's id after its stamp changed, on this instance or another; subscribers re-check their session.</summary>
    public event Action<string>? StampChanged;

    /// <summary>True when the account exists, is enabled and its stamp is still <paramref name="stamp"/>.</summary>
    public async ValueTask<bool> IsCurrentAsync(string? userId, string? stamp, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var current = await CachedAsync(userId, cancellationToken) ?? await LoadAsync(userId, cancellationToken);
        return current == stamp;
    }

    /// <summary>Call after saving a new stamp (or disabling) for the account.</summary>
    public void Changed(string userId)
    {
        Drop(userId);
        if (Guid.TryParse(userId, out var id))
        {
            signals.Publish(Topic, id); // reaches this instance's circuits too
        }
        else
        {
            OnChanged(userId); // Identity's ids are Guids; any other reaches this instance only
        }
    }

    public void Dispose() => subscription.Dispose();

    private void OnChanged(string userId)
    {
        Drop(userId);
        StampChanged?.Invoke(userId);
    }

    private void Drop(string userId)
    {
        Interlocked.Increment(ref generation);
        try
        {
            stamps.Remove(KeyPrefix + userId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not drop the cached session stamp of {UserId}; other instances see the change within {Duration}", userId, cacheDuration);
        }
    }

    /// <summary>The cached stamp ("" for an account that has none), or null when not cached or the cache is away.</summary>
    private async Task<string?> CachedAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await stamps.GetStringAsync(KeyPrefix + userId, cancellationToken) is { } cached
                ? (cached == NoStamp ? "" : cached)
                : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The session stamp cache is not available; reading the store");
            return null;
        }
    }

    /// <summary>The stamp of an enabled account, or "" (unknown or disabled), cached unless a change raced the read.</summary>
    private async Task<string> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var before = Interlocked.Read(ref generation);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken) ?? "";
        if (Interlocked.Read(ref generation) == before)
        {
            try
            {
                await stamps.SetStringAsync(KeyPrefix + userId, current.Length == 0 ? NoStamp : current,
                    new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = cacheDuration }, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not cache the session stamp of {UserId}", userId);
            }
        }

        return current;
    }
}
