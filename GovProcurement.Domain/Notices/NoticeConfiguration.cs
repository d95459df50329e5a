using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Number).HasMaxLength(24).IsUnicode(false);
        builder.Property(n => n.Type).HasMaxLength(32);
        builder.Property(n => n.Status).HasMaxLength(16);
        builder.Property(n => n.Method).HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(Notice.TitleMaxLength);
        builder.Property(n => n.Reference).HasMaxLength(Notice.ReferenceMaxLength);
        builder.Property(n => n.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(n => n.PublisherName).HasMaxLength(200);
        builder.Property(n => n.BodyJson).HasMaxLength(Notice.BodyMaxLength);
        builder.Property(n => n.CreatedBy).HasMaxLength(256);
        builder.Property(n => n.Digest).HasMaxLength(64).IsUnicode(false);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.Body);
        builder.HasIndex(n => n.Number).IsUnique();
        builder.HasIndex(n => new { n.Status, n.PublishedUtc });
        builder.HasIndex(n => new { n.ProjectId, n.Type });
        builder.HasIndex(n => n.ForwardedFromId);
        builder.HasOne<Notice>().WithMany().HasForeignKey(n => n.ForwardedFromId).OnDelete(DeleteBehavior.Restrict);
    }
}
