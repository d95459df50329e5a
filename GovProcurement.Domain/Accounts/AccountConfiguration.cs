using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Accounts;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength + Organization.NameMaxLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganizationId);
    }
}

internal sealed class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Contact).HasMaxLength(PasswordResetRequest.ContactMaxLength);
        builder.Property(r => r.HandledBy).HasMaxLength(256);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.HandledUtc });
    }
}

internal sealed class AccountRuleConfiguration : IEntityTypeConfiguration<AccountRule>
{
    public void Configure(EntityTypeBuilder<AccountRule> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(r => r.Scope).HasMaxLength(16);
        builder.Property(r => r.NameBase).HasMaxLength(32);
        builder.Property(r => r.PasswordSource).HasMaxLength(16);
        builder.Property(r => r.OperatorSuffix).HasMaxLength(AccountRule.SuffixMaxLength);
        builder.Property(r => r.ReviewerSuffix).HasMaxLength(AccountRule.SuffixMaxLength);
        builder.Property(r => r.FixedInitialPassword).HasMaxLength(64);
        builder.Property(r => r.Citation).HasMaxLength(AccountRule.CitationMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.NeedsFinanceCode);
    }
}
