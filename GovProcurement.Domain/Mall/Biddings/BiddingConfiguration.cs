using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Biddings;

internal sealed class OnlineBiddingConfiguration : IEntityTypeConfiguration<OnlineBidding>
{
    public void Configure(EntityTypeBuilder<OnlineBidding> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.Property(b => b.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(b => b.Title).HasMaxLength(OnlineBidding.TitleMaxLength);
        builder.Property(b => b.DeliveryPlace).HasMaxLength(OnlineBidding.DeliveryPlaceMaxLength);
        builder.Property(b => b.Status).HasMaxLength(16);
        builder.Property(b => b.PostedBy).HasMaxLength(256);
        builder.Property(b => b.MinimumQuotesCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(b => b.ConfirmationCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(b => b.EndReason).HasMaxLength(OnlineBidding.ReasonMaxLength);
        builder.Ignore(b => b.OfferedQuote);
        builder.Ignore(b => b.Ranking);
        builder.Ignore(b => b.IsDecided);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(b => b.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.Status, b.ClosesUtc });
        builder.HasIndex(b => new { b.UnitId, b.PostedUtc });
        builder.HasIndex(b => b.PlanItemId);
        builder.HasMany(b => b.Items).WithOne().HasForeignKey("BiddingId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(b => b.Quotes).WithOne().HasForeignKey(q => q.BiddingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Quotes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BiddingItemConfiguration : IEntityTypeConfiguration<BiddingItem>
{
    public void Configure(EntityTypeBuilder<BiddingItem> builder)
    {
        builder.ToTable("BiddingItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.CatalogueCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(i => i.Name).HasMaxLength(BiddingItem.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(BiddingItem.UnitMaxLength);
        builder.Property(i => i.Specification).HasMaxLength(BiddingItem.SpecificationMaxLength);
        builder.Property(i => i.Quantity).HasPrecision(18, 4);
    }
}

internal sealed class BiddingQuoteConfiguration : IEntityTypeConfiguration<BiddingQuote>
{
    public void Configure(EntityTypeBuilder<BiddingQuote> builder)
    {
        builder.ToTable("BiddingQuotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(q => q.InvalidReason).HasMaxLength(BiddingQuote.InvalidReasonMaxLength);
        builder.Property(q => q.Outcome).HasMaxLength(16);
        builder.HasIndex(q => new { q.BiddingId, q.SupplierId }).IsUnique();
        builder.HasIndex(q => q.SupplierId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(q => q.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
