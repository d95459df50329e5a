using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Bonds;

internal sealed class BondConfiguration : IEntityTypeConfiguration<Bond>
{
    public void Configure(EntityTypeBuilder<Bond> builder)
    {
        builder.ToTable("Bonds");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.Property(b => b.Kind).HasMaxLength(16);
        builder.Property(b => b.Status).HasMaxLength(16);
        builder.Property(b => b.Form).HasMaxLength(24);
        builder.Property(b => b.Reference).HasMaxLength(64);
        builder.Property(b => b.Title).HasMaxLength(300);
        builder.Property(b => b.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(b => b.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(b => b.RequiredBy).HasMaxLength(256);
        builder.Property(b => b.PaidBy).HasMaxLength(256);
        builder.Property(b => b.ReceivedBy).HasMaxLength(256);
        builder.Property(b => b.RefundedBy).HasMaxLength(256);
        builder.Property(b => b.PaymentReference).HasMaxLength(Bond.ReferenceMaxLength);
        builder.Property(b => b.RefundReference).HasMaxLength(Bond.ReferenceMaxLength);
        builder.Ignore(b => b.RefundedOn);
        builder.Ignore(b => b.IsHeld);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GovContract>().WithMany().HasForeignKey(b => b.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BidBondRequirement>().WithMany().HasForeignKey(b => b.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.PurchaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.RequirementId, b.SupplierId }).IsUnique();
        builder.HasIndex(b => b.ContractId).IsUnique();
        builder.HasIndex(b => new { b.ProjectId, b.SupplierId });
        builder.HasIndex(b => new { b.PurchaserId, b.Status });
        builder.HasIndex(b => new { b.AgencyId, b.Status });
        builder.HasIndex(b => new { b.RegionCode, b.Status });
    }
}

internal sealed class BidBondRequirementConfiguration : IEntityTypeConfiguration<BidBondRequirement>
{
    public void Configure(EntityTypeBuilder<BidBondRequirement> builder)
    {
        builder.ToTable("BidBondRequirements");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.StatedBy).HasMaxLength(256);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.LotNumber }).IsUnique();
    }
}
