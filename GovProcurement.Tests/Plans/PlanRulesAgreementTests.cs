using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bunit;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Integration;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace GovProcurement.Tests.Plans;

/// <summary>
/// The plan form (rendered), the submission, the integration API and the supervision dashboard
/// judge one plan alike: by the rule rows in force on the plan's own date, with one intention check.
/// </summary>
public sealed class PlanRulesAgreementTests : BunitContext, IClassFixture<DemoPortal>, IAsyncLifetime
{
    private const string Operator = ProjectScenario.Operator;
    private const string Masks = "A03209902";

    /// <summary>How long a render may take on a loaded machine: the form loads from the store before it shows the panel.</summary>
    private static readonly TimeSpan RenderWait = TimeSpan.FromSeconds(30);

    private readonly DemoPortal portal;
    private readonly ProjectScenario scenario;

    public PlanRulesAgreementTests(DemoPortal portal)
    {
        this.portal = portal;
        scenario = new ProjectScenario(portal.Services);
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddLogging();
        Services.AddSingleton(portal.Get<IOptions<InputLimits>>());
        Services.AddSingleton(portal.Get<TimeProvider>());
        Services.AddSingleton(portal.Get<PlanWorkflow>());
        Services.AddSingleton(portal.Get<PlanRouting>());
        Services.AddSingleton(portal.Get<Intentions>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private DateOnly Today => portal.Get<TimeProvider>().TodayInChina();

    [Theory]
    [InlineData("2021-12-31", true)]  // the last day of 江财采购〔2020〕28号's mask rule
    [InlineData("2022-01-01", false)] // the day it ended
    public async Task Masks_across_the_mask_rules_end_date_are_judged_alike_by_the_form_the_submission_and_the_API(string day, bool frameworkRoute)
    {
        var start = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var planId = await DraftAsync($"口罩采购 {day}", start, Masks, 300_000m, ProcurementRoute.FrameworkWinners, null, null);

        var form = await FormAsync(planId);
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=routing-scope]")), RenderWait);
        var formAllows = form.FindAll("[data-testid=route-FrameworkWinners]").Any(r => r.GetAttribute("data-allowed") == "true");

        var preview = await (await ApiClientAsync()).PostAsJsonAsync("/api/v1/routing/preview", new
        {
            unitBudgetCode = "701002", date = day, items = new[] { new { catalogueCode = Masks, amount = 300_000m } },
        });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var routes = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement.GetProperty("routes").EnumerateArray();
        var apiAllows = routes.Any(r => r.GetProperty("code").GetString() == "FrameworkWinners" && r.GetProperty("allowed").GetBoolean());

        var submitted = await SubmitsAsync(planId);

        Assert.Equal(frameworkRoute, formAllows);
        Assert.Equal(frameworkRoute, apiAllows);
        Assert.Equal(frameworkRoute, submitted);
    }

    [Theory]
    [InlineData(0)]  // published on the plan's start day: 0 of 30 days
    [InlineData(29)] // one day short
    [InlineData(30)] // the boundary: enough; also published the same day the plan is filed
    public async Task The_form_the_submission_and_the_dashboard_agree_on_the_intention_lead(int daysBeforeStart)
    {
        var late = daysBeforeStart < 30;
        var op = await scenario.ActorAsync(Operator);
        var intentions = portal.Get<Intentions>();
        var intentionId = await intentions.DraftAsync(new IntentionForm($"物业服务意向 {daysBeforeStart}", "校园物业管理", Money.FromYuan(1_600_000m), Today, true, null), op);
        await intentions.PublishAsync(intentionId, await scenario.ActorAsync(ProjectScenario.Reviewer));
        var title = $"物业服务 意向提前 {daysBeforeStart} 天";
        var planId = await DraftAsync(title, Today.AddDays(daysBeforeStart), "C1204", 1_600_000m,
            ProcurementRoute.EntrustCentralizedAgency, ProcurementMethod.CompetitiveConsultation, intentionId);

        var form = await FormAsync(planId);
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=routing-scope]")), RenderWait);
        var formWarns = form.FindAll("[data-testid=routing-warning]").Any(w => w.TextContent.Contains("少于 30 天", StringComparison.Ordinal));

        var decision = await portal.Get<PlanWorkflow>().SubmitForReviewAsync(planId, op);
        var submitWarns = decision.Warnings.Any(w => w.Text.Zh.Contains("少于 30 天", StringComparison.Ordinal));
        await portal.Get<PlanWorkflow>().ApproveAndSubmitAsync(planId, await scenario.ActorAsync(ProjectScenario.Reviewer));
        await portal.Get<PlanWorkflow>().FileAsync(planId, await scenario.ActorAsync(ProjectScenario.Regulator));

        var dashboard = await portal.Get<SupervisionQueries>().DashboardAsync(await scenario.ActorAsync(ProjectScenario.Regulator), new SupervisionPeriod(Today, Today));
        var flagged = dashboard.LateIntentions.SingleOrDefault(l => l.PlanId == planId);

        Assert.Equal(late, formWarns);
        Assert.Equal(late, submitWarns);
        Assert.Equal(late, flagged is not null);
        if (flagged is not null)
        {
            Assert.Equal((daysBeforeStart, 30), (flagged.Days, flagged.RequiredDays));
            Assert.Contains(form.FindAll("[data-testid=routing-warning]"), w => w.TextContent.Contains($"仅 {daysBeforeStart} 天，少于 30 天", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_draft_dated_before_the_platform_is_warned_on_the_form_citing_the_go_live_notice()
    {
        var early = await FormAsync(await DraftAsync("旧系统时期的计划", new DateOnly(2020, 12, 15), "A02010104", 300_000m, null, null, null));
        var onTime = await FormAsync(await DraftAsync("上线当日的计划", new DateOnly(2021, 1, 1), "A02010104", 300_000m, null, null, null));

        early.WaitForAssertion(() => Assert.Contains("早于 2021-01-01", early.Find("[data-testid=plan-date-warning]").TextContent, StringComparison.Ordinal), RenderWait);
        Assert.Contains("正式上线运行的通知", early.Find("[data-testid=plan-date-warning]").TextContent, StringComparison.Ordinal);
        onTime.WaitForAssertion(() => Assert.NotEmpty(onTime.FindAll("[data-testid=routing-scope]")), RenderWait);
        Assert.Empty(onTime.FindAll("[data-testid=plan-date-warning]"));
    }

    [Theory]
    [InlineData("2020-12-15", true)]
    [InlineData("2021-01-01", false)]
    public async Task The_API_stores_a_draft_dated_before_the_platform_and_warns_in_its_answer(string day, bool warned)
    {
        var client = await ApiClientAsync();
        var year = int.Parse(day[..4], System.Globalization.CultureInfo.InvariantCulture);
        var lineCode = $"API-{year}-{Guid.NewGuid():N}"[..24];
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync("/api/v1/budget-lines", new
        {
            lines = new[] { new { fiscalYear = year, lineCode, fundSource = "一般公共预算", amount = 1_000_000m } },
        })).StatusCode);

        var created = await client.PostAsJsonAsync("/api/v1/plans", new
        {
            title = $"预算系统推送 {day}",
            expectedStart = day,
            items = new[] { new { catalogueCode = "A02010104", quantity = 10, unitOfMeasure = "台", amount = 300_000m, budgetLineCode = lineCode } },
            route = "EMallSimpleProcurement",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var warnings = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(warned, warnings.Count == 1);
        if (warned)
        {
            Assert.Contains("早于 2021-01-01", warnings[0].GetProperty("zh").GetString(), StringComparison.Ordinal);
            Assert.Contains("正式上线运行的通知", warnings[0].GetProperty("sourceZh").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A one-line draft of 江门市第一中学 with a budget line of its own for the plan's fiscal year.</summary>
    private async Task<Guid> DraftAsync(string title, DateOnly start, string code, decimal yuan, ProcurementRoute? route, ProcurementMethod? method, Guid? intentionId)
    {
        var op = await scenario.ActorAsync(Operator);
        var unitId = op.OrganizationId!.Value;
        var year = ProcurementPlan.FiscalYearOf(start);
        var lineCode = $"T-{year}-{Guid.NewGuid():N}"[..20];
        await portal.Get<BudgetLines>().LoadAsync(unitId, [new BudgetLineInput(year, lineCode, "一般公共预算", Money.FromYuan(10_000_000m))]);
        var line = (await portal.Get<BudgetLines>().ForUnitAsync(unitId, year)).Single(l => l.LineCode == lineCode);
        var workflow = portal.Get<PlanWorkflow>();
        var planId = await workflow.CreateDraftAsync(op);
        await workflow.SaveDraftAsync(planId, 0, new PlanForm(title, start, intentionId, [new PlanItemDraft(code, code, 1, "项", Money.FromYuan(yuan), line.Id)], route, method), op);
        return planId;
    }

    /// <summary>The plan form as the operator sees it.</summary>
    private async Task<IRenderedComponent<PlanEditor>> FormAsync(Guid planId)
    {
        var op = await scenario.ActorAsync(Operator);
        var detail = await portal.Get<PlanQueries>().GetAsync(op, planId);
        return Render<PlanEditor>(p => p.Add(e => e.Detail, detail!).Add(e => e.Actor, op));
    }

    private async Task<bool> SubmitsAsync(Guid planId)
    {
        try
        {
            await portal.Get<PlanWorkflow>().SubmitForReviewAsync(planId, await scenario.ActorAsync(Operator));
            return true;
        }
        catch (DomainException e) when (e.Text.Zh.Contains("实施途径不符合规则", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private async Task<HttpClient> ApiClientAsync()
    {
        var op = await scenario.ActorAsync(Operator);
        var key = await portal.Get<ApiKeys>().IssueAsync(op.OrganizationId!.Value, "规则一致性测试", "admin");
        var client = new HttpClient { BaseAddress = portal.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
