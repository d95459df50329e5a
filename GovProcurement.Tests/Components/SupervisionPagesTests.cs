using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Supervision;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The regulator's dashboard and exception list over the supervision scenario (two Heshan e-mall plans for the
/// same item past the open-tender threshold), on 27 Nov 2026: the figures are those of the regulator's
/// jurisdiction for the period in the address, and an exception is marked reviewed with the comment asked for.
/// </summary>
public sealed class SupervisionPagesTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;

    public SupervisionPagesTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private SupervisionPagesTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    private SupervisionScenario scenario = default!;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<SupervisionQueries>());
        Services.AddSingleton(Store.Get<EMallQueries>());
        Services.AddSingleton(Store.Get<SupervisionExceptions>());
        Services.AddScoped<CurrentActor>();
        Services.AddScoped<StepRunner>();
        scenario = new SupervisionScenario(Store.Services);
        await scenario.SeedAsync();
    }

    private async Task SignInAsync(string userName)
    {
        var actor = await scenario.Projects.ActorAsync(userName);
        AddAuthorization().SetAuthorized(userName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    private static string Kpi(IRenderedComponent<SupervisionDashboardPage> page, string label) =>
        page.Find($"[role=group][aria-label='{label}'] h6").TextContent.Trim();

    [Fact]
    public async Task Heshan_sees_its_two_filed_plans_this_year_and_its_region_alone_in_the_chart()
    {
        await SignInAsync("440784cz");

        var page = Render<SupervisionDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("2 · ¥2,150,000.00", Kpi(page, "期间内备案计划（个 · 金额）")));
        Assert.Equal("0", Kpi(page, "待备案"));
        Assert.Equal(["鹤山市（本级）"], page.FindAll("[data-testid=chart-Region] tbody a").Select(a => a.TextContent.Trim()));
        Assert.Equal("/regulator/dashboard/plans?dimension=Region&key=440784&from=2026-01-01&to=2026-11-27",
            page.Find("[data-testid=chart-Region] tbody a").GetAttribute("href"));
        Assert.Contains("没有等待备案的计划", page.Find("[data-testid=waiting-filings]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jiangmen_sees_its_counties_for_the_period_in_the_address()
    {
        await SignInAsync(ProjectScenario.Regulator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/regulator/dashboard?from=2026-01-01&to=2026-12-31");

        var page = Render<SupervisionDashboardPage>();

        page.WaitForAssertion(() => Assert.StartsWith("4 · ", Kpi(page, "期间内备案计划（个 · 金额）"), StringComparison.Ordinal));
        Assert.Equal(["江门市（本级）", "台山市", "鹤山市"], page.FindAll("[data-testid=chart-Region] tbody a").Select(a => a.TextContent.Trim()));
        Assert.EndsWith("&from=2026-01-01&to=2026-12-31", page.Find("[data-testid=chart-Region] tbody a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversed_period_in_the_address_is_said_instead_of_the_figures()
    {
        await SignInAsync("440784cz");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/regulator/dashboard?from=2026-07-01&to=2026-01-01");

        var page = Render<SupervisionDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("请选择有效的统计期间（结束日期不早于开始日期，最长十年）。", page.Find("[data-testid=period-problem]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid^=kpi-]"));
    }

    [Fact]
    public async Task Applying_a_period_puts_it_in_the_address()
    {
        await SignInAsync("440784cz");
        var page = Render<SupervisionDashboardPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid^=kpi-]")));

        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == "统计期间自").QuerySelector("input")!.Change("2026-06-01");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "查询").Click();

        Assert.Equal("http://localhost/regulator/dashboard?from=2026-06-01&to=2026-11-27", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task The_possible_splitting_is_listed_with_its_plans_and_marked_reviewed_with_the_comment_asked_for()
    {
        await SignInAsync("440784cz");
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<ExceptionsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=exception-table] tbody tr")));
        var row = page.Find("[data-testid=exception-table] tbody tr");
        Assert.Contains("疑似化整为零", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(scenario.HeshanPlans.Select(id => $"/plans/{id}").Order(), row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Order());

        page.FindAll("button").Single(b => b.TextContent.Trim() == "标记已复核").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("复核意见", dialogs.Markup, StringComparison.Ordinal));
        dialogs.Find("[data-testid=reason-input] textarea, textarea[data-testid=reason-input]").Input("已约谈单位，第二批为不同校区采购");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "确定").Click();

        page.WaitForAssertion(() => Assert.Contains("已约谈单位，第二批为不同校区采购", page.Find("[data-testid=exception-reviewed]").TextContent, StringComparison.Ordinal));
        Assert.Contains("440784cz", page.Find("[data-testid=exception-reviewed]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "标记已复核");
        await using var db = Store.Db();
        Assert.Equal("已约谈单位，第二批为不同校区采购", (await db.ExceptionReviews.SingleAsync()).Comment);
    }

    [Fact]
    public async Task A_region_without_exceptions_says_what_is_checked()
    {
        await using (var db = Store.Db())
        {
            var bureau = await db.Organizations.SingleAsync(o => o.Name == "台山市财政局"); // made by the scenario, without an account
            AddAuthorization().SetAuthorized("440781cz").SetRoles(GovProcurement.Domain.Accounts.Roles.Regulator).SetClaims(new Claim(PortalClaims.OrganizationId, bureau.Id.ToString()));
        }

        var page = Render<ExceptionsPage>();

        page.WaitForAssertion(() => Assert.Contains("本辖区暂无异常", page.Find("[data-testid=exception-table]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=review-exception]"));
    }
}
