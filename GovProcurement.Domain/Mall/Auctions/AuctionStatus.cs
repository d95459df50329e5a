using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>Where a reverse auction stands.</summary>
public enum AuctionStatus
{
    /// <summary>待开始: posted; the platform opens it at its start time.</summary>
    Scheduled = 1,

    /// <summary>竞价中: open; bids are taken until the end, which a late bid may move.</summary>
    Open = 2,

    /// <summary>已成交: closed with enough bidders; the lowest bid is the order.</summary>
    Awarded = 3,

    /// <summary>反拍失败: fewer bidders than the rule's minimum at the close.</summary>
    Failed = 4,

    /// <summary>已撤回: withdrawn by the purchaser before it opened.</summary>
    Withdrawn = 5,
}

/// <summary>What changed an auction's status: the platform's clock and the purchaser's withdrawal.</summary>
public enum AuctionChange
{
    Opened = 1,
    ClosedWithWinner = 2,
    ClosedTooFewBidders = 3,
    Withdrawn = 4,
}

public static class AuctionTexts
{
    public static Bilingual Status(AuctionStatus status) => status switch
    {
        AuctionStatus.Scheduled => new("待开始", "scheduled"),
        AuctionStatus.Open => new("竞价中", "open"),
        AuctionStatus.Awarded => new("已成交", "awarded"),
        AuctionStatus.Failed => new("反拍失败", "failed"),
        AuctionStatus.Withdrawn => new("已撤回", "withdrawn"),
        _ => new(status.ToString(), status.ToString()),
    };
}
