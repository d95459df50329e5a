using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Supervision;

namespace GovProcurement.Domain.Reporting;

/// <summary>
/// The Chinese label of every coded value an export writes: the words the pages show for it, never
/// the code's name. The pages read their labels from the portal's SharedResource.resx under the key
/// named by <see cref="ResourcePrefix"/> (Route.EntrustCentralizedAgency, Method.OpenTender, …);
/// a test keeps every value here equal to its page label.
/// </summary>
public static class ExportLabels
{
    /// <summary>The resource key prefix the pages use for each enum labelled here.</summary>
    public static IReadOnlyDictionary<Type, string> ResourcePrefix { get; } = new Dictionary<Type, string>
    {
        [typeof(ProcurementRoute)] = "Route",
        [typeof(ProcurementMethod)] = "Method",
        [typeof(PlanStatus)] = "PlanStatus",
        [typeof(ProjectStatus)] = "ProjectStatus",
        [typeof(ExceptionKind)] = "ExceptionKind",
        [typeof(ContractStatus)] = "ContractStatus",
        [typeof(Acceptance.AcceptanceStatus)] = "AcceptanceStatus",
    };

    /// <summary>The label of any value of an enum in <see cref="ResourcePrefix"/>.</summary>
    public static string Of(Enum value) => value switch
    {
        ProcurementRoute route => Route(route),
        ProcurementMethod method => Method(method),
        PlanStatus status => Plan(status),
        ProjectStatus status => Project(status),
        ExceptionKind kind => Exception(kind),
        ContractStatus status => Contract(status),
        Acceptance.AcceptanceStatus status => Acceptance.AcceptanceTexts.Status(status).Zh,
        _ => throw new ArgumentException($"No export label for {value.GetType().Name}.", nameof(value)),
    };

    public static string Route(ProcurementRoute route) => route switch
    {
        ProcurementRoute.NotGovernmentProcurement => "不属于政府采购",
        ProcurementRoute.EMallSimpleProcurement => "电子卖场简易采购（直购、竞价、反拍）",
        ProcurementRoute.EntrustCentralizedAgency => "委托集中采购机构实施项目采购",
        ProcurementRoute.FrameworkWinners => "在中标供应商中择优直接采购",
        ProcurementRoute.DecentralizedEntrustAgency => "分散采购：委托代理机构",
        ProcurementRoute.DecentralizedSelfOrganized => "分散采购：自行组织",
        _ => throw Unknown(route),
    };

    public static string Method(ProcurementMethod method) => ProjectTexts.Method(method).Zh;

    public static string Plan(PlanStatus status) => ProcurementPlan.StatusText(status).Zh;

    /// <summary>A project's status as the project list shows it (shorter than the sentences of the domain's messages).</summary>
    public static string Project(ProjectStatus status) => status switch
    {
        ProjectStatus.Entrusted => "待接受委托",
        ProjectStatus.Declined => "已拒绝委托",
        ProjectStatus.Preparing => "准备中",
        ProjectStatus.Active => "公告中",
        ProjectStatus.Opened => "已开标",
        ProjectStatus.Evaluated => "待确认结果",
        ProjectStatus.Awarded => "已确定中标（成交）",
        ProjectStatus.Unsuccessful => "采购失败",
        ProjectStatus.MethodChangeRequested => "变更方式待审批",
        ProjectStatus.Cancelled => "已终止",
        _ => throw Unknown(status),
    };

    public static string Exception(ExceptionKind kind) => SupervisionTexts.Kind(kind).Zh;

    public static string Contract(ContractStatus status) => ContractTexts.Status(status).Zh;

    /// <summary>An intention's state as the intention list shows it: published or a draft.</summary>
    public static string Intention(IntentionStatus status) => status == IntentionStatus.Published ? "已公开" : Plan(PlanStatus.Draft);

    private static ArgumentOutOfRangeException Unknown(Enum value) => new(nameof(value), value, $"No export label for {value.GetType().Name}.{value}.");
}
