using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ProcurementProject>
{
    public void Configure(EntityTypeBuilder<ProcurementProject> builder)
    {
        builder.ToTable("Projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(60).IsUnicode(false);
        builder.Property(p => p.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(p => p.Title).HasMaxLength(ProcurementProject.TitleMaxLength);
        builder.Property(p => p.Qualifications).HasMaxLength(ProjectSetup.QualificationsMaxLength);
        builder.Property(p => p.Category).HasMaxLength(16);
        builder.Property(p => p.Method).HasMaxLength(32);
        builder.Property(p => p.RequestedMethod).HasMaxLength(32);
        builder.Property(p => p.Status).HasMaxLength(32);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsSetUp);
        builder.Ignore(p => p.WasAnnounced);
        builder.Ignore(p => p.CurrentRound);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => new { p.AgencyId, p.Status });
        builder.HasIndex(p => new { p.PurchaserId, p.Status });
        builder.HasIndex(p => new { p.RegionCode, p.Status });
        builder.HasIndex(p => p.PlanId);
        builder.HasOne<ProcurementPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.PurchaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Lots).WithOne().HasForeignKey("ProjectId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey("ProjectId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lots).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Rounds).WithOne().HasForeignKey(r => r.ProjectId).IsRequired().OnDelete(DeleteBehavior.Cascade);

        // A project is never read without its rounds: the current one holds its deadline and documents.
        builder.Navigation(p => p.Rounds).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ProcurementRoundConfiguration : IEntityTypeConfiguration<ProcurementRound>
{
    public void Configure(EntityTypeBuilder<ProcurementRound> builder)
    {
        builder.ToTable("ProcurementRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Method).HasMaxLength(32);
        builder.Property(r => r.Scoring).HasMaxLength(32);
        builder.Ignore(r => r.IsHistory);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        // The rounds announced in a period (the dashboard's and the SME report's projects), read from this index alone.
        builder.HasIndex(r => new { r.AnnouncedUtc, r.ProjectId, r.Number });
    }
}

internal sealed class ProjectLotConfiguration : IEntityTypeConfiguration<ProjectLot>
{
    public void Configure(EntityTypeBuilder<ProjectLot> builder)
    {
        builder.ToTable("ProjectLots");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(ProjectLot.NameMaxLength);
        builder.Property(l => l.CatalogueCode).HasMaxLength(16).IsUnicode(false);
        builder.Property(l => l.Requirements).HasMaxLength(ProjectLot.RequirementsMaxLength);
    }
}

internal sealed class ProjectEventConfiguration : IEntityTypeConfiguration<ProjectEvent>
{
    public void Configure(EntityTypeBuilder<ProjectEvent> builder)
    {
        builder.ToTable("ProjectEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.Status).HasMaxLength(32);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(ProjectEvent.NoteMaxLength);
    }
}

internal sealed class ETradingRolloutConfiguration : IEntityTypeConfiguration<ETradingRollout>
{
    public void Configure(EntityTypeBuilder<ETradingRollout> builder)
    {
        builder.ToTable("ETradingRollouts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(r => r.Scope).HasMaxLength(16);
        builder.Property(r => r.Citation).HasMaxLength(ETradingRollout.CitationMaxLength);
        builder.HasIndex(r => new { r.RegionCode, r.Scope }).IsUnique();
    }
}
