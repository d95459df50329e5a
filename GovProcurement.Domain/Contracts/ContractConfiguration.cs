using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Contracts;

internal sealed class GovContractConfiguration : IEntityTypeConfiguration<GovContract>
{
    public void Configure(EntityTypeBuilder<GovContract> builder)
    {
        builder.ToTable("Contracts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(48).IsUnicode(false);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Source).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.LotNumbers).HasMaxLength(200).IsUnicode(false);
        builder.Property(c => c.Reference).HasMaxLength(64);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.PlanNumber).HasMaxLength(64);
        builder.Property(c => c.RegionCode).HasMaxLength(Region.CodeLength).IsUnicode(false);
        builder.Property(c => c.PurchaserName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(c => c.SupplierName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(c => c.PurchaserBankName).HasMaxLength(BankAccount.BankNameMaxLength);
        builder.Property(c => c.SupplierBankName).HasMaxLength(BankAccount.BankNameMaxLength);
        builder.Property(c => c.PurchaserAccount).HasMaxLength(BankAccount.AccountMaxLength).IsUnicode(false);
        builder.Property(c => c.SupplierAccount).HasMaxLength(BankAccount.AccountMaxLength).IsUnicode(false);
        builder.Property(c => c.PerformancePlace).HasMaxLength(ContractDraft.PlaceMaxLength);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.KindTerm).HasMaxLength(ContractTemplate.TermMaxLength);
        builder.Ignore(c => c.Template);
        builder.Ignore(c => c.Origin);
        builder.Property(c => c.ItemsJson).HasMaxLength(64_000);
        builder.Property(c => c.InstalmentsJson).HasMaxLength(4_000);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.PurchaserConfirmedBy).HasMaxLength(256);
        builder.Property(c => c.SupplierConfirmedBy).HasMaxLength(256);
        builder.Property(c => c.PurchaserDigest).HasMaxLength(64).IsUnicode(false);
        builder.Property(c => c.SupplierDigest).HasMaxLength(64).IsUnicode(false);
        builder.Property(c => c.FiledBy).HasMaxLength(256);
        builder.Property(c => c.ReturnReason).HasMaxLength(GovContract.ReasonMaxLength);
        builder.Property(c => c.ParentNumber).HasMaxLength(48).IsUnicode(false);
        builder.Property(c => c.AddOnReason).HasMaxLength(GovContract.ReasonMaxLength);
        builder.HasOne<GovContract>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ParentId);
        builder.Ignore(c => c.IsAddOn);
        builder.Ignore(c => c.Items);
        builder.Ignore(c => c.Instalments);
        builder.Ignore(c => c.AmountInCapitals);
        builder.Ignore(c => c.PerformanceBond);
        builder.Ignore(c => c.Digest);
        builder.HasOne<ProcurementProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MallOrder>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.PurchaserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PurchaserId, c.CreatedUtc });
        builder.HasIndex(c => new { c.SupplierId, c.Status });
        builder.HasIndex(c => new { c.RegionCode, c.Status });
        builder.HasIndex(c => new { c.ProjectId, c.SupplierId });
        builder.HasIndex(c => c.OrderId);
    }
}
