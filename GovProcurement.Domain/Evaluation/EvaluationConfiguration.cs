using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Evaluation;

internal sealed class TechnicalScoreConfiguration : IEntityTypeConfiguration<TechnicalScore>
{
    public void Configure(EntityTypeBuilder<TechnicalScore> builder)
    {
        builder.ToTable("TechnicalScores");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Score).HasPrecision(7, 2);
        builder.HasIndex(s => new { s.ProjectId, s.Round, s.LotNumber, s.BidId, s.ExpertId }).IsUnique();
        builder.HasOne<Projects.ProcurementProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LotResultConfiguration : IEntityTypeConfiguration<LotResult>
{
    public void Configure(EntityTypeBuilder<LotResult> builder)
    {
        builder.ToTable("LotResults");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FailReason).HasMaxLength(500);
        builder.Ignore(r => r.Ranking);
        builder.Ignore(r => r.Failed);
        builder.HasIndex(r => new { r.ProjectId, r.Round, r.LotNumber }).IsUnique();
        // Supervision's single-bidder check starts here; the dashboard's awards to SMEs are read from the second index alone.
        builder.HasIndex(r => new { r.RankedBids, r.ProjectId, r.Round });
        builder.HasIndex(r => new { r.ProjectId, r.Round, r.WinnerSupplierId, r.WinningPrice });
        builder.HasOne<Projects.ProcurementProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
