using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Supervision;

/// <summary>The kinds of exceptions the regulator's list shows.</summary>
public enum ExceptionKind
{
    /// <summary>化整为零: the same unit and item adding up past the open-tender threshold in a year under non-open methods.</summary>
    PossibleSplitting = 1,

    /// <summary>A project past a statutory deadline (the purchaser's decision, the result announcement).</summary>
    PastDeadline = 2,

    /// <summary>A lot awarded with a single responsive bidder.</summary>
    SingleBidder = 3,

    /// <summary>A bid or performance bond still held after its refund deadline (实施条例第三十三条).</summary>
    BondRefundOverdue = 11,

    /// <summary>A challenge (质疑) the purchaser or agency has not answered within its period.</summary>
    ChallengeAnswerOverdue = 20,

    /// <summary>A complaint (投诉) the finance department has not checked or decided within its period.</summary>
    ComplaintDecisionOverdue = 21,
}

/// <summary>A regulator's review of one exception: who, when, and what they concluded.</summary>
public sealed class ExceptionReview
{
    public const int KeyMaxLength = 120;
    public const int CommentMaxLength = 1000;

    private ExceptionReview()
    {
        Key = ReviewedBy = Comment = RegionCode = "";
    }

    public ExceptionReview(string key, ExceptionKind kind, string regionCode, string reviewedBy, string comment, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Key = key;
        Kind = kind;
        RegionCode = regionCode;
        ReviewedBy = reviewedBy;
        Comment = Texts.Required(comment, CommentMaxLength, "复核意见", "The comment");
        ReviewedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Identifies the exception across recomputations, e.g. split:{unit}:{year}:{item}.</summary>
    public string Key { get; private set; }

    public ExceptionKind Kind { get; private set; }

    public string RegionCode { get; private set; }

    public string ReviewedBy { get; private set; }

    public string Comment { get; private set; }

    public DateTime ReviewedUtc { get; private set; }
}
