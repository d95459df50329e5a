using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Integration;

public sealed record ApiKeyRow(Guid Id, string OrganizationName, string Name, string Prefix, DateTime CreatedUtc, string CreatedBy, DateTime? RevokedUtc, OrganizationKind OrganizationKind)
{
    /// <summary>What the key may call, by its organisation's kind.</summary>
    public IReadOnlyList<Bilingual> Reach => ApiKeyReach.For(OrganizationKind);
}

/// <summary>The organisation an API call acts for, once its key checked out.</summary>
public sealed record ApiCaller(Guid OrganizationId, OrganizationKind Kind, string KeyName)
{
    /// <summary>The caller as the use cases see it: the roles its organisation's kind carries.</summary>
    public Actor ToActor() => new($"api:{KeyName}", OrganizationId, (Kind switch
    {
        OrganizationKind.BudgetUnit => new[] { Roles.PurchaserOperator },
        OrganizationKind.Regulator => [Roles.Regulator],
        OrganizationKind.Agency => [Roles.Agency],
        _ => [Roles.Supplier],
    }).ToHashSet());
}

/// <summary>Issuing, revoking and checking the integration API's keys; issuing and revoking are audited.</summary>
public sealed class ApiKeys(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    public async Task<string> IssueAsync(Guid organizationId, string name, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > ApiKey.NameMaxLength)
        {
            throw new DomainException($"请填写密钥用途（不超过 {ApiKey.NameMaxLength} 字）。", $"Name the key (at most {ApiKey.NameMaxLength} characters).");
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken)
            ?? throw new DomainException("机构不存在。", "The organisation does not exist.");
        var (key, plaintext) = ApiKey.Issue(organizationId, name, actor, time.UtcNow());
        db.ApiKeys.Add(key);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ApiKeyIssued, actor, organization.Name, $"{key.Name}（{key.Prefix}）")], cancellationToken);
        return plaintext;
    }

    public async Task RevokeAsync(Guid keyId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken) ?? throw new DomainException("密钥不存在。", "The key does not exist.");
        key.Revoke(actor, time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.ApiKeyRevoked, actor, null, $"{key.Name}（{key.Prefix}）")], cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.OrderByDescending(k => k.CreatedUtc)
            .Select(k => new ApiKeyRow(k.Id, db.Organizations.Where(o => o.Id == k.OrganizationId).Select(o => o.Name).First(), k.Name, k.Prefix, k.CreatedUtc, k.CreatedBy, k.RevokedUtc,
                db.Organizations.Where(o => o.Id == k.OrganizationId).Select(o => o.Kind).First()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The caller a key stands for, or null for an unknown, malformed or revoked key.</summary>
    public async Task<ApiCaller?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (ApiKey.Parse(presented) is not { } parts)
        {
            return null;
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == parts.Prefix, cancellationToken);
        if (key is not { IsActive: true } || !key.Matches(parts.Secret))
        {
            return null;
        }

        var kind = await db.Organizations.Where(o => o.Id == key.OrganizationId).Select(o => o.Kind).FirstAsync(cancellationToken);
        return new ApiCaller(key.OrganizationId, kind, key.Name);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsUnicode(false);
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.Property(k => k.RevokedBy).HasMaxLength(256);
        builder.Ignore(k => k.IsActive);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
