using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovProcurement.Domain.Payments;

/// <summary>
/// One payment the purchaser made on a signed contract (合同支付): which instalment it pays, the amount,
/// the Beijing day it was paid, the voucher or note, and who recorded it when. A payment is a fact: it is
/// recorded once and never edited; <see cref="ContractPayments"/> checks it against the schedule first.
/// </summary>
public sealed class ContractPayment
{
    public const int NoteMaxLength = 100;

    private ContractPayment()
    {
        Note = RecordedBy = "";
    }

    internal ContractPayment(Guid contractId, int instalment, Money amount, DateOnly paidOn, string note, string recordedBy, DateTime recordedUtc) : this()
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        Instalment = instalment;
        Amount = amount;
        PaidOn = paidOn;
        Note = note;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    /// <summary>The instalment paid, numbered from 1 in the contract's order.</summary>
    public int Instalment { get; private set; }

    public Money Amount { get; private set; }

    /// <summary>The Beijing day the money was paid (the voucher's day), which may be before the day it was recorded.</summary>
    public DateOnly PaidOn { get; private set; }

    /// <summary>The payment voucher's number or a note (凭证号/备注).</summary>
    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedUtc { get; private set; }
}

internal sealed class ContractPaymentConfiguration : IEntityTypeConfiguration<ContractPayment>
{
    public void Configure(EntityTypeBuilder<ContractPayment> builder)
    {
        builder.ToTable("ContractPayments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Note).HasMaxLength(ContractPayment.NoteMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.HasOne<GovContract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ContractId, p.PaidOn });
    }
}
