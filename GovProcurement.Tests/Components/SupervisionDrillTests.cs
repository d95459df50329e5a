using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Shared;
using GovProcurement.Portal.Components.Workspaces.Supervision;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The regulator's drill-down from a chart slice to its plans, and the reports page, over the supervision scenario
/// on 27 Nov 2026. The export panels (tested in <see cref="ExportPanelTests"/>) are stood in for by a button that
/// shows what each was given: its label and its filters.
/// </summary>
public sealed class SupervisionDrillTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;
    private SupervisionScenario scenario = default!;

    public SupervisionDrillTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private SupervisionDrillTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<SupervisionQueries>());
        Services.AddScoped<CurrentActor>();
        ComponentFactories.AddStub<ExportPanel>(p =>
            $"<button data-testid=\"{p.Get(x => x.TestId)}\" data-filters=\"{Describe(p.ContainsKey(nameof(ExportPanel.Filters)) ? p.Get(x => x.Filters) : null)}\">{p.Get(x => x.Label)}</button>");
        ComponentFactories.AddStub<ExportJobList>("<p>export jobs</p>");
        scenario = new SupervisionScenario(Store.Services);
        await scenario.SeedAsync();
        var actor = await scenario.Projects.ActorAsync("440784cz");
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));
    }

    private static string Describe(ExportFilters? filters) =>
        filters is null ? "none" : $"{filters.From:yyyy-MM-dd}|{filters.To:yyyy-MM-dd}|{filters.Dimension}|{filters.Key}";

    private IRenderedComponent<SupervisionPlansPage> Drill(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/regulator/dashboard/plans?{query}");
        return Render<SupervisionPlansPage>();
    }

    [Fact]
    public void A_region_slice_lists_its_filed_plans_linked_and_names_the_slice_and_period()
    {
        var page = Drill("dimension=Region&key=440784&from=2026-01-01&to=2026-11-27");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=drill-table] tbody tr").Count));
        Assert.Equal("地区：鹤山市（本级） · 2026-01-01 – 2026-11-27", page.Find("[data-testid=drill-filter]").TextContent.Trim());
        Assert.Equal(scenario.HeshanPlans.Select(id => $"/plans/{id}").Order(), page.FindAll("[data-testid=drill-table] tbody a").Select(a => a.GetAttribute("href")!).Order());
        Assert.All(page.FindAll("[data-testid=drill-table] tbody tr"), r => Assert.Contains("鹤山市第一中学教学电脑采购", r.TextContent, StringComparison.Ordinal));
        Assert.Equal("/regulator/dashboard?from=2026-01-01&to=2026-11-27", page.FindAll("a").Single(a => a.TextContent.Trim() == "监管看板").GetAttribute("href"));
        var export = page.Find("[data-testid=export-plans]");
        Assert.Equal("导出明细（Excel）", export.TextContent.Trim());
        Assert.Equal("2026-01-01|2026-11-27|Region|440784", export.GetAttribute("data-filters"));
    }

    [Fact]
    public void A_slice_outside_the_period_of_its_plans_says_so()
    {
        var page = Drill("dimension=Region&key=440784&from=2025-01-01&to=2025-12-31");

        page.WaitForAssertion(() => Assert.Contains("这一统计项在所选期间内没有计划。", page.Find("[data-testid=drill-table]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=drill-table] tbody a"));
    }

    [Theory]
    [InlineData("dimension=Region&key=440784&from=2026-07-01&to=2026-01-01")] // reversed
    [InlineData("dimension=Region&key=440784&from=2000-01-01&to=2026-11-27")] // longer than ten years
    [InlineData("dimension=Nothing&key=440784&from=2026-01-01&to=2026-11-27")] // unknown dimension
    [InlineData("dimension=Region&from=2026-01-01&to=2026-11-27")] // no key
    public void A_slice_the_address_does_not_name_properly_shows_no_plans(string query)
    {
        var page = Drill(query);

        Assert.Equal("计划明细", page.Find("h1").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=drill-table]"));
        Assert.Empty(page.FindAll("[data-testid=drill-filter]"));
    }

    [Fact]
    public void The_reports_page_offers_each_styled_report_over_this_year_and_the_raw_exports_without_a_period()
    {
        var page = Render<ReportsPage>();

        Assert.Equal(
            ["采购计划备案登记表", "采购意向公开登记表", "采购项目登记表", "政府采购促进中小企业发展情况表", "监管异常情况表"],
            Enum.GetValues<SupervisionReport>().Select(r => page.Find($"[data-testid=report-{r}]").TextContent.Trim()));
        Assert.All(Enum.GetValues<SupervisionReport>(), r => Assert.Equal("2026-01-01|2026-11-27||", page.Find($"[data-testid=report-{r}]").GetAttribute("data-filters")));
        Assert.All(new[] { "raw-plans", "raw-intentions", "raw-projects" }, id => Assert.Equal("none", page.Find($"[data-testid={id}]").GetAttribute("data-filters")));
    }

    [Fact]
    public void A_period_applied_on_the_reports_page_reaches_every_styled_report_and_a_reversed_one_is_refused()
    {
        var page = Render<ReportsPage>();

        PeriodField(page, "统计期间自").Change("2026-06-01");
        page.Find("[data-testid=period-apply]").Click();

        page.WaitForAssertion(() => Assert.All(Enum.GetValues<SupervisionReport>(), r => Assert.Equal("2026-06-01|2026-11-27||", page.Find($"[data-testid=report-{r}]").GetAttribute("data-filters"))));

        PeriodField(page, "至").Change("2026-05-01");
        page.Find("[data-testid=period-apply]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=alert]")));
        Assert.All(Enum.GetValues<SupervisionReport>(), r => Assert.Equal("2026-06-01|2026-11-27||", page.Find($"[data-testid=report-{r}]").GetAttribute("data-filters")));
    }

    private static AngleSharp.Dom.IElement PeriodField(IRenderedComponent<ReportsPage> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input")!;
}
