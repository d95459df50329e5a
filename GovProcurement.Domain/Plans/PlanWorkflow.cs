using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Plans;

/// <summary>The form's content of a draft.</summary>
public sealed record PlanForm(string Title, DateOnly ExpectedStart, Guid? IntentionId, IReadOnlyList<PlanItemDraft> Items, ProcurementRoute? Route, ProcurementMethod? Method);

/// <summary>
/// The plan's use cases: create and save drafts (the form saves itself), then every step of the
/// maker/checker/filing flow, each checked against who is acting. Budget is reserved when the plan
/// leaves the operator and released when it comes back or is cancelled, in the same transaction.
/// </summary>
public sealed class PlanWorkflow(IDbContextFactory<GovProcurementDbContext> store, PlanRouting routing, IOptions<InputLimits> limits, TimeProvider time)
{
    /// <summary>Whether the actor may start a plan: a budget unit's operator. Pages ask this instead of checking roles.</summary>
    public static bool MayCreateDraft(Actor actor) => actor.IsIn(Roles.PurchaserOperator) && actor.OrganizationId is not null;

    /// <summary>Creates a draft, empty or (for the integration API) with its content, in one save.</summary>
    public async Task<ProcurementPlan> CreateDraftAsync(Actor actor, PlanForm? content, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserOperator);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var unit = await db.Organizations.OfType<BudgetUnit>().FirstOrDefaultAsync(u => u.Id == actor.RequireOrganization(), cancellationToken)
            ?? throw new DomainException("只有预算单位可以编制采购计划。", "Only budget units file plans.");
        var plan = new ProcurementPlan(unit.Id, unit.RegionCode, "", time.TodayInChina().AddDays(30), actor.UserName, time.UtcNow());
        if (content is not null)
        {
            Edit(plan, content);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task<Guid> CreateDraftAsync(Actor actor, CancellationToken cancellationToken = default) =>
        (await CreateDraftAsync(actor, null, cancellationToken)).Id;

    /// <summary>Saves the draft as the form holds it; a stale version is a conflict, never an overwrite.</summary>
    public async Task<long> SaveDraftAsync(Guid planId, long expectedVersion, PlanForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserOperator);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadOwnAsync(db, planId, actor, cancellationToken);
        if (plan.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        Edit(plan, form);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Version;
    }

    private static readonly PlanFormValidator FormRules = new();

    /// <summary>
    /// Every way into a plan's content (the form, the API) passes the item bound and the content's bounds
    /// here; a field out of bounds is a <see cref="FluentValidation.ValidationException"/> naming the field.
    /// </summary>
    private void Edit(ProcurementPlan plan, PlanForm form)
    {
        InputLimits.Require(form.Items.Count, limits.Value.PlanItems, "每个采购计划的品目", "items per plan");
        FluentValidation.DefaultValidatorExtensions.ValidateAndThrow(FormRules, form);
        plan.Edit(form.Title, form.ExpectedStart, form.IntentionId, form.Items, form.Route, form.Method, time.UtcNow());
    }

    /// <param name="expectedVersion">The version the operator saw; a plan changed since then is a conflict.</param>
    /// <returns>The decision the plan was judged by: the rules in force on its expected start, as the form shows them.</returns>
    public async Task<RoutingDecision> SubmitForReviewAsync(Guid planId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserOperator);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadOwnAsync(db, planId, actor, cancellationToken);
        if (expectedVersion is { } seen && plan.Version != seen)
        {
            throw new ConcurrencyConflictException();
        }

        var decision = await routing.DecideForPlanAsync(plan, cancellationToken);
        plan.SubmitForReview(actor.UserName, decision, time.UtcNow());
        await ReserveAsync(db, plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    public Task ApproveAndSubmitAsync(Guid planId, Actor actor, CancellationToken cancellationToken = default) =>
        ActAsReviewerAsync(planId, actor, plan => plan.ApproveAndSubmit(actor.UserName, time.UtcNow()), cancellationToken);

    public Task ReturnByReviewerAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        ActAsReviewerAsync(planId, actor, plan => plan.ReturnByReviewer(actor.UserName, reason, time.UtcNow()), cancellationToken);

    public Task FileAsync(Guid planId, Actor actor, CancellationToken cancellationToken = default) =>
        ActAsRegulatorAsync(planId, actor, plan => plan.File(actor.UserName, time.UtcNow()), cancellationToken);

    public Task ReturnByRegulatorAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        ActAsRegulatorAsync(planId, actor, plan => plan.ReturnByRegulator(actor.UserName, reason, time.UtcNow()), cancellationToken);

    public async Task CancelAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserOperator);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadOwnAsync(db, planId, actor, cancellationToken);
        plan.Cancel(actor.UserName, reason, time.UtcNow());
        await ReleaseAsync(db, plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ActAsReviewerAsync(Guid planId, Actor actor, Action<ProcurementPlan> step, CancellationToken cancellationToken)
    {
        actor.Require(Roles.PurchaserReviewer);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadOwnAsync(db, planId, actor, cancellationToken);
        step(plan);
        if (plan.Status == PlanStatus.Returned)
        {
            await ReleaseAsync(db, plan, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Only the finance department of the unit's own region files its plans (同级财政部门备案).</summary>
    private async Task ActAsRegulatorAsync(Guid planId, Actor actor, Action<ProcurementPlan> step, CancellationToken cancellationToken)
    {
        actor.Require(Roles.Regulator);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadAsync(db, planId, cancellationToken);
        var regulatorRegion = await db.Organizations.Where(o => o.Id == actor.RequireOrganization()).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (regulatorRegion != plan.RegionCode)
        {
            throw new DomainException(
                $"该计划应由{RegionDirectory.Guangdong.Find(plan.RegionCode)?.Name}财政部门备案。",
                "Only the finance department of the plan's own region files it.");
        }

        step(plan);
        if (plan.Status == PlanStatus.Returned)
        {
            await ReleaseAsync(db, plan, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<ProcurementPlan> LoadAsync(GovProcurementDbContext db, Guid planId, CancellationToken cancellationToken) =>
        await db.Plans.Include(p => p.Items).Include(p => p.Events).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
        ?? throw new DomainException("计划不存在。", "The plan does not exist.");

    private static async Task<ProcurementPlan> LoadOwnAsync(GovProcurementDbContext db, Guid planId, Actor actor, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(db, planId, cancellationToken);
        return plan.UnitId == actor.OrganizationId ? plan : throw new DomainException("只能处理本单位的采购计划。", "You can only act on your own unit's plans.");
    }

    private static async Task ReserveAsync(GovProcurementDbContext db, ProcurementPlan plan, CancellationToken cancellationToken)
    {
        var lines = await LinesAsync(db, plan, cancellationToken);
        foreach (var group in plan.Items.GroupBy(i => i.BudgetLineId!.Value))
        {
            var line = lines.GetValueOrDefault(group.Key) ?? throw new DomainException("所选预算项目不属于本单位。", "The budget line is not the unit's.");
            if (line.FiscalYear != plan.FiscalYear)
            {
                throw new DomainException($"预算项目 {line.LineCode} 属于 {line.FiscalYear} 年度，与计划年度 {plan.FiscalYear} 不符。", $"Budget line {line.LineCode} is for {line.FiscalYear}, not {plan.FiscalYear}.");
            }

            line.Reserve(group.Aggregate(Money.Zero, (sum, i) => sum + i.Amount));
        }

        plan.MarkBudgetReserved(true);
    }

    private static async Task ReleaseAsync(GovProcurementDbContext db, ProcurementPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.BudgetReserved)
        {
            return;
        }

        var lines = await LinesAsync(db, plan, cancellationToken);
        foreach (var group in plan.Items.Where(i => i.BudgetLineId is not null).GroupBy(i => i.BudgetLineId!.Value))
        {
            lines.GetValueOrDefault(group.Key)?.Release(group.Aggregate(Money.Zero, (sum, i) => sum + i.Amount));
        }

        plan.MarkBudgetReserved(false);
    }

    private static async Task<Dictionary<Guid, BudgetLine>> LinesAsync(GovProcurementDbContext db, ProcurementPlan plan, CancellationToken cancellationToken)
    {
        var ids = plan.Items.Where(i => i.BudgetLineId is not null).Select(i => i.BudgetLineId!.Value).Distinct().ToList();
        return await db.BudgetLines.Where(b => ids.Contains(b.Id) && b.UnitId == plan.UnitId).ToDictionaryAsync(b => b.Id, cancellationToken);
    }
}
