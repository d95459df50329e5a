using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>封闭式 or 开放式: whether suppliers may join during the term (财政部令第110号).</summary>
public enum FrameworkKind
{
    /// <summary>封闭式: the suppliers admitted at the call are the only ones for the whole term.</summary>
    Closed = 1,

    /// <summary>开放式: a supplier meeting the conditions may be admitted during the term.</summary>
    Open = 2,
}

/// <summary>Where an agreement stands.</summary>
public enum FrameworkStatus
{
    /// <summary>草稿: being recorded by the agency; no call-off yet.</summary>
    Draft = 1,

    /// <summary>生效: call-offs may be made inside the term.</summary>
    InForce = 2,

    /// <summary>已到期: the term has ended (the platform moves it on the day after the end date).</summary>
    Expired = 3,

    /// <summary>已终止: ended early by the agency, with a reason.</summary>
    Terminated = 4,
}

/// <summary>What changes an agreement's status.</summary>
public enum FrameworkChange
{
    Edited = 1,
    SupplierAdmitted = 2,
    PutInForce = 3,
    Expired = 4,
    Terminated = 5,
    SupplierRemoved = 6,
}

/// <summary>What a person can do with an agreement: the steps a page offers and <see cref="FrameworkAgreements"/> takes.</summary>
public enum FrameworkAction
{
    Edit = 1,
    AdmitSupplier = 2,
    RemoveSupplier = 3,
    PutInForce = 4,
    Terminate = 5,
}

/// <summary>The stage-2 methods of 财政部令第110号.</summary>
public enum CallOffMethod
{
    /// <summary>直接选定: the purchaser picks an admitted supplier at its agreement price.</summary>
    DirectSelection = 1,

    /// <summary>顺序轮候: the platform picks the next admitted supplier in rotation order.</summary>
    Rotation = 2,

    /// <summary>二次竞价: a sealed second competition among the admitted suppliers, the agreement price the ceiling.</summary>
    SecondCompetition = 3,
}

/// <summary>Where a call-off stands.</summary>
public enum CallOffStatus
{
    /// <summary>竞价中: a second competition taking sealed quotes until its close.</summary>
    Quoting = 1,

    /// <summary>已成交: the supplier is bound and the order recorded.</summary>
    Awarded = 2,

    /// <summary>竞价失败: too few valid quotes at the close, or the plan line no longer has the amount.</summary>
    Failed = 3,

    /// <summary>已撤回: withdrawn by the purchaser before the close.</summary>
    Withdrawn = 4,
}

/// <summary>What changes a call-off's status.</summary>
public enum CallOffChange
{
    ClosedWithWinner = 1,
    ClosedWithoutWinner = 2,
    Withdrawn = 3,
}

/// <summary>What a person can do with a call-off.</summary>
public enum CallOffAction
{
    Quote = 1,
    Withdraw = 2,
    NoteResult = 3,
}

public static class FrameworkTexts
{
    public static Bilingual Kind(FrameworkKind kind) => kind switch
    {
        FrameworkKind.Closed => new("封闭式", "closed"),
        FrameworkKind.Open => new("开放式", "open"),
        _ => new(kind.ToString(), kind.ToString()),
    };

    public static Bilingual Status(FrameworkStatus status) => status switch
    {
        FrameworkStatus.Draft => new("草稿", "draft"),
        FrameworkStatus.InForce => new("生效", "in force"),
        FrameworkStatus.Expired => new("已到期", "expired"),
        FrameworkStatus.Terminated => new("已终止", "terminated"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Method(CallOffMethod method) => method switch
    {
        CallOffMethod.DirectSelection => new("直接选定", "direct selection"),
        CallOffMethod.Rotation => new("顺序轮候", "rotation"),
        CallOffMethod.SecondCompetition => new("二次竞价", "second competition"),
        _ => new(method.ToString(), method.ToString()),
    };

    public static Bilingual CallOffStatus(CallOffStatus status) => status switch
    {
        Frameworks.CallOffStatus.Quoting => new("竞价中", "quoting"),
        Frameworks.CallOffStatus.Awarded => new("已成交", "awarded"),
        Frameworks.CallOffStatus.Failed => new("竞价失败", "failed"),
        Frameworks.CallOffStatus.Withdrawn => new("已撤回", "withdrawn"),
        _ => new(status.ToString(), status.ToString()),
    };
}
