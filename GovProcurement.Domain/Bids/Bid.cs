using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Bids;

public enum BidStatus
{
    Sealed = 1,
    Withdrawn = 2,
    Opened = 3,
}

/// <summary>
/// A supplier's bid (投标/响应文件). Until the opening only the sealed box is stored: the content
/// encrypted with a key of its own, that key wrapped with the project's sealing key, which is
/// not in the database. The receipt carries the digest of what was sealed.
/// </summary>
public sealed class Bid : Projects.IRoundRow
{
    private readonly List<BidOffer> offers = [];

    private Bid()
    {
        SubmittedBy = Digest = "";
        SealedContent = WrappedKey = [];
    }

    public Bid(Guid id, Guid projectId, int round, Guid supplierId, SealedBox box, string digest, string submittedBy, DateTime nowUtc)
    {
        Id = id;
        ProjectId = projectId;
        Round = round;
        SupplierId = supplierId;
        SealedContent = box.Content;
        WrappedKey = box.WrappedKey;
        Size = box.Content.Length;
        Digest = digest;
        SubmittedBy = submittedBy;
        SubmittedUtc = nowUtc;
        Status = BidStatus.Sealed;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Round { get; private set; }

    public Guid SupplierId { get; private set; }

    public BidStatus Status { get; private set; }

    /// <summary>nonce | ciphertext | tag, AES-256-GCM under the bid's own key.</summary>
    public byte[] SealedContent { get; private set; }

    /// <summary>The bid's key, AES-256-GCM under the project's sealing key.</summary>
    public byte[] WrappedKey { get; private set; }

    public long Size { get; private set; }

    /// <summary>SHA-256 (hex) of the sealed package, given to the supplier as its receipt.</summary>
    public string Digest { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTime SubmittedUtc { get; private set; }

    public DateTime? WithdrawnUtc { get; private set; }

    public DateTime? OpenedUtc { get; private set; }

    /// <summary>The prices read out at the opening; empty while sealed.</summary>
    public IReadOnlyList<BidOffer> Offers => offers;

    public SealedBox Box => new(SealedContent, WrappedKey);

    /// <summary>Withdrawn before the deadline: the sealed content is erased.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        EnsureSealed();
        Status = BidStatus.Withdrawn;
        WithdrawnUtc = nowUtc;
        SealedContent = [];
        WrappedKey = [];
    }

    public void MarkOpened(IEnumerable<BidOffer> readOut, DateTime nowUtc)
    {
        EnsureSealed();
        offers.AddRange(readOut);
        Status = BidStatus.Opened;
        OpenedUtc = nowUtc;
    }

    private void EnsureSealed()
    {
        if (Status != BidStatus.Sealed)
        {
            throw new DomainException("该投标文件已撤回或已开启。", "This bid has been withdrawn or opened.");
        }
    }
}

/// <summary>A price offered for one lot, as read out at the opening.</summary>
public sealed class BidOffer
{
    private BidOffer()
    {
    }

    public BidOffer(int lotNumber, Money price)
    {
        Id = Guid.NewGuid();
        LotNumber = lotNumber;
        Price = price;
    }

    public Guid Id { get; private set; }

    public int LotNumber { get; private set; }

    public Money Price { get; private set; }
}
