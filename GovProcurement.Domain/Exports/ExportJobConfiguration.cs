using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Exports;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.ToTable("ExportJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Owner).HasMaxLength(ExportJob.OwnerMaxLength);
        builder.Property(j => j.Runner).HasMaxLength(ExportJob.RunnerMaxLength).HasDefaultValue("");
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.Title).HasMaxLength(ExportJob.TitleMaxLength);
        builder.Property(j => j.FileName).HasMaxLength(ExportJob.FileNameMaxLength);
        builder.Property(j => j.Filters).HasMaxLength(ExportFilters.MaxLength);
        builder.Property(j => j.Status).HasMaxLength(16);
        builder.Property(j => j.StoredName).HasMaxLength(ExportJob.StoredNameMaxLength).IsUnicode(false);
        builder.Property(j => j.FailureZh).HasMaxLength(ExportJob.FailureMaxLength);
        builder.Property(j => j.FailureEn).HasMaxLength(ExportJob.FailureMaxLength);
        builder.Ignore(j => j.Failure);
        builder.HasIndex(j => new { j.Owner, j.CreatedUtc });
        builder.HasIndex(j => j.Status);
    }
}
