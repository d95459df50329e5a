using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Plans;

/// <summary>One store with the demo organisations for the whole table: the rows only add plans to it.</summary>
public sealed class PlanStepsStore : IAsyncLifetime
{
    public TestStore Store { get; private set; } = default!;

    public async Task InitializeAsync() => Store = await TestStore.CreateAsync(demoData: true);

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

/// <summary>
/// Over the plan's whole transition table (every status) and every relationship an actor can have
/// to the plan: the steps offered are exactly those the maker/checker/filing rules give, and the use
/// case agrees with the answer step by step: what is offered succeeds, what is refused throws the
/// same reason the page could show.
/// </summary>
public class PlanStepsAgreementTests(PlanStepsStore fixture) : IClassFixture<PlanStepsStore>
{
    private readonly PlanParties parties = new(fixture.Store.Services);

    private PlanWorkflow Workflow => fixture.Store.Get<PlanWorkflow>();

    private PlanQueries Queries => fixture.Store.Get<PlanQueries>();

    public static TheoryData<PlanStatus, PlanParty> EveryStatusAndParty()
    {
        var data = new TheoryData<PlanStatus, PlanParty>();
        foreach (var status in Enum.GetValues<PlanStatus>())
        {
            foreach (var party in Enum.GetValues<PlanParty>())
            {
                data.Add(status, party);
            }
        }

        return data;
    }

    /// <summary>The rules, written out: the unit's operator prepares, its reviewer approves, the finance department of the plan's own region files.</summary>
    private static PlanStep[] Expected(PlanStatus status, PlanParty party) => (status, party) switch
    {
        (PlanStatus.Draft or PlanStatus.Returned, PlanParty.OwnOperator) => [PlanStep.Edit, PlanStep.SubmitForReview, PlanStep.Cancel],
        (PlanStatus.PendingReview, PlanParty.OwnReviewer) => [PlanStep.ApproveAndSubmit, PlanStep.ReturnByReviewer],
        (PlanStatus.PendingFiling, PlanParty.OwnRegionRegulator) => [PlanStep.File, PlanStep.ReturnByRegulator],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(EveryStatusAndParty))]
    public async Task The_steps_offered_are_the_rules_and_the_use_case_agrees_with_each(PlanStatus status, PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        var planId = await parties.PlanAsync(status);
        var answer = await Queries.StepsAsync(actor, await parties.LoadAsync(planId));
        Assert.Equal(Expected(status, party), answer.Available);
        Assert.Equal(PlanSteps.OnAPlan, answer.All.Select(a => a.Action));

        foreach (var step in PlanSteps.OnAPlan)
        {
            var plan = await parties.LoadAsync(planId);
            var offered = (await Queries.StepsAsync(actor, plan)).WhyNot(step);
            var outcome = await Record.ExceptionAsync(() => TakeAsync(step, plan, actor));
            if (offered is null)
            {
                Assert.Null(outcome);
                planId = await parties.PlanAsync(status); // the step moved the plan on: the next step starts from the same status
            }
            else
            {
                var refused = Assert.IsAssignableFrom<DomainException>(outcome);
                Assert.Equal(offered.ToException().Text, refused.Text);
                Assert.Equal(status, (await parties.LoadAsync(planId)).Status);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryParty))]
    public async Task Only_a_budget_units_operator_may_start_a_plan_and_the_use_case_agrees(PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        var answer = await Queries.NewPlanStepsAsync(actor);
        Assert.Equal(party is PlanParty.OwnOperator or PlanParty.OtherUnitOperator, answer.Allows(PlanStep.Create));

        var outcome = await Record.ExceptionAsync(() => Workflow.CreateDraftAsync(actor));
        if (answer.WhyNot(PlanStep.Create) is { } refusal)
        {
            Assert.Equal(refusal.ToException().Text, Assert.IsAssignableFrom<DomainException>(outcome).Text);
        }
        else
        {
            Assert.Null(outcome);
        }
    }

    public static TheoryData<PlanParty> EveryParty() => new(Enum.GetValues<PlanParty>());

    [Fact]
    public async Task A_regulator_of_another_region_is_offered_neither_filing_nor_return_is_told_who_files_and_is_refused()
    {
        var province = await parties.ActorAsync(PlanParty.ProvinceRegulator);
        var planId = await parties.PlanAsync(PlanStatus.PendingFiling);
        var answer = await Queries.StepsAsync(province, await parties.LoadAsync(planId));

        Assert.False(answer.Allows(PlanStep.File));
        Assert.False(answer.Allows(PlanStep.ReturnByRegulator));
        var why = Assert.Single(answer.Explanations);
        Assert.Equal(RefusalGround.Jurisdiction, why.Ground);
        Assert.Contains("江门市财政部门", why.Why.Zh);
        Assert.Equal(PlanSteps.FilingCitation, why.Citation);

        var filing = await Assert.ThrowsAsync<DomainException>(() => Workflow.FileAsync(planId, province));
        var returning = await Assert.ThrowsAsync<DomainException>(() => Workflow.ReturnByRegulatorAsync(planId, "请补充", province));
        Assert.Equal(why.ToException().Text, filing.Text);
        Assert.Equal(why.ToException().Text, returning.Text);
        Assert.Equal(PlanStatus.PendingFiling, (await parties.LoadAsync(planId)).Status);
    }

    [Fact]
    public async Task A_role_the_actor_lacks_is_not_worth_explaining()
    {
        var op = await parties.ActorAsync(PlanParty.OwnOperator);
        var answer = await Queries.StepsAsync(op, await parties.LoadAsync(await parties.PlanAsync(PlanStatus.PendingFiling)));
        Assert.Empty(answer.Available);
        Assert.Empty(answer.Explanations);
        Assert.Equal(RefusalGround.Role, answer.WhyNot(PlanStep.File)!.Ground);
    }

    private async Task TakeAsync(PlanStep step, ProcurementPlan plan, Actor actor)
    {
        switch (step)
        {
            case PlanStep.Edit:
                await Workflow.SaveDraftAsync(plan.Id, plan.Version, await parties.FormAsync(), actor);
                break;
            case PlanStep.SubmitForReview:
                await Workflow.SubmitForReviewAsync(plan.Id, actor);
                break;
            case PlanStep.ApproveAndSubmit:
                await Workflow.ApproveAndSubmitAsync(plan.Id, actor);
                break;
            case PlanStep.ReturnByReviewer:
                await Workflow.ReturnByReviewerAsync(plan.Id, "请补充需求说明", actor);
                break;
            case PlanStep.File:
                await Workflow.FileAsync(plan.Id, actor);
                break;
            case PlanStep.ReturnByRegulator:
                await Workflow.ReturnByRegulatorAsync(plan.Id, "请补充需求说明", actor);
                break;
            case PlanStep.Cancel:
                await Workflow.CancelAsync(plan.Id, "不再采购", actor);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step));
        }
    }
}
