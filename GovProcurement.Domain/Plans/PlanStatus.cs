namespace GovProcurement.Domain.Plans;

/// <summary>Where a plan stands. <see cref="PlanStatusCodes.Ocds"/> maps each to the OCDS tender status.</summary>
public enum PlanStatus
{
    /// <summary>经办编制中.</summary>
    Draft = 1,

    /// <summary>待本单位审核.</summary>
    PendingReview = 2,

    /// <summary>已提交，待同级财政部门备案.</summary>
    PendingFiling = 3,

    /// <summary>已退回（审核或财政部门），待修改.</summary>
    Returned = 4,

    /// <summary>已备案.</summary>
    Filed = 5,

    /// <summary>已撤销.</summary>
    Cancelled = 6,

    /// <summary>旧系统（一体化系统）导入，只读.</summary>
    Legacy = 7,
}

/// <summary>What a step on the plan's timeline did.</summary>
public enum PlanAction
{
    Created = 1,
    SubmittedForReview = 2,
    ApprovedAndSubmitted = 3,
    ReturnedByReviewer = 4,
    Filed = 5,
    ReturnedByRegulator = 6,
    Cancelled = 7,
    Imported = 8,
}

public static class PlanStatusCodes
{
    /// <summary>The OCDS 1.1 tender status code of a plan status.</summary>
    public static string Ocds(this PlanStatus status) => status switch
    {
        PlanStatus.Filed or PlanStatus.Legacy => "planned",
        PlanStatus.Cancelled => "cancelled",
        _ => "planning",
    };
}
