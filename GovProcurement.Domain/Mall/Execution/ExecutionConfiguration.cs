using GovProcurement.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Execution;

internal sealed class PlanLineBalanceConfiguration : IEntityTypeConfiguration<PlanLineBalance>
{
    public void Configure(EntityTypeBuilder<PlanLineBalance> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Remaining);
        builder.HasIndex(b => b.PlanItemId).IsUnique();
        builder.HasIndex(b => b.PlanId);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(b => b.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Entries).WithOne().HasForeignKey(e => e.BalanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanLineEntryConfiguration : IEntityTypeConfiguration<PlanLineEntry>
{
    public void Configure(EntityTypeBuilder<PlanLineEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Use).HasMaxLength(16);
        builder.Property(e => e.Reference).HasMaxLength(PlanLineEntry.ReferenceMaxLength);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.GivenBackBy).HasMaxLength(256);
        builder.HasIndex(e => e.SourceId);
    }
}

internal sealed class OldPlatformRecordConfiguration : IEntityTypeConfiguration<OldPlatformRecord>
{
    public void Configure(EntityTypeBuilder<OldPlatformRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(OldPlatformRecord.ReferenceMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.HasIndex(r => r.PlanId);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(r => r.PlanItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
