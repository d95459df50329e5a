using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Worklist;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Components;

/// <summary>The to-do list of a workspace home: a row per waiting step, linking to its page, or the empty state.</summary>
public sealed class WorklistViewTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;

    public WorklistViewTests() : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private WorklistViewTests(FakeTimeProvider clock) : base(clock) => this.clock = clock;

    private PlanParties parties = default!;

    protected override Task ArrangeAsync()
    {
        Services.AddSingleton(Store.Get<Worklist>());
        Services.AddScoped<CurrentActor>();
        parties = new PlanParties(Store.Services);
        return Task.CompletedTask;
    }

    private async Task SignInAsync(PlanParty party)
    {
        var actor = await parties.ActorAsync(party);
        var auth = AddAuthorization();
        auth.SetAuthorized(actor.UserName);
        auth.SetRoles([.. actor.Roles]);
        if (actor.OrganizationId is { } org)
        {
            auth.SetClaims(new Claim(PortalClaims.OrganizationId, org.ToString()));
        }
    }

    private static IElement RowOf(IRenderedComponent<WorklistView> view, Guid planId) =>
        view.FindAll("li.gp-worklist-row").Single(row => row.QuerySelector("a")!.GetAttribute("href") == $"/plans/{planId}");

    [Fact]
    public async Task The_reviewer_sees_the_plan_waiting_for_review_as_a_link_to_its_page_with_the_step_in_words()
    {
        var planId = await parties.PlanAsync(PlanStatus.PendingReview);
        await SignInAsync(PlanParty.OwnReviewer);

        var view = Render<WorklistView>();
        view.WaitForAssertion(() => Assert.NotEmpty(view.FindAll("li.gp-worklist-row")));

        var row = RowOf(view, planId);
        Assert.Equal("教研室电脑采购", row.QuerySelector("a")!.TextContent.Trim());
        Assert.Contains("审核采购计划并提交备案", row.TextContent);
        Assert.Contains("自 2026-11-27 起", row.TextContent);
        Assert.DoesNotContain("工作日", row.TextContent);
        Assert.Equal("待办事项", view.Find("h2").TextContent);
    }

    [Fact]
    public async Task The_bureau_sees_how_many_working_days_a_filing_has_waited()
    {
        var planId = await parties.PlanAsync(PlanStatus.PendingFiling);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        await SignInAsync(PlanParty.OwnRegionRegulator);

        var view = Render<WorklistView>();
        view.WaitForAssertion(() => Assert.NotEmpty(view.FindAll("li.gp-worklist-row")));

        var row = RowOf(view, planId);
        Assert.Contains("采购计划待备案", row.TextContent);
        Assert.Contains("已等待 2 个工作日", row.TextContent);
    }

    [Fact]
    public async Task A_regulator_of_another_region_has_nothing_waiting_and_sees_the_empty_state()
    {
        await parties.PlanAsync(PlanStatus.PendingFiling);
        await SignInAsync(PlanParty.HeshanRegulator);

        var view = Render<WorklistView>();

        view.WaitForAssertion(() => Assert.Contains("目前没有等待您办理的事项。", view.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(view.FindAll("li.gp-worklist-row"));
    }

    [Fact]
    public async Task A_user_without_an_organisation_sees_the_empty_state()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("nobody");
        auth.SetRoles(Roles.PurchaserReviewer);

        var view = Render<WorklistView>();

        view.WaitForAssertion(() => Assert.Contains("目前没有等待您办理的事项。", view.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(view.FindAll("li"));
    }

    [Fact]
    public async Task In_English_the_step_and_the_heading_read_in_English()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var planId = await parties.PlanAsync(PlanStatus.Returned);
        await SignInAsync(PlanParty.OwnOperator);

        var view = Render<WorklistView>();
        view.WaitForAssertion(() => Assert.NotEmpty(view.FindAll("li.gp-worklist-row")));

        Assert.Equal("To do", view.Find("h2").TextContent);
        var row = RowOf(view, planId);
        Assert.Contains("Revise the returned plan", row.TextContent);
        Assert.Contains("since 2026-11-27", row.TextContent);
    }
}
