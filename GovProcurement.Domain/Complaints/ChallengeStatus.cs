namespace GovProcurement.Domain.Complaints;

/// <summary>What an inquiry or challenge is about; each kind starts its period where the rule says (94号令第十一条).</summary>
public enum ChallengeSubject
{
    /// <summary>采购文件: from obtaining them or the end of their notice period.</summary>
    Documents = 1,

    /// <summary>采购过程: from the end of the step (the bid opening).</summary>
    Procedure = 2,

    /// <summary>中标、成交结果: from the end of the result announcement period.</summary>
    Result = 3,
}

public enum InquiryStatus
{
    Asked = 1,
    Answered = 2,
}

public enum InquiryAction
{
    Answer = 1,
}

public enum ChallengeStatus
{
    /// <summary>Received; the purchaser or agency answers in writing within the period.</summary>
    Filed = 1,

    /// <summary>Answered in writing (the answer letter).</summary>
    Answered = 2,
}

public enum ChallengeAction
{
    /// <summary>The purchaser or agency answers in writing.</summary>
    Answer = 1,

    /// <summary>The challenging supplier complains to the finance department (answered, or the answer period over).</summary>
    Complain = 2,
}

/// <summary>Where a complaint stands.</summary>
public enum ComplaintStatus
{
    /// <summary>Received; the finance department checks it.</summary>
    Filed = 1,

    /// <summary>Accepted (受理): being handled, the decision period running.</summary>
    Accepted = 2,

    /// <summary>Paused for testing, inspection or expert review: the time is not counted.</summary>
    Paused = 3,

    /// <summary>不予受理: inadmissible, with the reason.</summary>
    Rejected = 4,

    /// <summary>Decided (处理决定), the decision published.</summary>
    Decided = 5,
}

/// <summary>The changes of the transition table of <see cref="Complaint"/>.</summary>
public enum ComplaintChange
{
    Accept = 1,
    Reject = 2,
    Pause = 3,
    Resume = 4,
    Suspend = 5,
    Decide = 6,
}

/// <summary>What the finance department can do with a complaint: the steps a page offers and <see cref="ComplaintDesk"/> takes.</summary>
public enum ComplaintAction
{
    Accept = 1,
    Reject = 2,
    Pause = 3,
    Resume = 4,
    SuspendProcurement = 5,
    Decide = 6,
}

/// <summary>The finding of a decision.</summary>
public enum ComplaintFinding
{
    /// <summary>投诉缺乏事实依据，驳回投诉 (94号令第二十九条).</summary>
    Dismissed = 1,

    /// <summary>投诉事项成立.</summary>
    Upheld = 2,
}

/// <summary>What an upheld complaint leads to (94号令第三十至三十二条, 待核实).</summary>
public enum ComplaintRemedy
{
    None = 0,

    /// <summary>责令修改采购文件: the documents are revised and the procurement continues.</summary>
    ReviseDocuments = 1,

    /// <summary>责令重新开展采购活动: the procurement is repeated.</summary>
    RepeatProcurement = 2,

    /// <summary>认定中标、成交结果无效 / 另行确定: the result is changed.</summary>
    ChangeResult = 3,

    /// <summary>认定合同无效 / 责令终止合同: the contract is void.</summary>
    VoidContract = 4,
}
