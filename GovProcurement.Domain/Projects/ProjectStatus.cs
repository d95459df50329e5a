namespace GovProcurement.Domain.Projects;

/// <summary>
/// Where a project stands. The names map onto the OCDS tender status list: Entrusted and
/// Preparing are "planning", Active is "active", Opened and Evaluated are still "active",
/// Awarded is "complete", Unsuccessful is "unsuccessful", Cancelled and Declined are "cancelled".
/// </summary>
public enum ProjectStatus
{
    Entrusted = 1,
    Declined = 2,
    Preparing = 3,
    Active = 4,
    Opened = 5,
    Evaluated = 6,
    Awarded = 7,
    Unsuccessful = 8,
    MethodChangeRequested = 9,
    Cancelled = 10,
}

/// <summary>The steps on a project's timeline.</summary>
public enum ProjectAction
{
    Entrusted = 1,
    Accepted = 2,
    Declined = 3,
    SetUp = 4,
    Announced = 5,
    Clarified = 6,
    DeadlineExtended = 7,
    Opened = 8,
    RecordedOffline = 9,
    PanelDrawn = 10,
    Evaluated = 11,
    WinnerConfirmed = 12,
    ResultPublished = 13,
    Failed = 14,
    MethodChangeRequested = 15,
    MethodChangeApproved = 16,
    MethodChangeRefused = 17,
    Terminated = 18,
    ContractPublished = 19,

    /// <summary>
    /// 责令重新开展采购活动: a complaint decision voided the result or ordered the procurement repeated
    /// (财政部令第94号第三十一、三十二条); the round ends as history and the next one starts in preparation.
    /// Recorded by the decision, not taken on its own.
    /// </summary>
    RepeatOrdered = 20,
}

/// <summary>How bids are compared.</summary>
public enum ScoringMethod
{
    /// <summary>最低评标价法: the lowest evaluated price among the qualified wins.</summary>
    LowestEvaluatedPrice = 1,

    /// <summary>综合评分法: price score plus technical score, by the weights of the method.</summary>
    Comprehensive = 2,
}
