using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(r => r.Name).HasMaxLength(Region.NameMaxLength);
        builder.Property(r => r.NameEn).HasMaxLength(Region.NameMaxLength * 2);
        builder.Property(r => r.ParentCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}
