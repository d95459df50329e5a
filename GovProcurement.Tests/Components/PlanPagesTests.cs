using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The plan list and the plan page over the school's plans: the new-plan button only for whom the domain lets create,
/// the editor only for whom it lets edit (the others read the summary and the routing), and no plan for whom may not see it.
/// </summary>
public sealed class PlanPagesTests : ProjectComponentTest
{
    private PlanParties parties = default!;

    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<PlanQueries>());
        Services.AddSingleton(Store.Get<PlanWorkflow>());
        Services.AddSingleton(Store.Get<PlanRouting>());
        Services.AddSingleton(Store.Get<GovProcurement.Domain.Intentions.Intentions>());
        Services.AddSingleton(Store.Get<ProjectEntrustment>());
        Services.AddEMallPanel(Store);
        Services.AddScoped<CurrentActor>();
        parties = new PlanParties(Store.Services);
    }

    private async Task SignInAsync(PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        var auth = AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]);
        if (actor.OrganizationId is { } organization)
        {
            auth.SetClaims(new Claim(PortalClaims.OrganizationId, organization.ToString()));
        }
    }

    private IRenderedComponent<PlanPage> Page(Guid id)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return Render<PlanPage>(p => p.Add(x => x.Id, id));
    }

    [Fact]
    public async Task The_operator_creates_a_plan_from_the_list_and_is_taken_to_it()
    {
        await SignInAsync(PlanParty.OwnOperator);
        Render<MudPopoverProvider>();
        var list = Render<PlanList>();
        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=new-plan]")));
        Assert.Equal("新建采购计划", list.Find("[data-testid=new-plan]").TextContent.Trim());

        list.Find("[data-testid=new-plan]").Click();

        await using var db = Store.Db();
        var plan = await db.Plans.SingleAsync();
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal((await parties.ActorAsync(PlanParty.OwnOperator)).OrganizationId, plan.UnitId);
        Assert.Equal($"http://localhost/plans/{plan.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task The_reviewer_is_offered_no_new_plan_and_the_empty_list_offers_none_either()
    {
        await SignInAsync(PlanParty.OwnReviewer);
        Render<MudPopoverProvider>();

        var list = Render<PlanList>();

        list.WaitForAssertion(() => Assert.Contains("还没有采购计划。", list.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal));
        Assert.Empty(list.FindAll("[data-testid=new-plan]"));
        Assert.Empty(list.FindAll("[data-testid=empty-action]"));
    }

    [Fact]
    public async Task The_operator_edits_a_draft_under_its_title_and_number()
    {
        var planId = await parties.PlanAsync(PlanStatus.Draft);
        var plan = await parties.LoadAsync(planId);
        await SignInAsync(PlanParty.OwnOperator);

        var page = Page(planId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=plan-editor]")));
        Assert.Equal("教研室电脑采购", page.Find("h1").TextContent.Trim());
        Assert.Contains(plan.Number, page.Markup, StringComparison.Ordinal);
        Assert.Contains("江门市第一中学", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=plan-summary]"));
        Assert.NotEmpty(page.FindAll("[data-testid=plan-timeline]"));
    }

    [Fact]
    public async Task The_reviewer_reads_a_plan_waiting_for_review_with_what_the_rules_say_about_its_route()
    {
        var planId = await parties.PlanAsync(PlanStatus.PendingReview);
        await SignInAsync(PlanParty.OwnReviewer);

        var page = Page(planId);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=plan-summary]")));
        Assert.Empty(page.FindAll("[data-testid=plan-editor]"));
        Assert.NotEmpty(page.FindAll("[data-testid=routing-total]"));
        Assert.Equal("教研室电脑采购", page.Find("h1").TextContent.Trim());
    }

    [Theory]
    [InlineData(PlanParty.HeshanRegulator)]
    [InlineData(PlanParty.Supplier)]
    public async Task A_plan_is_not_shown_to_whom_may_not_see_it(PlanParty party)
    {
        var planId = await parties.PlanAsync(PlanStatus.Filed);
        await SignInAsync(party);

        var page = Page(planId);

        page.WaitForAssertion(() => Assert.Equal("计划不存在，或您无权查看。", page.Find(".mud-alert").TextContent.Trim()));
        Assert.Empty(page.FindAll("h1"));
        Assert.DoesNotContain("教研室电脑采购", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_that_does_not_exist_says_so()
    {
        await SignInAsync(PlanParty.OwnOperator);

        var page = Page(Guid.NewGuid());

        page.WaitForAssertion(() => Assert.Equal("计划不存在，或您无权查看。", page.Find(".mud-alert").TextContent.Trim()));
    }
}
