using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>Where an online bidding stands.</summary>
public enum BiddingStatus
{
    /// <summary>竞价中: posted; quotes are taken inside the window, sealed until it closes.</summary>
    Quoting = 1,

    /// <summary>竞价失败: fewer valid quotes than the rule's minimum at the close.</summary>
    Failed = 2,

    /// <summary>待成交确认: the supplier ranked first still in the running has the rule period to confirm.</summary>
    Offered = 3,

    /// <summary>已成交: confirmed; the order consumes the plan line.</summary>
    Awarded = 4,

    /// <summary>未成交: every valid quote was declined or timed out.</summary>
    Unsuccessful = 5,

    /// <summary>已撤回: withdrawn by the purchaser before the close.</summary>
    Withdrawn = 6,

    /// <summary>订单已取消: the order was cancelled and its amount given back to the plan line.</summary>
    OrderCancelled = 7,
}

/// <summary>What changed a bidding's status: the purchaser's and the winner's steps, and the platform's decisions.</summary>
public enum BiddingChange
{
    ClosedWithWinner = 1,
    ClosedTooFewQuotes = 2,
    PassedOn = 3,
    RankingExhausted = 4,
    Confirmed = 5,
    Withdrawn = 6,
    OrderCancelled = 7,
}

/// <summary>How an offered quote ended.</summary>
public enum QuoteOutcome
{
    Confirmed = 1,
    Declined = 2,

    /// <summary>Not confirmed within the rule period: taken as given up.</summary>
    TimedOut = 3,
}

public static class BiddingTexts
{
    public static Bilingual Status(BiddingStatus status) => status switch
    {
        BiddingStatus.Quoting => new("竞价中", "quoting"),
        BiddingStatus.Failed => new("竞价失败", "failed"),
        BiddingStatus.Offered => new("待成交确认", "awaiting confirmation"),
        BiddingStatus.Awarded => new("已成交", "awarded"),
        BiddingStatus.Unsuccessful => new("未成交", "unsuccessful"),
        BiddingStatus.Withdrawn => new("已撤回", "withdrawn"),
        BiddingStatus.OrderCancelled => new("订单已取消", "order cancelled"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Outcome(QuoteOutcome outcome) => outcome switch
    {
        QuoteOutcome.Confirmed => new("已确认成交", "confirmed"),
        QuoteOutcome.Declined => new("已放弃", "declined"),
        QuoteOutcome.TimedOut => new("逾期未确认，视为放弃", "not confirmed in time"),
        _ => new(outcome.ToString(), outcome.ToString()),
    };
}
