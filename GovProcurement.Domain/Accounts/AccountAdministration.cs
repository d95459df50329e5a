using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Accounts;

public sealed record AccountRow(
    string Id,
    string UserName,
    string DisplayName,
    string? OrganizationName,
    OrganizationKind? OrganizationKind,
    string? ConcurrencyStamp,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    bool MustChangePassword,
    DateTime? LockoutEndUtc);

/// <summary>A role the administrator may grant to an account (it lacks it) or revoke (it holds it).</summary>
public sealed record RoleChange(string Role, bool Grant);

/// <summary>
/// The platform administrator's account actions. Each one changes the account's security stamp,
/// so the account's cookies are refused and its open circuits closed at once (<see cref="AccountSessions"/>),
/// and each one is audited in the same transaction.
/// </summary>
public sealed class AccountAdministration(
    IDbContextFactory<GovProcurementDbContext> store,
    AuditLog audit,
    IPasswordHasher<ApplicationUser> hasher,
    AccountSessions sessions,
    TimeProvider time)
{
    public async Task<Page<AccountRow>> SearchAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.UserName).Skip(skip).Take(Math.Clamp(take, 1, 200))
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                OrganizationName = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                OrganizationKind = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => (OrganizationKind?)o.Kind).FirstOrDefault(),
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList(),
                u.ConcurrencyStamp,
                u.IsDisabled,
                u.MustChangePassword,
                u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        return new Page<AccountRow>(
            rows.Select(r => new AccountRow(r.Id, r.UserName!, r.DisplayName, r.OrganizationName, r.OrganizationKind, r.ConcurrencyStamp, r.Roles, r.IsDisabled, r.MustChangePassword, r.LockoutEnd?.UtcDateTime)).ToList(),
            total);
    }

    public Task DisableAsync(string userId, string? expectedStamp, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, expectedStamp, actor, AuditEventType.AccountDisabled, user =>
        {
            ActionsOf(user, actor).Require(AccountAction.Disable);
            user.Disable();
            return "停用账号";
        }, cancellationToken);

    public Task EnableAsync(string userId, string? expectedStamp, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, expectedStamp, actor, AuditEventType.AccountEnabled, user =>
        {
            ActionsOf(user, actor).Require(AccountAction.Enable);
            user.Enable();
            return "启用账号";
        }, cancellationToken);

    /// <summary>Grants or revokes one role; the platform administrator role is not granted here.</summary>
    public async Task SetRoleAsync(string userId, string? expectedStamp, string role, bool granted, string actor, CancellationToken cancellationToken = default)
    {
        if (!Roles.All.Contains(role) || role == Roles.PlatformAdmin)
        {
            throw new DomainException("该角色不能在此授予或撤销。", "This role cannot be granted or revoked here.");
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userId, expectedStamp, cancellationToken);
        var link = await db.UserRoles.FirstOrDefaultAsync(r => r.UserId == userId && r.RoleId == role, cancellationToken);
        if (granted == (link is not null))
        {
            return;
        }

        if (granted)
        {
            await EnsureRoleFitsOrganizationAsync(db, user, role, cancellationToken);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = role });
        }
        else
        {
            db.UserRoles.Remove(link!);
        }

        Touch(user);
        var what = granted ? "授予" : "撤销";
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.RoleChanged, actor, user.UserName, $"{what}角色 {role}")], cancellationToken);
        sessions.Changed(user.Id);
    }

    /// <summary>
    /// Sets the account back to the initial password its organisation's account rule gives
    /// (for a user who forgot the password), unlocks it, and forces a change at next sign-in.
    /// </summary>
    /// <returns>The new password when the rule generates one (to be handed over once), else null.</returns>
    public async Task<string?> ResetToInitialPasswordAsync(string userId, string? expectedStamp, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userId, expectedStamp, cancellationToken);
        ActionsOf(user, actor).Require(AccountAction.Reset);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == user.OrganizationId, cancellationToken)
            ?? throw new DomainException("该账号不属于任何机构，不能按账号规则重置。", "The account belongs to no organisation; no rule gives its initial password.");
        var rules = await db.AccountRules.AsNoTracking().ToListAsync(cancellationToken);
        var today = time.TodayInChina();
        var rule = new AccountRuleSelector(rules, Regions.RegionDirectory.Guangdong).Select(organization.Kind, organization.RegionCode, today);
        var planned = AccountPlanner.Plan(organization, rule);
        var password = planned.FirstOrDefault(p => p.UserName == user.UserName)?.InitialPassword ?? throw new DomainException(
            "该账号名与现行账号规则不一致，无法确定初始密码，请核实后处理。",
            "The account name does not follow the current account rule, so its initial password cannot be derived.");
        user.PasswordHash = hasher.HashPassword(user, password);
        user.RequirePasswordChange();
        Touch(user);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.PasswordReset, actor, user.UserName, $"重置为初始密码（{rule.PasswordSource}）")], cancellationToken);
        sessions.Changed(user.Id);
        return rule.PasswordSource == InitialPasswordSource.Generated ? password : null;
    }

    private async Task ChangeAsync(string userId, string? expectedStamp, string actor, AuditEventType type, Func<ApplicationUser, string> change, CancellationToken cancellationToken)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userId, expectedStamp, cancellationToken);
        var detail = change(user);
        Touch(user);
        await audit.SaveWithAsync(db, [new AuditRecord(type, actor, user.UserName, detail)], cancellationToken);
        sessions.Changed(user.Id);
    }

    private static ActionSet<AccountAction> ActionsOf(ApplicationUser user, string actor) =>
        AccountActions.For(user.UserName ?? "", user.IsDisabled, user.OrganizationId is not null, actor);

    /// <summary>
    /// A new security stamp ends the account's sessions (the caller then calls <see cref="AccountSessions.Changed"/>); a new
    /// concurrency stamp makes a concurrent edit of the same account fail instead of overwriting.
    /// </summary>
    private static void Touch(ApplicationUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>
    /// Loads the account; when the caller acted on what it read earlier (<paramref name="expectedStamp"/>),
    /// an account changed since then is a conflict, not a silent overwrite.
    /// </summary>
    private static async Task<ApplicationUser> FindAsync(GovProcurementDbContext db, string userId, string? expectedStamp, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new DomainException("账号不存在或已被删除。", "The account does not exist.");
        return expectedStamp is not null && user.ConcurrencyStamp != expectedStamp ? throw new ConcurrencyConflictException() : user;
    }

    /// <summary>The role changes the administrator is offered for an account: each role its organisation's kind takes, granted or revoked.</summary>
    public static IReadOnlyList<RoleChange> RoleChangesFor(AccountRow account) =>
        RolesFor(account.OrganizationKind).Select(role => new RoleChange(role, !account.Roles.Contains(role))).ToList();

    /// <summary>The roles an account of this kind of organisation may hold.</summary>
    public static IReadOnlyList<string> RolesFor(OrganizationKind? kind) => kind switch
    {
        OrganizationKind.BudgetUnit => [Roles.PurchaserOperator, Roles.PurchaserReviewer],
        OrganizationKind.Agency => [Roles.Agency],
        OrganizationKind.Supplier => [Roles.Supplier],
        OrganizationKind.Regulator => [Roles.Regulator],
        _ => [],
    };

    private static async Task EnsureRoleFitsOrganizationAsync(GovProcurementDbContext db, ApplicationUser user, string role, CancellationToken cancellationToken)
    {
        var kind = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => (OrganizationKind?)o.Kind).FirstOrDefaultAsync(cancellationToken);
        if (!RolesFor(kind).Contains(role))
        {
            throw new DomainException("该角色与账号所属机构的类型不符。", "The role does not fit the account's organisation.");
        }
    }
}
