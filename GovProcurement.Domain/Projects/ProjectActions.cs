using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>What a supplier may do with its registration for a project.</summary>
public enum RegistrationAction
{
    Register = 1,
    DownloadDocuments = 2,
    Ask = 3,
}

/// <summary>What a supplier may do with its bid on a project.</summary>
public enum BidAction
{
    Submit = 1,
    Withdraw = 2,

    /// <summary>The result letter (中标/成交通知书 or 结果通知) of a bidder, once the result is announced.</summary>
    DownloadResultLetter = 3,
}

/// <summary>
/// A winner's lot whose contract announcement has not been published yet. The announcement comes only from the
/// lot's signed contract (<see cref="Contracts.GovContracts.PublishAsync"/>), which records
/// <see cref="ProjectAction.ContractPublished"/> on the project with a note naming the supplier and the lot
/// (<see cref="Note"/>); a note without a lot, from before contracts were per lot, covers all the supplier's lots.
/// </summary>
public sealed record ContractDue(Guid SupplierId, string SupplierName, int Lot)
{
    public const string LotLabel = "包组 ";

    /// <summary>The note of the contract announcement, naming the lot when the contract is for one.</summary>
    public static string Note(string contractNumber, string supplierName, string lotNumbers, Money amount) =>
        lotNumbers.Length > 0 && !lotNumbers.Contains(',') ? $"合同 {contractNumber}，{supplierName}，{LotMark(lotNumbers)}{amount}" : $"合同 {contractNumber}，{supplierName}，{amount}";

    /// <summary>How a note names the lot; <see cref="ProjectWorkItems"/> matches the same text in the store.</summary>
    public static string LotMark(string lot) => $"{LotLabel}{lot}，";

    public bool MetBy(string note) => note.Contains(SupplierName, StringComparison.Ordinal)
        && (!note.Contains(LotLabel, StringComparison.Ordinal) || note.Contains(LotMark(Lot.ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal));
}

/// <summary>The acting supplier's own facts on a project's current round.</summary>
public sealed record SupplierFacts(bool Registered, BidStatus? Bid, Refusal? Debarred, EnterpriseScale Scale);

/// <summary>
/// Everything the available actions depend on beyond the project itself: how the actor stands to
/// it, the moment, whether the round's panel is drawn, which winners still wait for their contract
/// announcement, the acting supplier's own facts, and the finance department's suspension of the
/// procurement running today (<see cref="Complaints.ProcurementSuspensions"/>), if any.
/// </summary>
public sealed record ProjectMoment(
    ProcurementProject Project,
    ProjectRole Relation,
    DateTime NowUtc,
    bool PanelDrawn,
    IReadOnlyList<ContractDue> ContractsDue,
    SupplierFacts? Supplier,
    bool HasDocuments,
    Refusal? Suspension = null);

/// <summary>
/// The domain's answer to "what may this actor do with this project, its registration and its bid
/// now, and why not". It is built from the project's transition table, the one table of who may
/// take each step below, and the moment (deadline, panel, result). Every use case of the project
/// calls <see cref="ActionSet{TAction}.Require"/> on the same answer before it acts.
/// </summary>
public static class ProjectActions
{
    /// <summary>Who may take each step of the project; a step not listed follows from another step.</summary>
    private static readonly Dictionary<ProjectAction, ProjectRole> Doers = new()
    {
        [ProjectAction.Accepted] = ProjectRole.Agency,
        [ProjectAction.Declined] = ProjectRole.Agency,
        [ProjectAction.SetUp] = ProjectRole.Agency,
        [ProjectAction.Announced] = ProjectRole.Agency,
        [ProjectAction.Clarified] = ProjectRole.Agency,
        [ProjectAction.Opened] = ProjectRole.Agency,
        [ProjectAction.RecordedOffline] = ProjectRole.Agency,
        [ProjectAction.PanelDrawn] = ProjectRole.Agency,
        [ProjectAction.Evaluated] = ProjectRole.Agency,
        [ProjectAction.ResultPublished] = ProjectRole.Agency,
        [ProjectAction.MethodChangeRequested] = ProjectRole.Agency,
        [ProjectAction.Terminated] = ProjectRole.Agency,
        [ProjectAction.WinnerConfirmed] = ProjectRole.Purchaser,
        [ProjectAction.MethodChangeApproved] = ProjectRole.Regulator,
        [ProjectAction.MethodChangeRefused] = ProjectRole.Regulator,
    };

