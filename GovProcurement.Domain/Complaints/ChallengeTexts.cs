using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Complaints;

/// <summary>What a person reads for subjects, statuses, steps, findings and remedies of inquiries, challenges and complaints, Chinese first.</summary>
public static class ChallengeTexts
{
    public static Bilingual Subject(ChallengeSubject subject) => subject switch
    {
        ChallengeSubject.Documents => new("采购文件", "procurement documents"),
        ChallengeSubject.Procedure => new("采购过程", "procedure"),
        ChallengeSubject.Result => new("中标（成交）结果", "award result"),
        _ => new(subject.ToString(), subject.ToString()),
    };

    public static Bilingual Status(InquiryStatus status) => status == InquiryStatus.Asked ? new("待答复", "awaiting the answer") : new("已答复", "answered");

    public static Bilingual Status(ChallengeStatus status) => status == ChallengeStatus.Filed ? new("待书面答复", "awaiting the written answer") : new("已书面答复", "answered in writing");

    public static Bilingual Status(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Filed => new("待审查", "awaiting the check"),
        ComplaintStatus.Accepted => new("已受理，处理中", "accepted, being handled"),
        ComplaintStatus.Paused => new("检验鉴定或专家评审中（暂停计时）", "testing or expert review (clock paused)"),
        ComplaintStatus.Rejected => new("不予受理", "rejected as inadmissible"),
        ComplaintStatus.Decided => new("已作出处理决定", "decided"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Action(ChallengeAction action) => action == ChallengeAction.Answer ? new("书面答复", "Answer in writing") : new("提起投诉", "Complain");

    public static Bilingual Action(InquiryAction action) => new("答复询问", "Answer");

    public static Bilingual Action(ComplaintAction action) => action switch
    {
        ComplaintAction.Accept => new("受理", "Accept"),
        ComplaintAction.Reject => new("不予受理", "Reject as inadmissible"),
        ComplaintAction.Pause => new("暂停计时（检验、鉴定、专家评审）", "Pause the clock (testing, expert review)"),
        ComplaintAction.Resume => new("恢复计时", "Resume the clock"),
        ComplaintAction.SuspendProcurement => new("暂停采购活动", "Suspend the procurement"),
        ComplaintAction.Decide => new("作出处理决定", "Decide"),
        _ => new(action.ToString(), action.ToString()),
    };

    public static Bilingual Finding(ComplaintFinding finding) => finding == ComplaintFinding.Dismissed
        ? new("投诉缺乏事实依据，驳回投诉", "dismissed: no factual basis")
        : new("投诉事项成立", "upheld");

    public static Bilingual Remedy(ComplaintRemedy remedy) => remedy switch
    {
        ComplaintRemedy.None => new("无", "none"),
        ComplaintRemedy.ReviseDocuments => new("责令修改采购文件", "revise the documents"),
        ComplaintRemedy.RepeatProcurement => new("责令重新开展采购活动", "repeat the procurement"),
        ComplaintRemedy.ChangeResult => new("认定中标（成交）结果无效，另行确定", "change the result"),
        ComplaintRemedy.VoidContract => new("认定合同无效或责令终止合同", "void or terminate the contract"),
        _ => new(remedy.ToString(), remedy.ToString()),
    };

    public static Bilingual Answer(bool upheld) => upheld ? new("质疑成立", "well-founded") : new("质疑不成立", "not well-founded");
}
