using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Rules;

internal sealed class ProcurementRuleConfiguration : IEntityTypeConfiguration<ProcurementRule>
{
    public void Configure(EntityTypeBuilder<ProcurementRule> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(64);
        builder.Property(r => r.Unit).HasMaxLength(16);
        builder.Property(r => r.Category).HasMaxLength(16);
        builder.Property(r => r.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(r => r.Citation).HasMaxLength(ProcurementRule.CitationMaxLength);
        builder.Property(r => r.CatalogueCodes).HasMaxLength(ProcurementRule.CatalogueCodesMaxLength).IsUnicode(false);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Amount);
        builder.Ignore(r => r.CatalogueCodeList);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Kind, r.RegionCode, r.EffectiveFrom });
    }
}
