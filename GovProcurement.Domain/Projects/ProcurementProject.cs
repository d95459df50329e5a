using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>
/// A project (采购项目): a filed plan entrusted to an agency, which sets it up, announces it,
/// opens the bids, has them evaluated and awards it. Its status changes only through the
/// methods below, by the transition table, and every change is a step on its timeline.
/// </summary>
public sealed class ProcurementProject : VersionedEntity
{
    public const int TitleMaxLength = 200;

    private static readonly Dictionary<(ProjectStatus From, ProjectAction Action), ProjectStatus> Transitions = new()
    {
        [(ProjectStatus.Entrusted, ProjectAction.Accepted)] = ProjectStatus.Preparing,
        [(ProjectStatus.Entrusted, ProjectAction.Declined)] = ProjectStatus.Declined,
        [(ProjectStatus.Preparing, ProjectAction.SetUp)] = ProjectStatus.Preparing,
        [(ProjectStatus.Preparing, ProjectAction.Announced)] = ProjectStatus.Active,
        [(ProjectStatus.Active, ProjectAction.Clarified)] = ProjectStatus.Active,
        [(ProjectStatus.Active, ProjectAction.DeadlineExtended)] = ProjectStatus.Active,
        [(ProjectStatus.Active, ProjectAction.Opened)] = ProjectStatus.Opened,
        [(ProjectStatus.Active, ProjectAction.RecordedOffline)] = ProjectStatus.Evaluated,
        [(ProjectStatus.Evaluated, ProjectAction.Failed)] = ProjectStatus.Unsuccessful,
        [(ProjectStatus.Active, ProjectAction.Failed)] = ProjectStatus.Unsuccessful,
        [(ProjectStatus.Opened, ProjectAction.PanelDrawn)] = ProjectStatus.Opened,
        [(ProjectStatus.Opened, ProjectAction.Evaluated)] = ProjectStatus.Evaluated,
        [(ProjectStatus.Opened, ProjectAction.Failed)] = ProjectStatus.Unsuccessful,
        [(ProjectStatus.Evaluated, ProjectAction.WinnerConfirmed)] = ProjectStatus.Awarded,
        [(ProjectStatus.Evaluated, ProjectAction.Terminated)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Awarded, ProjectAction.ResultPublished)] = ProjectStatus.Awarded,
        [(ProjectStatus.Awarded, ProjectAction.ContractPublished)] = ProjectStatus.Awarded,
        [(ProjectStatus.Unsuccessful, ProjectAction.MethodChangeRequested)] = ProjectStatus.MethodChangeRequested,
        [(ProjectStatus.MethodChangeRequested, ProjectAction.MethodChangeApproved)] = ProjectStatus.Preparing,
        [(ProjectStatus.MethodChangeRequested, ProjectAction.MethodChangeRefused)] = ProjectStatus.Unsuccessful,
        [(ProjectStatus.Unsuccessful, ProjectAction.Terminated)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Preparing, ProjectAction.Terminated)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Active, ProjectAction.Terminated)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Active, ProjectAction.RepeatOrdered)] = ProjectStatus.Preparing,
        [(ProjectStatus.Opened, ProjectAction.RepeatOrdered)] = ProjectStatus.Preparing,
        [(ProjectStatus.Evaluated, ProjectAction.RepeatOrdered)] = ProjectStatus.Preparing,
        [(ProjectStatus.Awarded, ProjectAction.RepeatOrdered)] = ProjectStatus.Preparing,
        [(ProjectStatus.Unsuccessful, ProjectAction.RepeatOrdered)] = ProjectStatus.Preparing,
    };

    private readonly List<ProjectLot> lots = [];
    private readonly List<ProjectEvent> events = [];
    private readonly List<ProcurementRound> rounds = [];

    private ProcurementProject()
    {
        Number = RegionCode = Title = Qualifications = "";
    }

    public ProcurementProject(Guid planId, string planNumber, Guid purchaserId, Guid agencyId, string regionCode, string title,
        ProcurementCategory category, ProcurementMethod method, Money budget, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Number = $"{planNumber}-P{Id.ToString("N")[..4].ToUpperInvariant()}";
        PlanId = planId;
        PurchaserId = purchaserId;
        AgencyId = agencyId;
        RegionCode = regionCode;
        Title = title;
        Category = category;
        Method = method;
        Budget = budget;
        Status = ProjectStatus.Entrusted;
        Qualifications = "";
        Round = 1;
        rounds.Add(new ProcurementRound(Id, Round, method, ScoringMethod.LowestEvaluatedPrice, nowUtc));
        CreatedUtc = UpdatedUtc = nowUtc;
        events.Add(new ProjectEvent(ProjectAction.Entrusted, Status, actor, null, nowUtc));
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PurchaserId { get; private set; }

    public Guid AgencyId { get; private set; }

    public string RegionCode { get; private set; }

    public string Title { get; private set; }

    public ProcurementCategory Category { get; private set; }

    public ProcurementMethod Method { get; private set; }

    public Money Budget { get; private set; }

    public ProjectStatus Status { get; private set; }

    public string Qualifications { get; private set; }

    public bool ReservedForSme { get; private set; }

    public int PriceWeightBasisPoints { get; private set; }

    public int SmeDeductionBasisPoints { get; private set; }

    public bool Complex { get; private set; }

    /// <summary>True when the region's e-trading was not live: opening and evaluation happen offline.</summary>
    public bool Offline { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public DateTime? ResultPublishedUtc { get; private set; }

    public ProcurementMethod? RequestedMethod { get; private set; }

    /// <summary>
    /// The number of the current round. It is stored beside the round rows so that set-based
    /// queries over many projects (to-do lists, supervision) can join the rows of each project's
    /// current round in the store; a single project's rows are read through <see cref="RoundRows"/>.
    /// </summary>
    public int Round { get; private set; }

    /// <summary>Every round so far, the first first; all but the current one are history.</summary>
    public IReadOnlyList<ProcurementRound> Rounds => [.. rounds.OrderBy(r => r.Number)];

    /// <summary>The round the project is in now: it owns the documents, announcement, deadline, bids, panel and evaluation.</summary>
    public ProcurementRound CurrentRound => rounds.FirstOrDefault(r => r.Number == Round)
        ?? throw new InvalidOperationException($"Project {Number} was loaded without its rounds.");

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public IReadOnlyList<ProjectLot> Lots => lots;

    public IReadOnlyList<ProjectEvent> Events => events;

    public bool IsSetUp => lots.Count > 0;

    public bool Allows(ProjectAction action) => Transitions.ContainsKey((Status, action));

    /// <summary>The transition table: every step a project may take from each status.</summary>
    public static IReadOnlyCollection<(ProjectStatus From, ProjectAction Action)> Table => Transitions.Keys;

    public void Accept(string actor, DateTime nowUtc) => Move(ProjectAction.Accepted, actor, null, nowUtc);

    public void Decline(string actor, string reason, DateTime nowUtc) => Move(ProjectAction.Declined, actor, Texts.RequireReason(reason), nowUtc);

    public void SetUp(ProjectSetup setup, string actor, DateTime nowUtc)
    {
        EnsureAllowed(ProjectAction.SetUp);
        lots.Clear();
        lots.AddRange(setup.Lots.Select((lot, i) => new ProjectLot(i + 1, lot)));
        Qualifications = setup.Qualifications.Trim();
        ReservedForSme = setup.ReservedForSme;
        CurrentRound.UseScoring(setup.Scoring);
        PriceWeightBasisPoints = setup.Scoring == ScoringMethod.Comprehensive ? setup.PriceWeightBasisPoints : 10_000;
        SmeDeductionBasisPoints = setup.SmeDeductionBasisPoints;
        Complex = setup.Complex;
        UpdatedUtc = nowUtc;
        if (events.LastOrDefault()?.Action != ProjectAction.SetUp)
        {
            events.Add(new ProjectEvent(ProjectAction.SetUp, Status, actor, null, nowUtc));
        }
    }

    public void AttachDocuments(Guid fileId, DateTime nowUtc)
    {
        if (Status != ProjectStatus.Preparing)
        {
            throw new DomainException("采购文件只能在项目发布公告前上传；公告后请发布更正公告。", "Documents can only be replaced before the announcement; afterwards publish a correction.");
        }

        CurrentRound.AttachDocuments(fileId);
        UpdatedUtc = nowUtc;
    }

    public void Announce(DateTime deadlineUtc, DateOnly? documentsUntil, bool offline, string actor, string? note, DateTime nowUtc)
    {
        if (!IsSetUp)
        {
            throw new DomainException("请先设置采购包、资格条件和评审方法。", "Set up the lots, qualifications and scoring first.");
        }

        EnsureAllowed(ProjectAction.Announced);
        CurrentRound.Announce(deadlineUtc, documentsUntil, nowUtc);
        Offline = offline;
        Move(ProjectAction.Announced, actor, note, nowUtc);
    }

    public void ExtendDeadline(DateTime deadlineUtc, string actor, string note, DateTime nowUtc)
    {
        if (DeadlinePassed(nowUtc))
        {
            throw new DomainException("已过截止时间，不能再顺延。", "The deadline has passed; it cannot be extended.");
        }

        if (deadlineUtc <= CurrentRound.DeadlineUtc)
        {
            throw new DomainException("新的截止时间必须晚于原截止时间。", "The new deadline must be later than the current one.");
        }

        CurrentRound.ExtendDeadline(deadlineUtc);
        Move(ProjectAction.DeadlineExtended, actor, note, nowUtc);
    }

    public void RecordClarification(string actor, string note, DateTime nowUtc) => Move(ProjectAction.Clarified, actor, note, nowUtc);

    public void Open(string actor, string note, DateTime nowUtc)
    {
        if (Offline)
        {
            throw new DomainException("本项目在线下开标和评审，请录入线下开评标结果。", "This project opens and evaluates offline; record the outcome.");
        }

        EnsureDeadlinePassed(nowUtc);
        CurrentRound.Open(nowUtc);
        Move(ProjectAction.Opened, actor, note, nowUtc);
    }

    public void RecordOffline(string actor, string note, DateTime nowUtc)
    {
        if (!Offline)
        {
            throw new DomainException("本地区项目采购电子交易已上线，开标和评审须在线进行。", "E-trading is live in this region: opening and evaluation happen online.");
        }

        EnsureDeadlinePassed(nowUtc);
        CurrentRound.RecordOffline(nowUtc);
        Move(ProjectAction.RecordedOffline, actor, note, nowUtc);
    }

    public void RecordPanel(string actor, string note, DateTime nowUtc) => Move(ProjectAction.PanelDrawn, actor, note, nowUtc);

    public void FinishEvaluation(string actor, string note, DateTime nowUtc)
    {
        CurrentRound.FinishEvaluation(nowUtc);
        Move(ProjectAction.Evaluated, actor, note, nowUtc);
    }

    public void Fail(string actor, string reason, DateTime nowUtc) => Move(ProjectAction.Failed, actor, reason, nowUtc);

    public void ConfirmWinner(string actor, string note, DateTime nowUtc)
    {
        DecidedUtc = nowUtc;
        Move(ProjectAction.WinnerConfirmed, actor, note, nowUtc);
    }

    public void MarkResultPublished(string actor, string note, DateTime nowUtc)
    {
        if (ResultPublishedUtc is not null)
        {
            throw new DomainException("结果公告已发布。", "The result has already been announced.");
        }

        ResultPublishedUtc = nowUtc;
        Move(ProjectAction.ResultPublished, actor, note, nowUtc);
    }

    public void MarkContractPublished(string actor, string note, DateTime nowUtc)
    {
        if (ResultPublishedUtc is null)
        {
            throw new DomainException("请先发布结果公告。", "Announce the result first.");
        }

        Move(ProjectAction.ContractPublished, actor, note, nowUtc);
    }

    public void RequestMethodChange(ProcurementMethod method, string actor, string reason, DateTime nowUtc)
    {
        if (method == Method)
        {
            throw new DomainException("请选择与原采购方式不同的方式。", "Choose a method other than the current one.");
        }

        EnsureAllowed(ProjectAction.MethodChangeRequested);
        RequestedMethod = method;
        Move(ProjectAction.MethodChangeRequested, actor, $"{Texts.RequireReason(reason)}（申请变更为{ProjectTexts.Method(method).Zh}）", nowUtc);
    }

    /// <summary>
    /// The regulator approves: the current round ends as history and the next starts under the new
    /// method, with no documents, announcement, bids or panel of its own yet (the new method needs
    /// its own documents). The scoring carries over where the new method allows it.
    /// </summary>
    public void ApproveMethodChange(string regulator, DateTime nowUtc)
    {
        EnsureAllowed(ProjectAction.MethodChangeApproved);
        var previous = CurrentRound;
        Method = RequestedMethod!.Value;
        RequestedMethod = null;
        previous.End(nowUtc);
        Round = previous.Number + 1;
        rounds.Add(new ProcurementRound(Id, Round, Method, SetupAllowsScoring(Method) ? previous.Scoring : ScoringMethod.LowestEvaluatedPrice, nowUtc));
        Move(ProjectAction.MethodChangeApproved, regulator, null, nowUtc);
    }

    /// <summary>
    /// A complaint decision orders the procurement repeated (or voids its result): the current round ends as history
    /// and the next starts under the same method and scoring, with no documents, announcement, bids, panel or result of
    /// its own yet; the decided and announced result of the ended round no longer stands for the project.
    /// </summary>
    public void RepeatByDecision(string regulator, string note, DateTime nowUtc)
    {
        EnsureAllowed(ProjectAction.RepeatOrdered);
        var previous = CurrentRound;
        previous.End(nowUtc);
        Round = previous.Number + 1;
        rounds.Add(new ProcurementRound(Id, Round, Method, previous.Scoring, nowUtc));
        DecidedUtc = null;
        ResultPublishedUtc = null;
        Move(ProjectAction.RepeatOrdered, regulator, note, nowUtc);
    }

    public void RefuseMethodChange(string regulator, string reason, DateTime nowUtc)
    {
        EnsureAllowed(ProjectAction.MethodChangeRefused);
        RequestedMethod = null;
        Move(ProjectAction.MethodChangeRefused, regulator, Texts.RequireReason(reason), nowUtc);
    }

    public void Terminate(string actor, string reason, DateTime nowUtc) => Move(ProjectAction.Terminated, actor, Texts.RequireReason(reason), nowUtc);

    /// <summary>True once any round was announced publicly: ending the project then needs a termination notice.</summary>
    public bool WasAnnounced => events.Any(e => e.Action == ProjectAction.Announced);

    public bool DeadlinePassed(DateTime nowUtc) => CurrentRound.DeadlinePassed(nowUtc);

    private static bool SetupAllowsScoring(ProcurementMethod method) => ProjectSetup.AllowsComprehensive(method);

    private void EnsureDeadlinePassed(DateTime nowUtc)
    {
        if (!DeadlinePassed(nowUtc))
        {
            var local = CurrentRound.DeadlineUtc?.Add(Clock.ChinaOffset);
            throw new DomainException($"开标时间（{local:yyyy-MM-dd HH:mm}）未到，不能开启投标文件。", $"The opening time ({local:yyyy-MM-dd HH:mm}) has not come; bids stay sealed.");
        }
    }

    private void Move(ProjectAction action, string actor, string? note, DateTime nowUtc)
    {
        EnsureAllowed(action);
        Status = Transitions[(Status, action)];
        UpdatedUtc = nowUtc;
        events.Add(new ProjectEvent(action, Status, actor, note, nowUtc));
    }

    private void EnsureAllowed(ProjectAction action)
    {
        if (!Allows(action))
        {
            var status = ProjectTexts.Status(Status);
            throw new DomainException($"项目当前为“{status.Zh}”，不能执行此操作。", $"The project is {status.En}; this step is not possible now.");
        }
    }
}
