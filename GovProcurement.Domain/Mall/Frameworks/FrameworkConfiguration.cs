using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Mall.Frameworks;

internal sealed class FrameworkAgreementConfiguration : IEntityTypeConfiguration<FrameworkAgreement>
{
    public void Configure(EntityTypeBuilder<FrameworkAgreement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Number).HasMaxLength(FrameworkAgreement.NumberMaxLength);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(FrameworkAgreement.TitleMaxLength);
        builder.Property(a => a.Kind).HasMaxLength(16);
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.OwnerName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(a => a.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(a => a.TermCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.Property(a => a.EndReason).HasMaxLength(Common.Texts.ReasonMaxLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.EndsOn });
        builder.HasIndex(a => new { a.OwnerId, a.RecordedUtc });
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Suppliers).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Suppliers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Prices).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Prices).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FrameworkItemConfiguration : IEntityTypeConfiguration<FrameworkItem>
{
    public void Configure(EntityTypeBuilder<FrameworkItem> builder)
    {
        builder.ToTable("FrameworkItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.CatalogueCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(i => i.Name).HasMaxLength(FrameworkItem.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(FrameworkItem.UnitMaxLength);
        builder.Property(i => i.Specification).HasMaxLength(FrameworkItem.SpecificationMaxLength);
        builder.HasIndex(i => new { i.AgreementId, i.LineNumber }).IsUnique();
        builder.HasIndex(i => i.CatalogueCode);
    }
}

internal sealed class FrameworkSupplierConfiguration : IEntityTypeConfiguration<FrameworkSupplier>
{
    public void Configure(EntityTypeBuilder<FrameworkSupplier> builder)
    {
        builder.ToTable("FrameworkSuppliers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.HasIndex(s => new { s.AgreementId, s.SupplierId }).IsUnique();
        builder.HasIndex(s => s.SupplierId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrameworkPriceConfiguration : IEntityTypeConfiguration<FrameworkPrice>
{
    public void Configure(EntityTypeBuilder<FrameworkPrice> builder)
    {
        builder.ToTable("FrameworkPrices");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.AgreementId, p.SupplierId, p.ItemLineNumber }).IsUnique();
    }
}

internal sealed class FrameworkRotationConfiguration : IEntityTypeConfiguration<FrameworkRotation>
{
    public void Configure(EntityTypeBuilder<FrameworkRotation> builder)
    {
        builder.ToTable("FrameworkRotations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ItemId).IsUnique();
        builder.HasOne<FrameworkAgreement>().WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrameworkCallOffConfiguration : IEntityTypeConfiguration<FrameworkCallOff>
{
    public void Configure(EntityTypeBuilder<FrameworkCallOff> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.AgreementNumber).HasMaxLength(FrameworkAgreement.NumberMaxLength);
        builder.Property(c => c.AgreementTitle).HasMaxLength(FrameworkAgreement.TitleMaxLength);
        builder.Property(c => c.CatalogueCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.ItemName).HasMaxLength(FrameworkItem.NameMaxLength);
        builder.Property(c => c.Unit).HasMaxLength(FrameworkItem.UnitMaxLength);
        builder.Property(c => c.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(c => c.Method).HasMaxLength(24);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(c => c.MinimumQuotesCitation).HasMaxLength(Rules.ProcurementRule.CitationMaxLength);
        builder.Property(c => c.EndReason).HasMaxLength(FrameworkCallOff.ReasonMaxLength);
        builder.Ignore(c => c.Ranking);
        builder.HasOne<FrameworkAgreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanItem>().WithMany().HasForeignKey(c => c.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.ClosesUtc });
        builder.HasIndex(c => new { c.PlanId, c.CreatedUtc });
        builder.HasIndex(c => c.AgreementId);
        builder.HasMany(c => c.Quotes).WithOne().HasForeignKey(q => q.CallOffId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Quotes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CallOffQuoteConfiguration : IEntityTypeConfiguration<CallOffQuote>
{
    public void Configure(EntityTypeBuilder<CallOffQuote> builder)
    {
        builder.ToTable("FrameworkCallOffQuotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(q => q.InvalidReason).HasMaxLength(CallOffQuote.InvalidReasonMaxLength);
        builder.HasIndex(q => new { q.CallOffId, q.SupplierId }).IsUnique();
        builder.HasIndex(q => q.SupplierId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(q => q.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
