using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
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
    /// <summary>Creates a draft, empty or (for the integration API) with its content, in one save.</summary>
    public async Task<ProcurementPlan> CreateDraftAsync(Actor actor, PlanForm? content, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        PlanSteps.ForNewPlan(await ActorStanding.LoadAsync(db, actor, cancellationToken)).Require(PlanStep.Create);
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
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadForAsync(db, planId, actor, PlanStep.Edit, cancellationToken);
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
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadForAsync(db, planId, actor, PlanStep.SubmitForReview, cancellationToken);
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
        StepAsync(planId, actor, PlanStep.ApproveAndSubmit, plan => plan.ApproveAndSubmit(actor.UserName, time.UtcNow()), cancellationToken);

    public Task ReturnByReviewerAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        StepAsync(planId, actor, PlanStep.ReturnByReviewer, plan => plan.ReturnByReviewer(actor.UserName, ReasonInputValidator.Require(reason), time.UtcNow()), cancellationToken);

    /// <summary>Only the finance department of the unit's own region files its plans (同级财政部门备案).</summary>
    public Task FileAsync(Guid planId, Actor actor, CancellationToken cancellationToken = default) =>
        StepAsync(planId, actor, PlanStep.File, plan => plan.File(actor.UserName, time.UtcNow()), cancellationToken);

    public Task ReturnByRegulatorAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        StepAsync(planId, actor, PlanStep.ReturnByRegulator, plan => plan.ReturnByRegulator(actor.UserName, ReasonInputValidator.Require(reason), time.UtcNow()), cancellationToken);

    public Task CancelAsync(Guid planId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        StepAsync(planId, actor, PlanStep.Cancel, plan => plan.Cancel(actor.UserName, ReasonInputValidator.Require(reason), time.UtcNow()), cancellationToken);

    /// <summary>Takes a step the answer allows; a plan that goes back to the unit (returned, cancelled) releases its budget.</summary>
    private async Task StepAsync(Guid planId, Actor actor, PlanStep step, Action<ProcurementPlan> take, CancellationToken cancellationToken)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var plan = await LoadForAsync(db, planId, actor, step, cancellationToken);
        take(plan);
        if (plan.Status is PlanStatus.Returned or PlanStatus.Cancelled)
        {
            await ReleaseAsync(db, plan, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Loads the plan and requires the step of the same answer the page rendered its buttons from.</summary>
    private static async Task<ProcurementPlan> LoadForAsync(GovProcurementDbContext db, Guid planId, Actor actor, PlanStep step, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Items).Include(p => p.Events).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new DomainException("计划不存在。", "The plan does not exist.");
        PlanSteps.For(plan, await ActorStanding.LoadAsync(db, actor, cancellationToken)).Require(step);
        return plan;
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
