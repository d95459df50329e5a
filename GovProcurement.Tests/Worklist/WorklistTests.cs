using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// Each source of the to-do list lists exactly what the available-actions answer allows the actor:
/// the plan steps by unit and region, the intention's publishing, and every project stage by relation.
/// </summary>
public sealed class WorklistTests : ProjectScenarioTest
{
    private PlanParties parties = default!;
    private ProjectStages stages = default!;

    protected override Task ArrangeAsync()
    {
        parties = new PlanParties(Store.Services);
        stages = new ProjectStages(Store, Scenario, Time);
        return Task.CompletedTask;
    }

    private Worklist List => Store.Get<Worklist>();

    private async Task<WorkKind[]> KindsOnAsync(Actor actor, string href) =>
        (await List.ForAsync(actor)).Where(i => i.Href == href).Select(i => i.Kind).ToArray();

    private Task<WorkKind[]> PlanKindsAsync(PlanParty party, Guid planId) => PartyKindsAsync(party, $"/plans/{planId}");

    private async Task<WorkKind[]> PartyKindsAsync(PlanParty party, string href) => await KindsOnAsync(await parties.ActorAsync(party), href);

    public static TheoryData<PlanStatus, PlanParty, WorkKind[]> PlanCases => new()
    {
        { PlanStatus.PendingReview, PlanParty.OwnReviewer, [WorkKind.ReviewPlan] },
        { PlanStatus.PendingReview, PlanParty.OwnOperator, [] },
        { PlanStatus.PendingReview, PlanParty.OtherUnitReviewer, [] },
        { PlanStatus.Returned, PlanParty.OwnOperator, [WorkKind.RevisePlan] },
        { PlanStatus.Returned, PlanParty.OtherUnitOperator, [] },
        { PlanStatus.Returned, PlanParty.OwnReviewer, [] },
        { PlanStatus.PendingFiling, PlanParty.OwnRegionRegulator, [WorkKind.FilePlan] },
        { PlanStatus.PendingFiling, PlanParty.ProvinceRegulator, [] },
        { PlanStatus.PendingFiling, PlanParty.HeshanRegulator, [] },
        { PlanStatus.PendingFiling, PlanParty.OwnReviewer, [] },
        { PlanStatus.Filed, PlanParty.OwnRegionRegulator, [] },
        { PlanStatus.Draft, PlanParty.OwnOperator, [] },
        { PlanStatus.Draft, PlanParty.Admin, [] },
    };

    [Theory]
    [MemberData(nameof(PlanCases))]
    public async Task A_plan_is_listed_for_exactly_whom_its_answer_allows_the_step(PlanStatus status, PlanParty party, WorkKind[] expected)
    {
        var planId = await parties.PlanAsync(status);

        var kinds = await PlanKindsAsync(party, planId);

        Assert.Equal(expected, kinds);
        var answer = PlanSteps.For(await parties.LoadAsync(planId), await StandingAsync(party));
        var step = status switch { PlanStatus.PendingReview => PlanStep.ApproveAndSubmit, PlanStatus.Returned => PlanStep.Edit, _ => PlanStep.File };
        Assert.Equal(answer.Allows(step) && status is PlanStatus.PendingReview or PlanStatus.Returned or PlanStatus.PendingFiling, kinds.Length == 1);
    }

    [Fact]
    public async Task A_filing_counts_the_working_days_it_has_waited_skipping_the_weekend()
    {
        var planId = await parties.PlanAsync(PlanStatus.PendingFiling);
        Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

        var item = (await List.ForAsync(await parties.ActorAsync(PlanParty.OwnRegionRegulator))).Single(i => i.Href == $"/plans/{planId}");

        Assert.Equal(WorkKind.FilePlan, item.Kind);
        Assert.Equal("教研室电脑采购", item.Title);
        Assert.Equal(new DateOnly(2026, 11, 27), BeijingTime.Day(item.SinceUtc));
        Assert.Equal(1, item.WorkingDaysWaited);
    }

