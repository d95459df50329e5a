using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>The names of statuses and methods in messages the domain writes.</summary>
public static class ProjectTexts
{
    public static Bilingual Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Entrusted => new("待代理机构接受委托", "waiting for the agency"),
        ProjectStatus.Declined => new("代理机构已拒绝委托", "declined by the agency"),
        ProjectStatus.Preparing => new("准备中", "in preparation"),
        ProjectStatus.Active => new("公告中（接受投标）", "announced, taking bids"),
        ProjectStatus.Opened => new("已开标（评审中）", "opened, in evaluation"),
        ProjectStatus.Evaluated => new("评审完成，待采购人确认", "evaluated, waiting for the purchaser"),
        ProjectStatus.Awarded => new("已确定中标（成交）供应商", "awarded"),
        ProjectStatus.Unsuccessful => new("采购失败", "unsuccessful"),
        ProjectStatus.MethodChangeRequested => new("变更采购方式待审批", "method change waiting for approval"),
        ProjectStatus.Cancelled => new("已终止", "terminated"),
        _ => new(status.ToString(), status.ToString()),
    };

    public static Bilingual Method(ProcurementMethod method) => method switch
    {
        ProcurementMethod.OpenTender => new("公开招标", "open tender"),
        ProcurementMethod.InvitedTender => new("邀请招标", "invited tender"),
        ProcurementMethod.CompetitiveNegotiation => new("竞争性谈判", "competitive negotiation"),
        ProcurementMethod.CompetitiveConsultation => new("竞争性磋商", "competitive consultation"),
        ProcurementMethod.SingleSource => new("单一来源", "single source"),
        ProcurementMethod.RequestForQuotation => new("询价", "request for quotation"),
        _ => new(method.ToString(), method.ToString()),
    };

    /// <summary>What the winner is called under the method: 中标 for tenders, 成交 otherwise.</summary>
    public static Bilingual WinnerWord(ProcurementMethod method) =>
        method is ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender ? new("中标", "winning bid") : new("成交", "award");
}
