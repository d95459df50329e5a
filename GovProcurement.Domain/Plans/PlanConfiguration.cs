using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<ProcurementPlan>
{
    public void Configure(EntityTypeBuilder<ProcurementPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(40).IsUnicode(false);
        builder.Property(p => p.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(p => p.Title).HasMaxLength(ProcurementPlan.TitleMaxLength);
        builder.Property(p => p.Route).HasMaxLength(32);
        builder.Property(p => p.Method).HasMaxLength(32);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsEditable);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => new { p.RegionCode, p.Status, p.CreatedUtc });
        // Keyset paging of the lists walks these in order (newest first), the region filter applied on the way.
        builder.HasIndex(p => new { p.Status, p.CreatedUtc, p.Number });
        builder.HasIndex(p => new { p.CreatedUtc, p.Number });
        // A unit's plans of a year; and, read from this index alone, the possible-splitting check's plans of its fiscal years.
        builder.HasIndex(p => new { p.UnitId, p.FiscalYear, p.Status, p.Method, p.RegionCode, p.CreatedUtc, p.Id, p.Number });
        // The dashboard's period of filings, grouped by region, route and method with their category totals: read from this index alone.
        builder.HasIndex(p => new { p.Status, p.FiledUtc, p.RegionCode, p.Route, p.Method, p.Total, p.GoodsTotal, p.WorksTotal, p.ServicesTotal, p.Id });
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey("PlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey("PlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.ToTable("PlanItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever(); // new lines found on a tracked plan are inserts
        builder.Property(i => i.CatalogueCode).HasMaxLength(16).IsUnicode(false);
        builder.Property(i => i.CatalogueName).HasMaxLength(PlanItem.NameMaxLength);
        builder.Property(i => i.UnitOfMeasure).HasMaxLength(PlanItem.UnitMaxLength);
        builder.Property(i => i.Quantity).HasPrecision(18, 4);
        builder.HasOne<BudgetLine>().WithMany().HasForeignKey(i => i.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CatalogueCode);
        // A plan's lines; the dashboard's categories and the splitting check read them from this index alone.
        builder.HasIndex("PlanId", nameof(PlanItem.CatalogueCode), nameof(PlanItem.Amount), nameof(PlanItem.CatalogueName));
    }
}

internal sealed class PlanEventConfiguration : IEntityTypeConfiguration<PlanEvent>
{
    public void Configure(EntityTypeBuilder<PlanEvent> builder)
    {
        builder.ToTable("PlanEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasMaxLength(16);
        builder.Property(e => e.ToStatus).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(PlanEvent.ReasonMaxLength);
    }
}
