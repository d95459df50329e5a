using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Plans;

/// <summary>A plan line as the form sends it.</summary>
public sealed record PlanItemDraft(string CatalogueCode, string CatalogueName, decimal Quantity, string? UnitOfMeasure, Money Amount, Guid? BudgetLineId);

/// <summary>
/// A procurement plan (采购计划): drafted by the unit's operator, approved and submitted by its
/// reviewer, filed (备案) or returned by the finance department of the unit's region. Its status
/// changes only through the methods below, by the transition table, and every change is a step on
/// its timeline.
/// </summary>
public sealed class ProcurementPlan : VersionedEntity
{
    public const int TitleMaxLength = 200;

    private static readonly Dictionary<(PlanStatus From, PlanAction Action), PlanStatus> Transitions = new()
    {
        [(PlanStatus.Draft, PlanAction.SubmittedForReview)] = PlanStatus.PendingReview,
        [(PlanStatus.Returned, PlanAction.SubmittedForReview)] = PlanStatus.PendingReview,
        [(PlanStatus.PendingReview, PlanAction.ApprovedAndSubmitted)] = PlanStatus.PendingFiling,
        [(PlanStatus.PendingReview, PlanAction.ReturnedByReviewer)] = PlanStatus.Returned,
        [(PlanStatus.PendingFiling, PlanAction.Filed)] = PlanStatus.Filed,
        [(PlanStatus.PendingFiling, PlanAction.ReturnedByRegulator)] = PlanStatus.Returned,
        [(PlanStatus.Draft, PlanAction.Cancelled)] = PlanStatus.Cancelled,
        [(PlanStatus.Returned, PlanAction.Cancelled)] = PlanStatus.Cancelled,
    };

    private readonly List<PlanItem> items = [];
    private readonly List<PlanEvent> events = [];

    private ProcurementPlan()
    {
        Number = RegionCode = Title = CreatedBy = "";
    }

