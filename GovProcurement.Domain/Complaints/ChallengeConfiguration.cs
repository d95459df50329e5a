using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Complaints;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Version).IsConcurrencyToken();
        ChallengeColumns.Parties(builder);
        builder.Property(i => i.Subject).HasMaxLength(16);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.Property(i => i.Question).HasMaxLength(Inquiry.TextMaxLength);
        builder.Property(i => i.Answer).HasMaxLength(Inquiry.TextMaxLength);
        builder.Property(i => i.AskedBy).HasMaxLength(256);
        builder.Property(i => i.AnsweredBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.ProjectId, i.Status });
        builder.HasIndex(i => new { i.SupplierId, i.AskedUtc });
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("Challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(c => c.Number).IsUnique();
        ChallengeColumns.Parties(builder);
        builder.Property(c => c.Subject).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.Points).HasMaxLength(Challenge.TextMaxLength);
        builder.Property(c => c.Answer).HasMaxLength(Challenge.TextMaxLength);
        builder.Property(c => c.FiledBy).HasMaxLength(256);
        builder.Property(c => c.AnsweredBy).HasMaxLength(256);
        builder.Property(c => c.AnswerDigest).HasMaxLength(64).IsUnicode(false);
        // One challenge per supplier, subject and round: a letter covers all its points (94号令第十条).
        builder.HasIndex(c => new { c.ProjectId, c.Round, c.SupplierId, c.Subject }).IsUnique();
        builder.HasIndex(c => new { c.RegionCode, c.Status });
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.ProjectNumber).HasMaxLength(64);
        builder.Property(c => c.ProjectTitle).HasMaxLength(ProcurementProject.TitleMaxLength);
        builder.Property(c => c.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(c => c.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(c => c.Subject).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.Finding).HasMaxLength(16);
        builder.Property(c => c.Remedy).HasMaxLength(24);
        builder.Property(c => c.Matters).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.Decision).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.RejectReason).HasMaxLength(Common.Texts.ReasonMaxLength);
        builder.Property(c => c.PausesJson).HasMaxLength(8_000);
        builder.Property(c => c.FiledBy).HasMaxLength(256);
        builder.Property(c => c.CheckedBy).HasMaxLength(256);
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Ignore(c => c.Pauses);
        builder.Ignore(c => c.IsPending);
        builder.HasOne<Challenge>().WithMany().HasForeignKey(c => c.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ChallengeId).IsUnique();
        builder.HasIndex(c => new { c.ProjectId, c.Status });
        builder.HasIndex(c => new { c.RegionCode, c.Status });
    }
}

/// <summary>The columns inquiries and challenges share: the project and parties kept from the filing.</summary>
internal static class ChallengeColumns
{
    public static void Parties<T>(EntityTypeBuilder<T> builder) where T : class
    {
        builder.Property<string>("ProjectNumber").HasMaxLength(64);
        builder.Property<string>("ProjectTitle").HasMaxLength(ProcurementProject.TitleMaxLength);
        builder.Property<string>("RegionCode").HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property<string>("SupplierName").HasMaxLength(Organization.NameMaxLength);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey("SupplierId").OnDelete(DeleteBehavior.Restrict);
    }
}
