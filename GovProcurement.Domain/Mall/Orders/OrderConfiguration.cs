using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Orders;

internal sealed class MallOrderConfiguration : IEntityTypeConfiguration<MallOrder>
{
    public void Configure(EntityTypeBuilder<MallOrder> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Method).HasMaxLength(24);
        builder.Property(o => o.Status).HasMaxLength(16);
        builder.Property(o => o.PlanNumber).HasMaxLength(64);
        builder.Property(o => o.UnitName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(o => o.SourceReference).HasMaxLength(64);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.Property(o => o.ConfirmationCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(o => o.EndReason).HasMaxLength(MallOrder.ReasonMaxLength);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(o => o.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Status, o.ConfirmDueUtc });
        builder.HasIndex(o => new { o.UnitId, o.CreatedUtc });
        builder.HasIndex(o => new { o.SupplierId, o.CreatedUtc });
        builder.HasIndex(o => o.SourceId);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MallOrderLineConfiguration : IEntityTypeConfiguration<MallOrderLine>
{
    public void Configure(EntityTypeBuilder<MallOrderLine> builder)
    {
        builder.ToTable("MallOrderLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.CatalogueCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(l => l.Name).HasMaxLength(MallOrderLine.NameMaxLength);
        builder.Property(l => l.Unit).HasMaxLength(MallOrderLine.UnitMaxLength);
    }
}
