using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>A supplier's quote for the whole requirement, sealed until the close; ranked, or invalid with the reason, after it.</summary>
public sealed class BiddingQuote
{
    public const int InvalidReasonMaxLength = 500;

    private BiddingQuote()
    {
        SupplierName = "";
    }

    internal BiddingQuote(Guid biddingId, Guid supplierId, string supplierName, Money price, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        BiddingId = biddingId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        Price = price;
        SubmittedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid BiddingId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public Money Price { get; private set; }

    public DateTime SubmittedUtc { get; private set; }

    /// <summary>The place among the valid quotes, from 1; null before the close or when invalid.</summary>
    public int? Rank { get; private set; }

    public string? InvalidReason { get; private set; }

    public DateTime? OfferedUtc { get; private set; }

    public DateTime? ConfirmDueUtc { get; private set; }

    public QuoteOutcome? Outcome { get; private set; }

    internal void Judge(Refusal? ineligible)
    {
        var reason = ineligible?.ToException().Text.Zh;
        InvalidReason = reason is null ? null : reason.Length <= InvalidReasonMaxLength ? reason : reason[..InvalidReasonMaxLength];
    }

    internal void RankAs(int rank) => Rank = rank;

    internal void OfferAt(DateTime nowUtc, DateTime dueUtc)
    {
        OfferedUtc = nowUtc;
        ConfirmDueUtc = dueUtc;
    }

    internal void End(QuoteOutcome outcome) => Outcome = outcome;
}