    [Fact]
    public async Task A_filing_waiting_over_new_year_does_not_count_the_holiday()
    {
        var planId = await parties.PlanAsync(PlanStatus.PendingFiling);
        Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));

        var item = (await List.ForAsync(await parties.ActorAsync(PlanParty.OwnRegionRegulator))).Single(i => i.Href == $"/plans/{planId}");

        // 30 Nov to 31 Dec holds 24 working days; 1 January is a holiday, 2-3 January a weekend, 4 January the 25th.
        Assert.Equal(25, item.WorkingDaysWaited);
    }

    [Fact]
    public async Task A_draft_intention_waits_for_its_units_reviewer_alone()
    {
        var form = new IntentionForm("教研室电脑采购意向", "台式计算机 20 台", Money.FromYuan(100_000m), new DateOnly(2027, 3, 1), true, null);
        var intentions = Store.Get<Intentions>();
        await intentions.DraftAsync(form, await parties.ActorAsync(PlanParty.OwnOperator));

        async Task<int> CountAsync(PlanParty party) =>
            (await List.ForAsync(await parties.ActorAsync(party))).Count(i => i.Kind == WorkKind.PublishIntention && i.Title == form.ProjectName);

        Assert.Equal(1, await CountAsync(PlanParty.OwnReviewer));
        Assert.Equal(0, await CountAsync(PlanParty.OwnOperator));
        Assert.Equal(0, await CountAsync(PlanParty.OtherUnitReviewer));
    }

    public static TheoryData<Stage, Relation, WorkKind[]> ProjectCases => new()
    {
        { Stage.Entrusted, Relation.EntrustedAgency, [WorkKind.AcceptEntrustment] },
        { Stage.Entrusted, Relation.OtherAgency, [] },
        { Stage.Entrusted, Relation.OwnPurchaser, [] },
        { Stage.TakingBids, Relation.EntrustedAgency, [WorkKind.AnswerQuestions] },
        { Stage.TakingBids, Relation.RegisteredSupplier, [WorkKind.SubmitBid] },
        { Stage.TakingBids, Relation.UnregisteredSupplier, [] },
        { Stage.BidSealed, Relation.RegisteredSupplier, [] },
        { Stage.DeadlinePassed, Relation.EntrustedAgency, [WorkKind.OpenBids] },
        { Stage.DeadlinePassed, Relation.RegisteredSupplier, [] },
        { Stage.Opened, Relation.EntrustedAgency, [WorkKind.DrawPanel] },
        { Stage.PanelDrawn, Relation.EntrustedAgency, [WorkKind.FinishEvaluation] },
        { Stage.Evaluated, Relation.OwnPurchaser, [WorkKind.ConfirmWinners] },
        { Stage.Evaluated, Relation.OtherPurchaser, [] },
        { Stage.Evaluated, Relation.EntrustedAgency, [] },
        { Stage.Awarded, Relation.EntrustedAgency, [WorkKind.PublishResult] },
        { Stage.Awarded, Relation.OwnPurchaser, [] },
        // The own purchaser here is the unit's reviewer: only the operator drafts and announces contracts (ContractAwardTests).
        { Stage.ResultPublished, Relation.OwnPurchaser, [] },
        { Stage.ResultPublished, Relation.EntrustedAgency, [] },
        { Stage.MethodChangeRequested, Relation.Regulator, [WorkKind.DecideMethodChange] },
        { Stage.MethodChangeRequested, Relation.OtherRegulator, [] },
        { Stage.Cancelled, Relation.EntrustedAgency, [] },
    };

    [Theory]
    [MemberData(nameof(ProjectCases))]
    public async Task A_project_is_listed_for_exactly_the_steps_its_answer_allows(Stage stage, Relation relation, WorkKind[] expected)
    {
        var projectId = await stages.ReachAsync(stage);

        var kinds = await KindsOnAsync(await stages.ActorAsync(relation), $"/projects/{projectId}");

        Assert.Equal(expected, kinds);
    }

    [Fact]
    public async Task The_counts_are_those_of_the_list()
    {
        await parties.PlanAsync(PlanStatus.PendingReview);
        await parties.PlanAsync(PlanStatus.PendingReview);
        var reviewer = await parties.ActorAsync(PlanParty.OwnReviewer);

        var items = await List.ForAsync(reviewer);
        var counts = await List.CountsAsync(reviewer);

        Assert.True(counts.ByKind[WorkKind.ReviewPlan] >= 2);
        Assert.Equal(items.Count, counts.Total);
        Assert.Equal(items.Count(i => i.Kind == WorkKind.ReviewPlan), counts.ByKind[WorkKind.ReviewPlan]);
    }

    private async Task<ActorStanding> StandingAsync(PlanParty party)
    {
        await using var db = Store.Db();
        return await ActorStanding.LoadAsync(db, await parties.ActorAsync(party));
    }
}
