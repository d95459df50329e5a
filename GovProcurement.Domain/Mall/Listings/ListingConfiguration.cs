using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Listings;

internal sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> builder)
    {
        builder.ToTable("Listings");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.CatalogueCode).HasMaxLength(16).IsUnicode(false);
        builder.Property(l => l.Status).HasMaxLength(16);
        builder.Property(l => l.ReturnReason).HasMaxLength(Common.Texts.ReasonMaxLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(256);
        builder.Property(l => l.DecidedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.OwnsOne(l => l.Proposed, Content);
        builder.OwnsOne(l => l.Approved, Content);
        builder.Navigation(l => l.Proposed).IsRequired();
        builder.Navigation(l => l.Approved).IsRequired();
        builder.HasMany(l => l.Areas).WithOne().HasForeignKey(a => a.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Organization>().WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.SupplierId, l.UpdatedUtc });
        builder.HasIndex(l => new { l.Status, l.SubmittedUtc });
        builder.HasIndex(l => new { l.OnSale, l.CatalogueCode });
    }

    private static void Content(OwnedNavigationBuilder<Listing, ListingContent> content)
    {
        content.Property(c => c.Name).HasMaxLength(ListingContent.NameMaxLength);
        content.Property(c => c.Brand).HasMaxLength(ListingContent.BrandMaxLength);
        content.Property(c => c.Model).HasMaxLength(ListingContent.ModelMaxLength);
        content.Property(c => c.Specification).HasMaxLength(ListingContent.SpecificationMaxLength);
        content.Property(c => c.Unit).HasMaxLength(ListingContent.UnitMaxLength);
        content.Property(c => c.Initials).HasMaxLength(PinyinInitials.MaxLength).IsUnicode(false);
        content.HasIndex(c => c.Initials);
        content.HasIndex(c => c.Price);
    }
}

internal sealed class ListingAreaConfiguration : IEntityTypeConfiguration<ListingArea>
{
    public void Configure(EntityTypeBuilder<ListingArea> builder)
    {
        builder.ToTable("ListingAreas");
        builder.HasKey(a => new { a.ListingId, a.RegionCode });
        builder.Property(a => a.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.HasIndex(a => a.RegionCode);
    }
}

internal sealed class ListingFileConfiguration : IEntityTypeConfiguration<ListingFile>
{
    public void Configure(EntityTypeBuilder<ListingFile> builder)
    {
        builder.ToTable("ListingFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(StoredFile.NameMaxLength);
        builder.Property(f => f.Kind).HasMaxLength(16);
        builder.HasOne<Listing>().WithMany().HasForeignKey(f => f.ListingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(f => f.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ListingId);
    }
}
