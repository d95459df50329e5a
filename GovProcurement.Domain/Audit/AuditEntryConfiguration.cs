using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(32);
        builder.Property(e => e.Actor).HasMaxLength(AuditEntry.ActorMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(AuditEntry.ActorMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.Hash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.KeyId).HasMaxLength(AuditEntry.KeyIdLength).IsUnicode(false);
        builder.Ignore(e => e.IsKeyed);
        builder.HasIndex(e => e.OccurredUtc);
    }
}