    public ProcurementPlan(Guid unitId, string regionCode, string title, DateOnly expectedStart, string operatorName, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Number = "";
        UnitId = unitId;
        RegionCode = regionCode;
        Title = title.Trim();
        Status = PlanStatus.Draft;
        Date(expectedStart);
        CreatedBy = operatorName;
        CreatedUtc = UpdatedUtc = nowUtc;
        events.Add(new PlanEvent(PlanAction.Created, PlanStatus.Draft, PlanStatus.Draft, operatorName, null, nowUtc));
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// A readable number: region code, the fiscal year the plan is filed for, and a short unique part.
    /// While a draft the year follows the expected start; from the first submission it is fixed.
    /// </summary>
    public string Number { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The unit's region, kept here so that jurisdiction lists need no join.</summary>
    public string RegionCode { get; private set; }

    public int FiscalYear { get; private set; }

    public string Title { get; private set; }

    public DateOnly ExpectedStart { get; private set; }

    public Guid? IntentionId { get; private set; }

    public ProcurementRoute? Route { get; private set; }

    public ProcurementMethod? Method { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>The sum of the items, kept for lists and sorting.</summary>
    public Money Total { get; private set; }

    /// <summary>
    /// The part of <see cref="Total"/> on lines of the directory's goods (and below, works and services)
    /// codes; what is left of the total is on lines of no known code. Kept with the total, so that the
    /// dashboard adds up a period's plans per category from the plans alone instead of from their lines.
    /// </summary>
    public Money GoodsTotal { get; private set; }

    /// <inheritdoc cref="GoodsTotal"/>
    public Money WorksTotal { get; private set; }

    /// <inheritdoc cref="GoodsTotal"/>
    public Money ServicesTotal { get; private set; }

    public bool BudgetReserved { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>
    /// When the regulator filed the plan: the time of its <see cref="PlanAction.Filed"/> step, set by that
    /// step alone (a filed plan moves no further), kept here so that the dashboard finds a period's
    /// filings by an index of the plans instead of through their timelines.
    /// </summary>
    public DateTime? FiledUtc { get; private set; }

    public IReadOnlyList<PlanItem> Items => items;

    public IReadOnlyList<PlanEvent> Events => events;

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>Replaces the draft's content; drafts may be incomplete, submission checks them.</summary>
    public void Edit(string title, DateOnly expectedStart, Guid? intentionId, IReadOnlyList<PlanItemDraft> lines, ProcurementRoute? route, ProcurementMethod? method, DateTime nowUtc)
    {
        if (!IsEditable)
        {
            throw new DomainException($"计划处于“{StatusText(Status).Zh}”状态，不能修改。", $"A plan that is {StatusText(Status).En} cannot be edited.");
        }

        if (title.Length > TitleMaxLength)
        {
            throw new DomainException($"项目名称不超过 {TitleMaxLength} 字。", $"The title is at most {TitleMaxLength} characters.");
        }

        Title = title.Trim();
        Date(expectedStart);
        IntentionId = intentionId;
        Route = route;
        Method = method;
        items.Clear();
        items.AddRange(lines.Select((line, i) => new PlanItem(i + 1, line.CatalogueCode, line.CatalogueName, line.Quantity, line.UnitOfMeasure, line.Amount, line.BudgetLineId)));
        AddUp();
        UpdatedUtc = nowUtc;
    }

    private void AddUp()
    {
        Total = Sum(items);
        GoodsTotal = Sum(items.Where(i => CategoryOf(i) == ProcurementCategory.Goods));
        WorksTotal = Sum(items.Where(i => CategoryOf(i) == ProcurementCategory.Works));
        ServicesTotal = Sum(items.Where(i => CategoryOf(i) == ProcurementCategory.Services));

        static Money Sum(IEnumerable<PlanItem> lines) => lines.Aggregate(Money.Zero, (sum, item) => sum + item.Amount);
        static ProcurementCategory? CategoryOf(PlanItem line) => CatalogueDirectory.Shipped.Find(line.CatalogueCode)?.Category;
    }

    /// <summary>China's budget year is the calendar year (预算法第十八条：预算年度自公历一月一日起，至十二月三十一日止).</summary>
    public static int FiscalYearOf(DateOnly day) => day.Year;

    /// <summary>Dates the plan; a plan never yet submitted (a draft) takes its number's year from the date.</summary>
    private void Date(DateOnly expectedStart)
    {
        ExpectedStart = expectedStart;
        FiscalYear = FiscalYearOf(expectedStart);
        if (Status == PlanStatus.Draft)
        {
            Number = $"{RegionCode}-{FiscalYear}-{Id.ToString("N")[..12].ToUpperInvariant()}";
        }
    }

    /// <summary>The operator sends the plan to the unit's reviewer; it must be complete and routed as the rules allow.</summary>
    public void SubmitForReview(string operatorName, RoutingDecision decision, DateTime nowUtc)
    {
        EnsureAllowed(PlanAction.SubmittedForReview);
        var problems = PlanCompleteness.Check(this, decision);
        if (problems.Count > 0)
        {
            throw new DomainException(new Bilingual(string.Join("；", problems.Select(p => p.Zh)), string.Join("; ", problems.Select(p => p.En))));
        }

        Move(PlanAction.SubmittedForReview, operatorName, null, nowUtc);
    }

    /// <summary>
    /// The reviewer approves and submits. When the same account prepared the plan (a unit with one
    /// legacy account holding both roles) the timeline says so, for the regulator to see.
    /// </summary>
    public void ApproveAndSubmit(string reviewer, DateTime nowUtc)
    {
        var submitter = events.LastOrDefault(e => e.Action == PlanAction.SubmittedForReview)?.Actor;
        Move(PlanAction.ApprovedAndSubmitted, reviewer, submitter == reviewer ? "同一账号兼任经办与审核（单账号单位）" : null, nowUtc);
    }

    public void ReturnByReviewer(string reviewer, string reason, DateTime nowUtc) => Move(PlanAction.ReturnedByReviewer, reviewer, Texts.RequireReason(reason), nowUtc);

    public void File(string regulator, DateTime nowUtc) => Move(PlanAction.Filed, regulator, null, nowUtc);

    public void ReturnByRegulator(string regulator, string reason, DateTime nowUtc) => Move(PlanAction.ReturnedByRegulator, regulator, Texts.RequireReason(reason), nowUtc);

    public void Cancel(string actor, string reason, DateTime nowUtc) => Move(PlanAction.Cancelled, actor, Texts.RequireReason(reason), nowUtc);

    public void MarkBudgetReserved(bool reserved) => BudgetReserved = reserved;

    /// <summary>A filed plan handed to an agency: only its update time changes (and so its version).</summary>
    public void MarkEntrusted(DateTime nowUtc) => UpdatedUtc = nowUtc;

    /// <summary>A plan filed in the old system before the go-live day, kept read-only on the platform.</summary>
    public static ProcurementPlan ImportLegacy(Guid unitId, string regionCode, string legacyNumber, string title, DateOnly filedOn,
        PlanItemDraft item, ProcurementMethod? method, string actor, DateTime nowUtc)
    {
        if (filedOn >= LegacyChannel.Cutover)
        {
            throw new DomainException($"旧系统计划的备案日期应早于 {LegacyChannel.Cutover:yyyy-MM-dd}。", $"Legacy plans were filed before {LegacyChannel.Cutover:yyyy-MM-dd}.");
        }

        var plan = new ProcurementPlan(unitId, regionCode, title, filedOn, actor, nowUtc) { Number = legacyNumber.Trim(), Method = method };
        plan.items.Add(new PlanItem(1, item.CatalogueCode, item.CatalogueName, item.Quantity, item.UnitOfMeasure, item.Amount, null));
        plan.AddUp();
        plan.events.Clear();
        plan.events.Add(new PlanEvent(PlanAction.Imported, PlanStatus.Legacy, PlanStatus.Legacy, actor, null, nowUtc));
        plan.Status = PlanStatus.Legacy;
        return plan;
    }

    public bool Allows(PlanAction action) => Transitions.ContainsKey((Status, action));

    public static Bilingual StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Draft => new("草稿", "draft"),
        PlanStatus.PendingReview => new("待审核", "waiting for review"),
        PlanStatus.PendingFiling => new("待备案", "waiting for filing"),
        PlanStatus.Returned => new("已退回", "returned"),
        PlanStatus.Filed => new("已备案", "filed"),
        PlanStatus.Cancelled => new("已撤销", "cancelled"),
        PlanStatus.Legacy => new("旧系统计划", "legacy"),
        _ => new(status.ToString(), status.ToString()),
    };

    private void Move(PlanAction action, string actor, string? reason, DateTime nowUtc)
    {
        EnsureAllowed(action);
        var from = Status;
        Status = Transitions[(from, action)];
        UpdatedUtc = nowUtc;
        if (action == PlanAction.Filed)
        {
            FiledUtc = nowUtc;
        }

        events.Add(new PlanEvent(action, from, Status, actor, reason, nowUtc));
    }

    private void EnsureAllowed(PlanAction action)
    {
        if (!Allows(action))
        {
            throw new DomainException(
                $"计划当前为“{StatusText(Status).Zh}”，不能执行此操作。",
                $"The plan is {StatusText(Status).En}; this step is not possible now.");
        }
    }
}
