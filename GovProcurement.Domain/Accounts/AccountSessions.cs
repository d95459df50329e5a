using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Whether a session (a cookie, an open circuit) still speaks for its account: the account exists,
/// is enabled and still has the security stamp the session was issued with. Sign-out, a password
/// change or reset, a role change and disabling each give the account a new stamp and call
/// <see cref="Changed"/>, which drops the cached stamp at once and tells every open circuit
/// (<see cref="StampChanged"/>), so no old session outlives the change by even one request.
/// </summary>
/// <remarks>
/// Every request checks, so the stamps are cached in memory: one primary-key read per account
/// per <see cref="SecurityPolicy.SessionStampCacheDuration"/>. On one instance a change is seen at
/// once; several instances behind a balancer see another's change within that duration.
/// </remarks>
public sealed class AccountSessions : IDisposable
{
    private readonly IDbContextFactory<GovProcurementDbContext> store;
    private readonly TimeSpan cacheDuration;
    private readonly MemoryCache stamps;
    private long generation;

    public AccountSessions(IDbContextFactory<GovProcurementDbContext> store, IOptions<SecurityPolicy> policy)
    {
        this.store = store;
        cacheDuration = policy.Value.SessionStampCacheDuration;
        stamps = new MemoryCache(new MemoryCacheOptions { SizeLimit = policy.Value.SessionStampCacheEntries });
    }

    /// <summary>Raised with the account's id after its stamp changed; subscribers re-check their session.</summary>
    public event Action<string>? StampChanged;

    /// <summary>True when the account exists, is enabled and its stamp is still <paramref name="stamp"/>.</summary>
    public async ValueTask<bool> IsCurrentAsync(string? userId, string? stamp, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        if (!stamps.TryGetValue(userId, out string? current))
        {
            current = await LoadAsync(userId, cancellationToken);
        }

        return current == stamp;
    }

    /// <summary>Call after saving a new stamp (or disabling) for the account.</summary>
    public void Changed(string userId)
    {
        Interlocked.Increment(ref generation);
        stamps.Remove(userId);
        StampChanged?.Invoke(userId);
    }

    /// <summary>The stamp of an enabled account, or null (unknown or disabled), cached unless a change raced the read.</summary>
    private async Task<string?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var before = Interlocked.Read(ref generation);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
        if (Interlocked.Read(ref generation) == before)
        {
            stamps.Set(userId, current, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = cacheDuration, Size = 1 });
        }

        return current;
    }

    public void Dispose() => stamps.Dispose();
}
