using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Auctions;

internal sealed class ReverseAuctionConfiguration : IEntityTypeConfiguration<ReverseAuction>
{
    public void Configure(EntityTypeBuilder<ReverseAuction> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(a => a.Title).HasMaxLength(ReverseAuction.TitleMaxLength);
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.PostedBy).HasMaxLength(256);
        builder.Property(a => a.MinimumBiddersCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(a => a.ExtensionCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(a => a.EndReason).HasMaxLength(ReverseAuction.ReasonMaxLength);
        builder.Ignore(a => a.WinningBid);
        builder.Ignore(a => a.IsClosed);
        builder.Ignore(a => a.HighestAcceptable);
        builder.Ignore(a => a.NextDueUtc);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(a => a.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.OpensUtc });
        builder.HasIndex(a => new { a.Status, a.ClosesUtc });
        builder.HasIndex(a => new { a.UnitId, a.PostedUtc });
        builder.HasIndex(a => a.PlanItemId);
        builder.HasMany(a => a.Items).WithOne().HasForeignKey("AuctionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Bids).WithOne().HasForeignKey(b => b.AuctionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Bids).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AuctionItemConfiguration : IEntityTypeConfiguration<AuctionItem>
{
    public void Configure(EntityTypeBuilder<AuctionItem> builder)
    {
        builder.ToTable("AuctionItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.CatalogueCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(i => i.Name).HasMaxLength(AuctionItem.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(AuctionItem.UnitMaxLength);
        builder.Property(i => i.Specification).HasMaxLength(AuctionItem.SpecificationMaxLength);
        builder.Property(i => i.Quantity).HasPrecision(18, 4);
    }
}

internal sealed class AuctionBidConfiguration : IEntityTypeConfiguration<AuctionBid>
{
    public void Configure(EntityTypeBuilder<AuctionBid> builder)
    {
        builder.ToTable("AuctionBids");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.HasIndex(b => new { b.AuctionId, b.Sequence });
        builder.HasIndex(b => b.SupplierId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
