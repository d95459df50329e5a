using GovProcurement.Domain.Files;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.SupplierLibrary;

internal sealed class SupplierApplicationConfiguration : IEntityTypeConfiguration<SupplierApplication>
{
    public void Configure(EntityTypeBuilder<SupplierApplication> builder)
    {
        builder.ToTable("SupplierApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasMaxLength(16);
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.Scale).HasMaxLength(16);
        builder.Property(a => a.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsUnicode(false);
        builder.Property(a => a.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(a => a.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(a => a.ContactPerson).HasMaxLength(SupplierApplication.ContactPersonMaxLength);
        builder.Property(a => a.ContactPhone).HasMaxLength(SupplierApplication.ContactPhoneMaxLength);
        builder.Property(a => a.PasswordHash).HasMaxLength(SupplierApplication.PasswordHashMaxLength).IsUnicode(false);
        builder.Property(a => a.ReturnReason).HasMaxLength(Common.Texts.ReasonMaxLength);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.LicenceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CreditCode, a.Kind });
        builder.HasIndex(a => new { a.SupplierId, a.Kind });
        builder.HasIndex(a => new { a.Status, a.SubmittedUtc });
    }
}
