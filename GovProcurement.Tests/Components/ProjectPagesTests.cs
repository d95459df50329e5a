using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall.Biddings;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The project list and page for each party of the scenario's project (the panels the domain's offer names, and no
/// project for whom may not see it), and the page that starts an e-mall bidding for a plan line as the signed-in operator.
/// </summary>
public sealed class ProjectPagesTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<ProjectQueries>());
        Services.AddSingleton(Store.Get<ProjectEntrustment>());
        Services.AddSingleton(Store.Get<ProjectFailure>());
        Services.AddSingleton(Store.Get<BidOpening>());
        Services.AddSingleton(Store.Get<BidBox>());
        Services.AddSingleton(Store.Get<ProjectEvaluation>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Contracts.GovContracts>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Bonds.BondDesk>());
        Services.AddSingleton(Store.Get<PlanExecution>());
        Services.AddSingleton(Store.Get<OnlineBiddings>());
        Services.AddScoped<CurrentActor>();
    }

    private void SignIn(Actor actor)
    {
        var auth = AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]);
        if (actor.OrganizationId is { } organization)
        {
            auth.SetClaims(new Claim(PortalClaims.OrganizationId, organization.ToString()));
        }
    }

    private IRenderedComponent<ProjectPage> Page(Guid id)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return Render<ProjectPage>(p => p.Add(x => x.Id, id));
    }

    private static IReadOnlyList<string> Titles(AngleSharp.Dom.IElement table) =>
        table.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("[data-testid=empty-state]") is null).Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();

    [Fact]
    public async Task A_supplier_sees_the_projects_open_for_bids_apart_from_those_it_registered_for()
    {
        var projectId = await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.UnregisteredSupplier));

        var list = Render<ProjectList>();

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=project-table]").Count));
        Assert.Equal(["正在接受报名的项目", "已报名的项目"], list.FindAll("h2").Select(h => h.TextContent.Trim()));
        var (open, mine) = (list.FindAll("[data-testid=project-table]")[0], list.FindAll("[data-testid=project-table]")[1]);
        Assert.Equal([ProjectScenario.Title], Titles(open));
        Assert.Equal($"/projects/{projectId}", open.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Empty(Titles(mine));
        Assert.Contains("您还没有报名任何项目。", mine.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entrusted_agency_lists_its_project_without_the_open_for_bids_section()
    {
        await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.EntrustedAgency));

        var list = Render<ProjectList>();

        list.WaitForAssertion(() => Assert.Equal([ProjectScenario.Title], Titles(list.Find("[data-testid=project-table]"))));
        Assert.Single(list.FindAll("[data-testid=project-table]"));
        Assert.Empty(list.FindAll("h2"));
    }

    [Fact]
    public async Task A_regulator_of_another_region_is_told_its_jurisdiction_has_no_project()
    {
        await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.OtherRegulator));

        var list = Render<ProjectList>();

        list.WaitForAssertion(() => Assert.Contains("辖区内还没有采购项目。", list.Find("[data-testid=project-table]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_entrusted_agency_gets_its_steps_and_the_timeline_and_not_the_supplier_panel()
    {
        var projectId = await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.EntrustedAgency));

        var page = Page(projectId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=agency-panel]")));
        Assert.Equal(ProjectScenario.Title, page.Find("h1").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=project-facts]"));
        Assert.NotEmpty(page.FindAll("[data-testid=project-timeline]"));
        Assert.Empty(page.FindAll("[data-testid=supplier-panel]"));
    }

    [Fact]
    public async Task While_the_procurement_is_suspended_the_page_says_until_when_and_offers_the_agency_no_step()
    {
        var projectId = await Stages.ReachAsync(Stage.Opened);
        var (bidder, agency, regulator) = (await Stages.ActorAsync(Relation.RegisteredSupplier), await Stages.ActorAsync(Relation.EntrustedAgency), await Stages.ActorAsync(Relation.Regulator));
        var challenge = await Store.Get<GovProcurement.Domain.Complaints.ChallengeDesk>().FileAsync(projectId, GovProcurement.Domain.Complaints.ChallengeSubject.Procedure, "开标程序违规。", bidder);
        await Store.Get<GovProcurement.Domain.Complaints.ChallengeDesk>().AnswerAsync(challenge.Id, false, "经核对，程序合规。", agency);
        var complaints = Store.Get<GovProcurement.Domain.Complaints.ComplaintDesk>();
        var complaint = await complaints.FileAsync(challenge.Id, "请求责令重新开标。", bidder);
        await complaints.AcceptAsync(complaint.Id, regulator);
        var lastDay = Time.TodayInChina().AddDays(10);
        await complaints.SuspendProcurementAsync(complaint.Id, lastDay, regulator);
        SignIn(agency);

        var page = Page(projectId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=procurement-suspended]")));
        var banner = page.Find("[data-testid=procurement-suspended]").TextContent;
        Assert.Contains(lastDay.ToString("yyyy-MM-dd"), banner, StringComparison.Ordinal);
        Assert.Contains("第五十七条", banner, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=agency-panel]"));
        Assert.Empty(page.FindAll("[data-testid=draw-panel]"));
        Assert.Empty(page.FindAll("[data-testid=agency-panel] button"));
    }

    [Fact]
    public async Task A_supplier_gets_its_own_panel_and_neither_the_agency_s_steps_nor_the_internal_timeline()
    {
        var projectId = await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.RegisteredSupplier));

        var page = Page(projectId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=supplier-panel]")));
        Assert.Empty(page.FindAll("[data-testid=agency-panel]"));
        Assert.Empty(page.FindAll("[data-testid=project-timeline]"));
    }

    [Fact]
    public async Task Another_agency_is_told_the_project_is_not_there_for_it()
    {
        var projectId = await Stages.ReachAsync(Stage.TakingBids);
        SignIn(await Stages.ActorAsync(Relation.OtherAgency));

        var page = Page(projectId);

        page.WaitForAssertion(() => Assert.Equal("项目不存在，或您无权查看。", page.Find(".mud-alert").TextContent.Trim()));
        Assert.DoesNotContain(ProjectScenario.Title, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_bidding_page_offers_the_plan_line_s_remaining_amount_to_its_operator()
    {
        var mall = new MallScenario(Store.Services, new ProjectScenario(Store.Services));
        var plan = await mall.FiledPlanAsync(50_000m);
        SignIn(await mall.OperatorAsync());
        Render<MudPopoverProvider>();

        var page = Render<NewBiddingPage>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.LineId, plan.Items[0].Id));

        Assert.Equal("发起网上竞价", page.Find("h1").TextContent.Trim());
        page.WaitForAssertion(() => Assert.Contains("剩余额度 ¥50,000.00", page.Markup, StringComparison.Ordinal));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("发布竞价", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_new_bidding_page_refuses_another_unit_s_operator()
    {
        var mall = new MallScenario(Store.Services, new ProjectScenario(Store.Services));
        var plan = await mall.FiledPlanAsync(50_000m);
        SignIn(await Stages.ActorAsync(Relation.OtherPurchaser));
        Render<MudPopoverProvider>();

        var page = Render<NewBiddingPage>(p => p.Add(x => x.PlanId, plan.Id).Add(x => x.LineId, plan.Items[0].Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-alert")));
        Assert.DoesNotContain("剩余额度", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("发布竞价", StringComparison.Ordinal));
        await using var db = Store.Db();
        Assert.False(await db.OnlineBiddings.AnyAsync());
    }
}
