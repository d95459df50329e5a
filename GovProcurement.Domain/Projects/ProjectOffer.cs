using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Projects;

/// <summary>What the agency's panel says when it offers no step: what the project waits for.</summary>
public enum ProjectWait
{
    /// <summary>The agency has a step to take.</summary>
    Nothing = 0,

    /// <summary>The bids stay sealed until the deadline.</summary>
    BidsSealed = 1,

    /// <summary>The evaluation report waits for the purchaser's decision.</summary>
    Purchaser = 2,

    /// <summary>Nothing waits for the agency: the panel shows where the project stands.</summary>
    StatusOnly = 3,

    /// <summary>The finance department has suspended the procurement: the page states until when and why (<see cref="ProjectOffer.Suspension"/>).</summary>
    Suspended = 4,
}

/// <summary>
/// What a project page offers this actor, all from the domain: the available steps, registration
/// and bid actions (each with its why-not) and which panels the actor sees. The winners' contracts
/// are the contract's own (<see cref="Contracts.GovContracts.OpeningsForProjectAsync"/>). Pages render
/// from this and compare no status or role.
/// </summary>
public sealed class ProjectOffer
{
    /// <summary>The agency's own panel steps; when none is available the panel says what the project waits for.</summary>
    private static readonly ProjectAction[] AgencyPanelSteps =
    [
        ProjectAction.Accepted, ProjectAction.Declined, ProjectAction.SetUp, ProjectAction.Announced, ProjectAction.RecordedOffline,
        ProjectAction.Opened, ProjectAction.PanelDrawn, ProjectAction.Evaluated, ProjectAction.ResultPublished,
    ];

    private readonly ProjectMoment moment;

    public ProjectOffer(ProjectMoment moment)
    {
        this.moment = moment;
        Steps = ProjectActions.Steps(moment);
        Registration = ProjectActions.Registration(moment);
        Bid = ProjectActions.Bid(moment);
    }

    public ActionSet<ProjectAction> Steps { get; }

    public ActionSet<RegistrationAction> Registration { get; }

    public ActionSet<BidAction> Bid { get; }

    /// <summary>
    /// The finance department's suspension of the procurement running today, with its last day and citation, for every
    /// reader of the project: while it runs the purchaser's and the agency's steps are refused with it.
    /// </summary>
    public Refusal? Suspension => moment.Suspension;

    private ProcurementProject Project => moment.Project;

    private bool IsSupplier => moment.Relation == ProjectRole.Supplier;

    public bool ShowsAgencySteps => moment.Relation == ProjectRole.Agency;

    public bool ShowsSupplierPanel => IsSupplier;

    /// <summary>The parties see the opening record once opened; a supplier only when its own bid was opened.</summary>
    public bool ShowsOpeningRecord => IsSupplier ? moment.Supplier?.Bid == BidStatus.Opened : Project.CurrentRound.OpenedUtc is not null;

    /// <summary>The evaluation results: for the parties once evaluated, for a supplier once the result is announced.</summary>
    public bool ShowsResults => Project.CurrentRound.EvaluatedUtc is not null && (!IsSupplier || Project.ResultPublishedUtc is not null);

    /// <summary>Suppliers follow the project through its notices and their own panel; the internal timeline is for the parties.</summary>
    public bool ShowsTimeline => !IsSupplier;

    public ProjectWait AgencyWait =>
        AgencyPanelSteps.Any(Steps.Allows) ? ProjectWait.Nothing
        : moment.Suspension is not null ? ProjectWait.Suspended
        : Project.Status == ProjectStatus.Active && !Project.DeadlinePassed(moment.NowUtc) ? ProjectWait.BidsSealed
        : Project.Status == ProjectStatus.Evaluated ? ProjectWait.Purchaser
        : ProjectWait.StatusOnly;
}
