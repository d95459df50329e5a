using Bunit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>The project panels render exactly what the domain's answer offers, and nothing it refuses.</summary>
public sealed class ProjectPanelTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<ProjectEntrustment>());
        Services.AddSingleton(Store.Get<ProjectFailure>());
        Services.AddSingleton(Store.Get<BidOpening>());
        Services.AddSingleton(Store.Get<BidBox>());
        Services.AddSingleton(Store.Get<ProjectEvaluation>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Contracts.GovContracts>());
    }

    [Fact]
    public async Task After_the_evaluation_the_agency_is_offered_termination_and_terminates_with_a_reason()
    {
        var projectId = await Stages.ReachAsync(Stage.Evaluated);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var changed = 0;
        var panel = Render<FailurePanel>(p => p.Add(x => x.Detail, Detail(projectId, agency)).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));

        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Contains("申请变更"));
        panel.FindAll("button").Single(b => b.TextContent.Contains("终止项目")).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("终止项目的原因", dialogs.Markup));
        dialogs.Find("[data-testid=reason-input] textarea, textarea[data-testid=reason-input]").Input("评审后采购需求发生重大变化");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "确定").Click();

        panel.WaitForAssertion(() => Assert.Equal(1, changed));
        await using var db = Store.Db();
        var project = await db.Projects.Include(p => p.Events).SingleAsync(p => p.Id == projectId);
        Assert.Equal(ProjectStatus.Cancelled, project.Status);
        Assert.Equal("评审后采购需求发生重大变化", project.Events[^1].Note);
        Assert.True(await db.Notices.AnyAsync(n => n.ProjectId == projectId && n.Type == global::GovProcurement.Domain.Notices.NoticeType.Termination));
    }

    [Fact]
    public async Task The_purchaser_and_the_regulator_are_not_offered_termination_after_the_evaluation()
    {
        var projectId = await Stages.ReachAsync(Stage.Evaluated);
        foreach (var relation in new[] { Relation.OwnPurchaser, Relation.Regulator })
        {
            var actor = await Stages.ActorAsync(relation);
            var panel = Render<FailurePanel>(p => p.Add(x => x.Detail, Detail(projectId, actor)).Add(x => x.Actor, actor));
            Assert.Empty(panel.FindAll("button"));
        }
    }

    [Fact]
    public async Task The_agency_panel_offers_accept_and_decline_then_only_the_opening_once_the_deadline_passes()
    {
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var entrusted = await Stages.ReachAsync(Stage.Entrusted);
        var panel = Render<AgencyPanels>(p => p.Add(x => x.Detail, Detail(entrusted, agency)).Add(x => x.Actor, agency));
        Assert.Equal(["接受委托", "拒绝委托"], panel.FindAll("button").Select(b => b.TextContent.Trim()));

        var closed = await Stages.ReachAsync(Stage.DeadlinePassed);
        var opening = Render<AgencyPanels>(p => p.Add(x => x.Detail, Detail(closed, agency)).Add(x => x.Actor, agency));
        Assert.Single(opening.FindAll("[data-testid=open-bids]"));
        Assert.Empty(opening.FindAll("[data-testid=accept-entrustment]"));
        Assert.Empty(opening.FindAll("[data-testid=publish-result]"));
    }

    [Fact]
    public async Task Before_the_deadline_the_agency_panel_offers_no_step_and_says_the_bids_stay_sealed()
    {
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var taking = await Stages.ReachAsync(Stage.TakingBids);
        var detail = Detail(taking, agency);
        var panel = Render<AgencyPanels>(p => p.Add(x => x.Detail, detail).Add(x => x.Actor, agency));
        Assert.Empty(panel.FindAll("button"));
        Assert.Contains(BeijingTime.Minutes(detail.Project.CurrentRound.DeadlineUtc!.Value), panel.Markup);
        Assert.False(detail.Offer.Steps.Allows(ProjectAction.Opened));
    }

    [Fact]
    public async Task The_supplier_panel_offers_registration_only_when_the_answer_does_and_shows_the_debarment_otherwise()
    {
        var taking = await Stages.ReachAsync(Stage.TakingBids);
        var open = await Stages.ActorAsync(Relation.UnregisteredSupplier);
        var panel = Render<SupplierPanel>(p => p.Add(x => x.Detail, Detail(taking, open)).Add(x => x.Actor, open));
        Assert.Single(panel.FindAll("[data-testid=register]"));
        Assert.Empty(panel.FindAll("[data-testid=submit-bid]"));

        var debarred = await Stages.ActorAsync(Relation.DebarredSupplier);
        var refused = Render<SupplierPanel>(p => p.Add(x => x.Detail, Detail(taking, debarred)).Add(x => x.Actor, debarred));
        Assert.Empty(refused.FindAll("[data-testid=register]"));
        Assert.Contains("提供虚假材料谋取中标", refused.Find("[data-testid=register-refused]").TextContent);

        var registered = await Stages.ActorAsync(Relation.RegisteredSupplier);
        var bidding = Render<SupplierPanel>(p => p.Add(x => x.Detail, Detail(taking, registered)).Add(x => x.Actor, registered));
        Assert.Single(bidding.FindAll("[data-testid=submit-bid]"));
        Assert.Single(bidding.FindAll("[data-testid=download-documents]"));
        Assert.Empty(bidding.FindAll("[data-testid=withdraw]"));
    }

    [Fact]
    public async Task The_clarification_panel_lets_the_registered_supplier_ask_and_the_agency_answer_only_before_the_deadline()
    {
        var taking = await Stages.ReachAsync(Stage.TakingBids);
        var supplier = await Stages.ActorAsync(Relation.RegisteredSupplier);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var asking = Render<ClarificationPanel>(p => p.Add(x => x.Detail, Detail(taking, supplier)).Add(x => x.Actor, supplier));
        Assert.Equal(["提交问题"], asking.FindAll("button").Select(b => b.TextContent.Trim()));
        var answering = Render<ClarificationPanel>(p => p.Add(x => x.Detail, Detail(taking, agency)).Add(x => x.Actor, agency));
        Assert.Equal(["答复"], answering.FindAll("button").Select(b => b.TextContent.Trim()));

        Time.Advance(TimeSpan.FromDays(60));
        var late = Render<ClarificationPanel>(p => p.Add(x => x.Detail, Detail(taking, agency)).Add(x => x.Actor, agency));
        Assert.Contains("服务期是否含寒暑假", late.Markup);
        Assert.Empty(late.FindAll("button"));
    }

    [Fact]
    public async Task The_award_panel_offers_the_confirmation_to_the_purchaser_alone_and_then_links_each_winners_contract()
    {
        var evaluated = await Stages.ReachAsync(Stage.Evaluated);
        var purchaser = await Stages.ActorAsync(Relation.OwnPurchaser);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var deciding = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(evaluated, purchaser)).Add(x => x.Actor, purchaser));
        deciding.WaitForAssertion(() => Assert.Single(deciding.FindAll("[data-testid=confirm-winner]")));
        Assert.Single(deciding.FindAll("[data-testid=decision-due]"));
        var watching = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(evaluated, agency)).Add(x => x.Actor, agency));
        watching.WaitForAssertion(() => Assert.Single(watching.FindAll("[data-testid=ranking-1]")));
        Assert.Empty(watching.FindAll("[data-testid=confirm-winner]"));

        // After the result, the purchaser drafts each winner's contract on the contract's own form: the panel types no contract.
        var published = await Stages.ReachAsync(Stage.ResultPublished);
        var contracts = Store.Get<GovProcurement.Domain.Contracts.GovContracts>();
        var operatorActor = await new ProjectScenario(Store.Services).ActorAsync(ProjectScenario.Operator);
        var opening = Assert.Single(await contracts.OpeningsForProjectAsync(published, operatorActor));
        var contracting = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(published, operatorActor)).Add(x => x.Actor, operatorActor));
        contracting.WaitForAssertion(() => Assert.Single(contracting.FindAll("[data-testid=contract-draft-link]")));
        Assert.Equal(opening.DraftHref, contracting.Find("[data-testid=contract-draft-link]").GetAttribute("href"));
        Assert.Empty(contracting.FindAll("button"));
        Assert.Empty(contracting.FindAll("input"));
        Assert.False(Detail(published, operatorActor).Offer.Steps.Allows(ProjectAction.ContractPublished));
        var reviewing = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(published, purchaser)).Add(x => x.Actor, purchaser));
        reviewing.WaitForAssertion(() => Assert.Single(reviewing.FindAll("[data-testid=ranking-1]")));
        Assert.Empty(reviewing.FindAll("[data-testid=contract-draft-link]"));
        var agencyBefore = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(published, agency)).Add(x => x.Actor, agency));
        agencyBefore.WaitForAssertion(() => Assert.Single(agencyBefore.FindAll("[data-testid=ranking-1]")));
        Assert.Empty(agencyBefore.FindAll("[data-testid=contract-openings]"));

        var contract = await contracts.DraftAsync(opening.Subject, GovProcurement.Tests.Complaints.ChallengeScenario.Draft(opening.Origin.Ceiling), operatorActor);
        foreach (var reader in new[] { operatorActor, purchaser, agency })
        {
            var done = Render<AwardPanel>(p => p.Add(x => x.Detail, Detail(published, reader)).Add(x => x.Actor, reader));
            done.WaitForAssertion(() => Assert.Single(done.FindAll("[data-testid=contract-link]")));
            Assert.Equal($"/contracts/{contract.Id}", done.Find("[data-testid=contract-link]").GetAttribute("href"));
            Assert.Contains(contract.Number, done.Find("[data-testid=contract-link]").TextContent);
            Assert.Empty(done.FindAll("[data-testid=contract-draft-link]"));
            Assert.Empty(done.FindAll("button"));
        }
    }

    [Fact]
    public async Task The_entrust_panel_offers_the_agencies_to_the_plans_unit_and_then_links_the_project_found_by_the_plans_id()
    {
        var planId = await new ProjectScenario(Store.Services).FiledPlanAsync();
        var purchaser = await Stages.ActorAsync(Relation.OwnPurchaser);
        var other = await Stages.ActorAsync(Relation.OtherPurchaser);
        var plan = await PlanAsync(planId);
        var offering = Render<EntrustPanel>(p => p.Add(x => x.Plan, plan).Add(x => x.Actor, purchaser));
        offering.WaitForAssertion(() => Assert.Single(offering.FindAll("[data-testid=entrust]")));
        var outsider = Render<EntrustPanel>(p => p.Add(x => x.Plan, plan).Add(x => x.Actor, other));
        outsider.WaitForAssertion(() => Assert.Empty(outsider.FindAll("[data-testid=entrust-panel]")));

        var choice = (await Store.Get<ProjectEntrustment>().ChoicesAsync(planId, purchaser)).Single();
        var project = await Store.Get<ProjectEntrustment>().EntrustAsync(planId, choice.Id, purchaser);
        var linked = Render<EntrustPanel>(p => p.Add(x => x.Plan, plan).Add(x => x.Actor, purchaser));
        linked.WaitForAssertion(() => Assert.Equal($"/projects/{project.Id}", linked.Find("[data-testid=project-link]").GetAttribute("href")));
        Assert.Empty(linked.FindAll("[data-testid=entrust]"));
    }

    private ProjectDetail Detail(Guid projectId, Actor actor) => Store.Get<ProjectQueries>().GetAsync(projectId, actor).GetAwaiter().GetResult()!;

    private async Task<global::GovProcurement.Domain.Plans.ProcurementPlan> PlanAsync(Guid planId)
    {
        await using var db = Store.Db();
        return await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId);
    }
}
