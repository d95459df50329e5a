using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasDiscriminator(o => o.Kind)
            .HasValue<BudgetUnit>(OrganizationKind.BudgetUnit)
            .HasValue<Agency>(OrganizationKind.Agency)
            .HasValue<Supplier>(OrganizationKind.Supplier)
            .HasValue<Regulator>(OrganizationKind.Regulator);
        builder.Property(o => o.Kind).HasMaxLength(16);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Kind, o.RegionCode });
        builder.HasIndex(o => new { o.RegionCode, o.Kind }).IsUnique().HasFilter("[Kind] = 'Regulator'")
            .HasDatabaseName("IX_Organizations_OneRegulatorPerRegion");
    }
}

internal sealed class BudgetUnitConfiguration : IEntityTypeConfiguration<BudgetUnit>
{
    public void Configure(EntityTypeBuilder<BudgetUnit> builder)
    {
        builder.Property(u => u.BudgetCode).HasMaxLength(BudgetUnit.CodeMaxLength).IsUnicode(false);
        builder.Property(u => u.FinanceCode).HasMaxLength(BudgetUnit.CodeMaxLength).IsUnicode(false);
        builder.Property(u => u.FiscalLevel).HasMaxLength(16);
        builder.Property(u => u.LegacyAccountName).HasMaxLength(BudgetUnit.LegacyAccountMaxLength);
        builder.HasIndex(u => u.BudgetCode).IsUnique().HasFilter("[BudgetCode] IS NOT NULL");
        builder.HasOne<BudgetUnit>().WithMany().HasForeignKey(u => u.CompetentUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.CreditCode).HasColumnName("CreditCode").HasMaxLength(UnifiedSocialCreditCode.Length).IsUnicode(false);
        // Agencies and suppliers share the column, so this one index keeps every credit code unique.
        builder.HasIndex(a => a.CreditCode).IsUnique().HasFilter("[CreditCode] IS NOT NULL").HasDatabaseName("IX_Organizations_CreditCode");
        builder.Property(a => a.LegacyAccountName).HasColumnName("LegacyAccountName").HasMaxLength(BudgetUnit.LegacyAccountMaxLength);
    }
}

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.CreditCode).HasColumnName("CreditCode").HasMaxLength(UnifiedSocialCreditCode.Length).IsUnicode(false);
        builder.Property(s => s.Scale).HasMaxLength(16);
    }
}

internal sealed class SupplierDebarmentConfiguration : IEntityTypeConfiguration<SupplierDebarment>
{
    public void Configure(EntityTypeBuilder<SupplierDebarment> builder)
    {
        builder.ToTable("SupplierDebarments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reason).HasMaxLength(Common.Texts.ReasonMaxLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasIndex(d => d.SupplierId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationContactConfiguration : IEntityTypeConfiguration<OrganizationContact>
{
    public void Configure(EntityTypeBuilder<OrganizationContact> builder)
    {
        builder.ToTable("OrganizationContacts");
        builder.HasKey(c => c.OrganizationId);
        builder.Property(c => c.Person).HasMaxLength(OrganizationContact.PersonMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(OrganizationContact.PhoneMaxLength).IsUnicode(false);
        builder.Property(c => c.Address).HasMaxLength(OrganizationContact.AddressMaxLength);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Details);
        builder.HasOne<Organization>().WithOne().HasForeignKey<OrganizationContact>(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
