using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Bids;

internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.ToTable("Bids");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Status).HasMaxLength(16);
        builder.Property(b => b.Digest).HasMaxLength(64).IsUnicode(false);
        builder.Property(b => b.SubmittedBy).HasMaxLength(256);
        builder.Ignore(b => b.Box);
        builder.HasIndex(b => new { b.ProjectId, b.Round, b.SupplierId });
        // One sealed bid per supplier and round, even when two submissions race ([..] quoting works in SQLite and SQL Server).
        builder.HasIndex(b => new { b.ProjectId, b.Round, b.SupplierId }, "IX_Bids_OneSealedPerSupplier").IsUnique().HasFilter("[Status] = 'Sealed'");
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Offers).WithOne().HasForeignKey("BidId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Offers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BidOfferConfiguration : IEntityTypeConfiguration<BidOffer>
{
    public void Configure(EntityTypeBuilder<BidOffer> builder)
    {
        builder.ToTable("BidOffers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
    }
}

internal sealed class SupplierRegistrationConfiguration : IEntityTypeConfiguration<SupplierRegistration>
{
    public void Configure(EntityTypeBuilder<SupplierRegistration> builder)
    {
        builder.ToTable("SupplierRegistrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegisteredBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.ProjectId, r.Round, r.SupplierId }).IsUnique();
        builder.HasIndex(r => r.SupplierId);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.ToTable("Clarifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Question).HasMaxLength(Clarification.TextMaxLength);
        builder.Property(c => c.Answer).HasMaxLength(Clarification.TextMaxLength);
        builder.Property(c => c.AskedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.ProjectId, c.Round });
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
