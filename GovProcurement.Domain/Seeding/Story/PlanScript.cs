using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Seeding.Story;

/// <summary>One plan of the story: one item, its unit, and the preferred route and methods (the first the rules allow is taken).</summary>
internal sealed record StoryPlan(string Title, StoryUnit Unit, string CatalogueCode, string ItemName, decimal Yuan, ProcurementRoute Route, params ProcurementMethod[] Methods)
{
    /// <summary>Days between the intention's publication and the plan's draft (the intention lead is judged against the expected start, 15 days after the draft).</summary>
    public const int IntentionLeadDays = 25;

    public const int ExpectedStartAfterDraftDays = 15;
}

/// <summary>Where a plan's story stops.</summary>
internal enum PlanEnd
{
    Draft,
    PendingReview,
    PendingFiling,
    ReturnedByReviewer,
    ReturnedByRegulator,
    Cancelled,
    Filed,
}

/// <summary>
/// A plan's life from its intention to its end state, through the plan workflow as its unit's
/// operator, reviewer and finance department would go, one working step a day.
/// </summary>
internal sealed class PlanScript(StoryDesk desk, StoryPlan plan)
{
    public Guid Id { get; private set; }

    /// <param name="expectedStart">The plan's expected start; by default <see cref="StoryPlan.ExpectedStartAfterDraftDays"/> after the draft.</param>
    public async IAsyncEnumerable<DateTimeOffset> RunAsync(int draftDaysAgo, PlanEnd end, string? reason = null, bool withIntention = true, DateOnly? expectedStart = null)
    {
        this.expectedStart = expectedStart;
        var op = desk.Actor(plan.Unit.Operator);
        var reviewer = desk.Actor(plan.Unit.Reviewer);
        Guid? intentionId = null;
        if (withIntention)
        {
            yield return desk.Clock.DaysAgo(draftDaysAgo + StoryPlan.IntentionLeadDays, 9, 30);
            var intention = await DraftIntentionAsync(op);
            yield return desk.Clock.Later(0, 16, 0);
            await desk.Intentions.PublishAsync(intention, reviewer);
            intentionId = intention;
        }

        yield return desk.Clock.DaysAgo(draftDaysAgo, 9, 0);
        var version = await DraftAsync(op, intentionId);
        if (end == PlanEnd.Draft)
        {
            yield break;
        }

        yield return desk.Clock.Later(0, 10, 30);
        await desk.Plans.SubmitForReviewAsync(Id, op, version);
        if (end == PlanEnd.PendingReview)
        {
            yield break;
        }

        yield return desk.Clock.Later(1, 10, 0);
        if (end is PlanEnd.ReturnedByReviewer or PlanEnd.Cancelled)
        {
            await desk.Plans.ReturnByReviewerAsync(Id, reason ?? "", reviewer);
            if (end == PlanEnd.Cancelled)
            {
                yield return desk.Clock.Later(1, 9, 30);
                await desk.Plans.CancelAsync(Id, "经研究，本年度不再实施该项目", op);
            }

            yield break;
        }

        await desk.Plans.ApproveAndSubmitAsync(Id, reviewer);
        if (end == PlanEnd.PendingFiling)
        {
            yield break;
        }

        yield return desk.Clock.Later(1, 15, 0);
        var regulator = desk.Actor(plan.Unit.Regulator);
        if (end == PlanEnd.ReturnedByRegulator)
        {
            await desk.Plans.ReturnByRegulatorAsync(Id, reason ?? "", regulator);
            yield break;
        }

        await desk.Plans.FileAsync(Id, regulator);
    }

    private DateOnly? expectedStart;

    private DateOnly ExpectedStart => expectedStart ?? desk.Clock.TodayInChina().AddDays(StoryPlan.ExpectedStartAfterDraftDays);

    private Task<Guid> DraftIntentionAsync(Actor op)
    {
        var month = expectedStart ?? desk.Clock.TodayInChina().AddDays(StoryPlan.IntentionLeadDays + StoryPlan.ExpectedStartAfterDraftDays);
        return desk.Intentions.DraftAsync(new IntentionForm(plan.Title, $"采购{plan.ItemName}，满足本单位{month.Year}年度工作需要。", Money.FromYuan(plan.Yuan),
            new DateOnly(month.Year, month.Month, 1), false, null), op);
    }

    /// <summary>Drafts the plan, asks the rules for the route and method as the form's live panel does, and saves it.</summary>
    private async Task<long> DraftAsync(Actor op, Guid? intentionId)
    {
        var unitId = op.RequireOrganization();
        var start = ExpectedStart;
        var line = (await desk.BudgetLines.ForUnitAsync(unitId, start.Year)).FirstOrDefault()
            ?? throw new InvalidOperationException($"The demo unit {plan.Unit.BudgetCode} has no budget line for {start.Year}.");
        var items = new[] { new PlanItemDraft(plan.CatalogueCode, plan.ItemName, 1, "项", Money.FromYuan(plan.Yuan), line.Id) };
        var draft = await desk.Plans.CreateDraftAsync(op, new PlanForm(plan.Title, start, intentionId, items, null, null));
        Id = draft.Id;
        var decision = await desk.Routing.DecideForPlanAsync(draft.Id, unitId, draft.RegionCode, start, intentionId, null, [new RoutingItem(plan.CatalogueCode, Money.FromYuan(plan.Yuan))]);
        if (!decision.AllowedRoutes.Contains(plan.Route))
        {
            throw new InvalidOperationException($"The rules do not allow {plan.Route} for the demo plan {plan.Title}.");
        }

        var method = plan.Methods.Length == 0 ? (ProcurementMethod?)null
            : plan.Methods.Cast<ProcurementMethod?>().FirstOrDefault(m => decision.AllowedMethods.Contains(m!.Value))
              ?? throw new InvalidOperationException($"The rules allow none of the methods chosen for the demo plan {plan.Title}.");
        return await desk.Plans.SaveDraftAsync(Id, draft.Version, new PlanForm(plan.Title, start, intentionId, items, plan.Route, method), op);
    }
}
