using GovProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Budget;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.LineCode).HasMaxLength(BudgetLine.CodeMaxLength);
        builder.Property(b => b.FundSource).HasMaxLength(BudgetLine.FundSourceMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Available);
        builder.HasOne<Organization>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.UnitId, b.FiscalYear, b.LineCode }).IsUnique();
    }
}
