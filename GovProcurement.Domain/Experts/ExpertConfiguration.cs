using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Experts;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.ToTable("Experts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(Expert.NameMaxLength);
        builder.Property(e => e.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(e => e.Specialties).HasMaxLength(200).IsUnicode(false);
        builder.Property(e => e.Employer).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.SpecialtyList);
        builder.HasMany(e => e.Links).WithOne().HasForeignKey("ExpertId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExpertLinkConfiguration : IEntityTypeConfiguration<ExpertLink>
{
    public void Configure(EntityTypeBuilder<ExpertLink> builder)
    {
        builder.ToTable("ExpertLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Kind).HasMaxLength(16);
        builder.Property(l => l.CreditCode).HasMaxLength(18).IsUnicode(false);
        builder.Property(l => l.OrganizationName).HasMaxLength(200);
        builder.HasIndex(l => l.CreditCode);
    }
}

internal sealed class PanelDrawConfiguration : IEntityTypeConfiguration<PanelDraw>
{
    public void Configure(EntityTypeBuilder<PanelDraw> builder)
    {
        builder.ToTable("PanelDraws");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Seed).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.InputsDigest).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.DrawnBy).HasMaxLength(256);
        builder.Ignore(d => d.Candidates);
        builder.Ignore(d => d.Excluded);
        builder.Ignore(d => d.Selected);
        builder.HasIndex(d => new { d.ProjectId, d.Round }).IsUnique();
        builder.HasOne<Projects.ProcurementProject>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
