using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Supervision;

internal sealed class ExceptionReviewConfiguration : IEntityTypeConfiguration<ExceptionReview>
{
    public void Configure(EntityTypeBuilder<ExceptionReview> builder)
    {
        builder.ToTable("ExceptionReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Key).HasMaxLength(ExceptionReview.KeyMaxLength).IsUnicode(false);
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.Comment).HasMaxLength(ExceptionReview.CommentMaxLength);
        builder.HasIndex(r => r.Key).IsUnique();
    }
}
