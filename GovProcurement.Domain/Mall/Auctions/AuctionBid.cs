using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>One accepted bid: who, how much, when, and whether it moved the end.</summary>
public sealed class AuctionBid
{
    private AuctionBid()
    {
        SupplierName = "";
    }

    internal AuctionBid(Guid auctionId, int sequence, Guid supplierId, string supplierName, Money price, DateTime nowUtc, bool extended)
    {
        Id = Guid.NewGuid();
        AuctionId = auctionId;
        Sequence = sequence;
        SupplierId = supplierId;
        SupplierName = supplierName;
        Price = price;
        PlacedUtc = nowUtc;
        Extended = extended;
    }

    public Guid Id { get; private set; }

    public Guid AuctionId { get; private set; }

    /// <summary>The bid's place in the auction, from 1: each one is lower than the one before.</summary>
    public int Sequence { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>Kept for the record after the close; never shown to another bidder.</summary>
    public string SupplierName { get; private set; }

    public Money Price { get; private set; }

    public DateTime PlacedUtc { get; private set; }

    /// <summary>Whether this bid, placed in the trigger window, extended the end.</summary>
    public bool Extended { get; private set; }
}
