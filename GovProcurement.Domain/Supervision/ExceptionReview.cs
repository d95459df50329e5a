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

    /// <summary>No contract signed within the rule's days of the award notice (政府采购法第四十六条).</summary>
    ContractSigningOverdue = 4,

    /// <summary>A signed contract not announced within the rule's working days (实施条例第五十条).</summary>
    ContractPublicationOverdue = 5,

    /// <summary>A signed contract not filed within the rule's working days (政府采购法第四十七条).</summary>
    ContractFilingOverdue = 6,

    /// <summary>An instalment of a contract with an SME past its due date and unpaid (保障中小企业款项支付条例).</summary>
    PaymentOverdueToSme = 10,
    /// <summary>A bid or performance bond still held after its refund deadline (实施条例第三十三条).</summary>
    BondRefundOverdue = 11,

    /// <summary>A challenge (质疑) the purchaser or agency has not answered within its period.</summary>
    ChallengeAnswerOverdue = 20,

    /// <summary>An accepted complaint (投诉) the finance department has not decided within its period (pauses excluded).</summary>
    ComplaintDecisionOverdue = 21,

    /// <summary>A complaint (投诉) the finance department has not checked (accepted or rejected) within its period (94号令第二十一条).</summary>
    ComplaintCheckOverdue = 22,
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
