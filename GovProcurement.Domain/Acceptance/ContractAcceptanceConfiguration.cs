using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Acceptance;

internal sealed class ContractAcceptanceConfiguration : IEntityTypeConfiguration<ContractAcceptance>
{
    public void Configure(EntityTypeBuilder<ContractAcceptance> builder)
    {
        builder.ToTable("Acceptances");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => a.ContractId).IsUnique();
        builder.Property(a => a.ContractNumber).HasMaxLength(48).IsUnicode(false);
        builder.Property(a => a.ContractDigest).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(a => a.PurchaserName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(a => a.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.Method).HasMaxLength(16);
        builder.Property(a => a.ItemsJson).HasMaxLength(64_000);
        builder.Property(a => a.DeliveriesJson).HasMaxLength(64_000);
        builder.Property(a => a.MembersJson).HasMaxLength(8_000);
        builder.Property(a => a.ChecksJson).HasMaxLength(64_000);
        builder.Property(a => a.HistoryJson).HasMaxLength(16_000);
        builder.Property(a => a.ResultNote).HasMaxLength(AcceptanceResultDraft.NoteMaxLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.Property(a => a.ConcludedBy).HasMaxLength(256);
        builder.Property(a => a.PurchaserConfirmedBy).HasMaxLength(256);
        builder.Property(a => a.SupplierConfirmedBy).HasMaxLength(256);
        builder.Property(a => a.PurchaserDigest).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.SupplierDigest).HasMaxLength(64).IsUnicode(false);
        builder.Ignore(a => a.Items);
        builder.Ignore(a => a.Deliveries);
        builder.Ignore(a => a.Members);
        builder.Ignore(a => a.Checks);
        builder.Ignore(a => a.History);
        builder.Ignore(a => a.Digest);
        builder.Ignore(a => a.FullyDelivered);
        builder.HasOne<GovContract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.PurchaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Notice>().WithMany().HasForeignKey(a => a.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PurchaserId, a.Status });
        builder.HasIndex(a => new { a.SupplierId, a.Status });
        builder.HasIndex(a => new { a.RegionCode, a.CreatedUtc });
    }
}