    internal const string OpeningCitation = "《政府采购货物和服务招标投标管理办法》第三十九条";

    public static IReadOnlyDictionary<ProjectAction, ProjectRole> WhoMay => Doers;

    /// <summary>Every step of the project, each available or refused with its reason.</summary>
    public static ActionSet<ProjectAction> Steps(ProjectMoment moment) =>
        new(Enum.GetValues<ProjectAction>().Select(a => new AvailableAction<ProjectAction>(a, WhyNot(moment, a))).ToList());

    public static ActionSet<RegistrationAction> Registration(ProjectMoment moment) =>
        new(Enum.GetValues<RegistrationAction>().Select(a => new AvailableAction<RegistrationAction>(a, WhyNot(moment, a))).ToList());

    public static ActionSet<BidAction> Bid(ProjectMoment moment) =>
        new(Enum.GetValues<BidAction>().Select(a => new AvailableAction<BidAction>(a, WhyNot(moment, a))).ToList());

    private static Refusal? WhyNot(ProjectMoment m, ProjectAction action)
    {
        if (!Doers.TryGetValue(action, out var doer))
        {
            return new("此步骤随其他步骤自动记录，不能单独办理。", "This step is recorded by another step; it is not taken on its own.");
        }

        if (m.Relation != doer)
        {
            return NotTheDoer(doer);
        }

        var project = m.Project;
        if (!project.Allows(action))
        {
            var status = ProjectTexts.Status(project.Status);
            return new($"项目当前为“{status.Zh}”，不能执行此操作。", $"The project is {status.En}; this step is not possible now.");
        }

        // While the suspension runs the purchaser and the agency take no step of the procurement (政府采购法第五十七条);
        // the finance department's own steps are not suspended.
        if (m.Suspension is { } suspended && doer is ProjectRole.Agency or ProjectRole.Purchaser)
        {
            return suspended;
        }

        return action switch
        {
            ProjectAction.Announced when !project.IsSetUp => new("请先设置采购包、资格条件和评审方法。", "Set up the lots, qualifications and scoring first."),
            ProjectAction.Announced when !m.HasDocuments && project.Method != ProcurementMethod.SingleSource => new("请先上传采购文件。", "Attach the procurement documents first."),
            ProjectAction.Clarified when project.DeadlinePassed(m.NowUtc) => new("已过截止时间，不能再答复澄清或修改采购文件；如需修改请终止后重新组织采购。", "The deadline has passed: no more answers or changes to the documents."),
            ProjectAction.Opened when project.Offline => new("本项目在线下开标和评审，请录入线下开评标结果。", "This project opens and evaluates offline; record the outcome."),
            ProjectAction.RecordedOffline when !project.Offline => new("本地区项目采购电子交易已上线，开标和评审须在线进行。", "E-trading is live in this region: opening and evaluation happen online."),
            ProjectAction.Opened or ProjectAction.RecordedOffline when !project.DeadlinePassed(m.NowUtc) => OpeningNotDue(project),
            ProjectAction.PanelDrawn when m.PanelDrawn => new("本轮评审专家已抽取。", "The panel for this round has been drawn."),
            ProjectAction.Evaluated when !m.PanelDrawn => new("请先抽取评审专家。", "Draw the panel first."),
            ProjectAction.ResultPublished when project.ResultPublishedUtc is not null => new("结果公告已发布。", "The result has already been announced."),
            _ => null,
        };
    }

