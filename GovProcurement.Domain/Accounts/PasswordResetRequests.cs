using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// Self-service "forgot password": the request is recorded for an existing account and ignored
/// for an unknown one, and the caller gets the same answer either way. An account has at most
/// one open request, so repeated requests do not pile up.
/// </summary>
public sealed class PasswordResetRequests(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public async Task RequestAsync(string userName, string contact, CancellationToken cancellationToken = default)
    {
        userName = userName.Trim();
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            await audit.AppendAsync(AuditEventType.PasswordResetRequested, userName, null, "账号不存在，未登记", cancellationToken);
            return;
        }

        if (!await db.PasswordResetRequests.AnyAsync(r => r.UserId == user.Id && r.HandledUtc == null, cancellationToken))
        {
            db.PasswordResetRequests.Add(new PasswordResetRequest(user, contact.Trim(), time.UtcNow()));
        }

        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.PasswordResetRequested, userName, null, "已登记，待管理员核实")], cancellationToken);
    }

    public async Task<IReadOnlyList<PasswordResetRequest>> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await db.PasswordResetRequests.AsNoTracking().Where(r => r.HandledUtc == null)
            .OrderBy(r => r.RequestedUtc).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>Closes the account's open requests once an administrator has acted on them.</summary>
    public async Task CloseAsync(string userId, string administrator, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        foreach (var request in await db.PasswordResetRequests.Where(r => r.UserId == userId && r.HandledUtc == null).ToListAsync(cancellationToken))
        {
            request.MarkHandled(administrator, time.UtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
