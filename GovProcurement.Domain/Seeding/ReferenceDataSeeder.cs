using GovProcurement.Domain.Common;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Seeding;

/// <summary>Settings of the platform administrator's account, section <c>Platform:Admin</c>.</summary>
public sealed class PlatformAdminOptions
{
    public const string Section = "Platform:Admin";

    public string UserName { get; set; } = "admin";

    /// <summary>
    /// The initial password; it must be changed at first sign-in. When empty, a random one is
    /// made and written once to the log at warning level.
    /// </summary>
    public string InitialPassword { get; set; } = "";
}

/// <summary>
/// Keeps the reference data every installation needs in step with the shipped data: the
/// region tree, the roles, the first account rules and the platform administrator's account.
/// Safe to run at every start.
/// </summary>
public sealed class ReferenceDataSeeder(
    IDbContextFactory<GovProcurementDbContext> store,
    AccountProvisioner provisioner,
    IPasswordHasher<ApplicationUser> hasher,
    IOptions<PlatformAdminOptions> adminOptions,
    AuditLog audit,
    TimeProvider time,
    ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        await SyncRegionsAsync(db, cancellationToken);
        await SeedRolesAsync(db, cancellationToken);
        if (!await db.AccountRules.AnyAsync(cancellationToken))
        {
            db.AccountRules.AddRange(DefaultAccountRules.All());
        }

        // Kinds added by a newer release start with their shipped rows; kinds already present are the administrator's.
        var presentKinds = await db.ProcurementRules.Select(r => r.Kind).Distinct().ToListAsync(cancellationToken);
        db.ProcurementRules.AddRange(DefaultProcurementRules.All().Where(r => !presentKinds.Contains(r.Kind)));
        if (!await db.ETradingRollouts.AnyAsync(cancellationToken))
        {
            db.ETradingRollouts.AddRange(Projects.ETradingRollout.Shipped());
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedAdminAsync(db, cancellationToken);
    }

    private static async Task SyncRegionsAsync(GovProcurementDbContext db, CancellationToken ct)
    {
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, ct);
        // Parents first, so that every foreign key points at a row already added.
        foreach (var region in RegionDirectory.Guangdong.All.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal))
        {
            if (existing.TryGetValue(region.Code, out var stored))
            {
                stored.UpdateFrom(region);
            }
            else
            {
                db.Regions.Add(new Region(region.Code, region.Name, region.NameEn, region.Level, region.ParentCode, region.IsOnPlatform));
            }
        }
    }

    private static async Task SeedRolesAsync(GovProcurementDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Id).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role) { Id = role, NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = role });
        }
    }

    private async Task SeedAdminAsync(GovProcurementDbContext db, CancellationToken ct)
    {
        var options = adminOptions.Value;
        if (await db.UserRoles.AnyAsync(ur => ur.RoleId == Roles.PlatformAdmin, ct))
        {
            return;
        }

        var password = options.InitialPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            password = PasswordGenerator.Create();
            logger.LogWarning("Created the platform administrator {UserName} with the one-time password {Password}; it must be changed at first sign-in.", options.UserName, password);
        }

        var admin = ApplicationUser.Create(options.UserName, provisioner.Normalize(options.UserName), null, "平台管理员", time.UtcNow());
        admin.PasswordHash = hasher.HashPassword(admin, password);
        db.Users.Add(admin);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = admin.Id, RoleId = Roles.PlatformAdmin });
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.AccountCreated, "system", admin.UserName, "平台管理员账号")], ct);
    }
}