    private static Refusal? WhyNot(ProjectMoment m, RegistrationAction action)
    {
        if (action == RegistrationAction.DownloadDocuments)
        {
            if (m.Relation is ProjectRole.None || m.Relation == ProjectRole.Supplier && m.Supplier is not { Registered: true })
            {
                return new("报名后才能获取采购文件。", "Register to download the documents.");
            }

            return m.HasDocuments ? null : new("本项目没有上传采购文件。", "No documents are attached.");
        }

        if (TakingBids(m) is { } closed)
        {
            return closed;
        }

        var supplier = m.Supplier!;
        return action switch
        {
            RegistrationAction.Register when supplier.Registered => new("贵公司已报名本项目。", "You have already registered."),
            RegistrationAction.Register when supplier.Debarred is { } debarred => debarred,
            RegistrationAction.Register when SupplierEligibility.SmeReservation(m.Project, supplier.Scale) is { } notSme => notSme,
            RegistrationAction.Ask when !supplier.Registered => NotRegistered,
            _ => null,
        };
    }

    private static Refusal? WhyNot(ProjectMoment m, BidAction action)
    {
        if (action == BidAction.DownloadResultLetter)
        {
            if (m.Relation != ProjectRole.Supplier || m.Supplier?.Bid != BidStatus.Opened || m.Project.ResultPublishedUtc is null)
            {
                return new("结果公告发布后，投标（响应）供应商可下载结果通知。", "Bidders download their letter once the result is announced.");
            }

            return null;
        }

        if (TakingBids(m) is { } closed)
        {
            return closed;
        }

        var supplier = m.Supplier!;
        return action switch
        {
            BidAction.Submit when !supplier.Registered => NotRegistered,
            BidAction.Submit when m.Project.Offline => new("本地区项目采购电子交易子系统尚未上线，请按采购文件要求线下递交。", "E-trading is not live in this region: submit offline as the documents say."),
            BidAction.Submit when supplier.Debarred is { } debarred => debarred,
            BidAction.Submit when supplier.Bid == BidStatus.Sealed => new("贵公司已递交投标文件；如需修改，请先撤回再重新递交。", "Your bid is sealed; withdraw it first to submit another."),
            BidAction.Withdraw when supplier.Bid != BidStatus.Sealed => new("没有可撤回的投标文件。", "There is no bid to withdraw."),
            _ => null,
        };
    }

    /// <summary>A supplier acts on its registration and bid only while the project takes bids.</summary>
    private static Refusal? TakingBids(ProjectMoment m)
    {
        if (m.Relation != ProjectRole.Supplier || m.Supplier is null)
        {
            return NotTheDoer(ProjectRole.Supplier);
        }

        if (m.Project.Status != ProjectStatus.Active)
        {
            return new("项目当前不接受报名或投标。", "The project is not taking registrations or bids now.");
        }

        if (m.Project.DeadlinePassed(m.NowUtc))
        {
            var deadline = BeijingTime.Minutes(m.Project.CurrentRound.DeadlineUtc!.Value);
            return new($"已过截止时间（{deadline}），不再接收。", $"The deadline ({deadline}) has passed.");
        }

        return null;
    }

    private static Refusal OpeningNotDue(ProcurementProject project)
    {
        var local = project.CurrentRound.DeadlineUtc?.Add(Clock.ChinaOffset);
        return new($"开标时间（{local:yyyy-MM-dd HH:mm}）未到，不能开启投标文件。", $"The opening time ({local:yyyy-MM-dd HH:mm}) has not come; bids stay sealed.", OpeningCitation);
    }

    private static readonly Refusal NotRegistered = new("请先报名本项目。", "Register for the project first.");

    private static Refusal NotTheDoer(ProjectRole doer) => doer switch
    {
        ProjectRole.Agency => new("只能由受委托的代理机构办理。", "Only the entrusted agency takes this step."),
        ProjectRole.Purchaser => new("只能由本项目的采购人办理。", "Only the project's purchaser takes this step."),
        ProjectRole.Regulator => new("该项目不在您的监管范围内：只能由项目所在地区或其上级的财政部门办理。", "The project is outside your jurisdiction: only the finance department of its region, or one above it, takes this step."),
        _ => new("只有供应商可以报名和投标。", "Only suppliers register and bid."),
    };
}
