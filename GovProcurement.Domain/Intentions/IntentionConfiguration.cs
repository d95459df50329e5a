using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Intentions;

internal sealed class IntentionConfiguration : IEntityTypeConfiguration<ProcurementIntention>
{
    public void Configure(EntityTypeBuilder<ProcurementIntention> builder)
    {
        builder.ToTable("Intentions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(i => i.ProjectName).HasMaxLength(ProcurementIntention.NameMaxLength);
        builder.Property(i => i.RequirementSummary).HasMaxLength(ProcurementIntention.SummaryMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(ProcurementIntention.NotesMaxLength);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.Property(i => i.PublishedBy).HasMaxLength(256);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.RegionCode, i.ExpectedMonth });
        builder.HasIndex(i => i.UnitId);
    }
}
