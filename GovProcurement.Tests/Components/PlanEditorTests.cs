using Bunit;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Portal.Components.Workspaces.Plans;
using GovProcurement.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The plan form over its own store, on a fake clock: edits save once the typing pauses, through the
/// draft session; what the plan lacks is shown at each field when it is submitted; the method is asked
/// for only when the domain asks for one.
/// </summary>
public sealed class PlanEditorTests : StoreComponentTest
{
    private readonly FakeTimeProvider clock;

    public PlanEditorTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)))
    {
    }

    private PlanEditorTests(FakeTimeProvider clock)
        : base(clock) => this.clock = clock;

    private Actor op = default!;
    private Guid budgetLine;

    private DateOnly Start => new(2027, 3, 1);

    protected override async Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddSingleton(Store.Get<IOptions<InputLimits>>());
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Store.Get<PlanWorkflow>());
        Services.AddSingleton(Store.Get<PlanRouting>());
        Services.AddSingleton(Store.Get<Intentions>());
        await using var db = Store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == ProjectScenario.Operator);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync();
        op = new Actor(user.UserName!, user.OrganizationId, roles.ToHashSet());
        await Store.Get<BudgetLines>().LoadAsync(op.OrganizationId!.Value, [new BudgetLineInput(Start.Year, "T-2027-FORM", "一般公共预算", Money.FromYuan(10_000_000m))]);
        budgetLine = (await Store.Get<BudgetLines>().ForUnitAsync(op.OrganizationId.Value, Start.Year)).Single(l => l.LineCode == "T-2027-FORM").Id;
    }

    private async Task<Guid> DraftAsync(string title, decimal yuan, Guid? budget, ProcurementRoute? route, ProcurementMethod? method = null)
    {
        var workflow = Store.Get<PlanWorkflow>();
        var planId = await workflow.CreateDraftAsync(op);
        var items = yuan < 0 ? [] : new[] { new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(yuan), budget) };
        await workflow.SaveDraftAsync(planId, 0, new PlanForm(title, Start, null, items, route, method), op);
        return planId;
    }

    private async Task<IRenderedComponent<PlanEditor>> FormAsync(Guid planId)
    {
        var detail = await Store.Get<PlanQueries>().GetAsync(op, planId);
        var form = Render<PlanEditor>(p => p.Add(e => e.Detail, detail!).Add(e => e.Actor, op));
        form.WaitForElement("[data-testid=plan-editor]");
        return form;
    }

    private async Task<ProcurementPlan> StoredAsync(Guid planId)
    {
        await using var db = Store.Db();
        return await db.Plans.Include(p => p.Items).SingleAsync(p => p.Id == planId);
    }

    /// <summary>Types into the title and leaves it, as a person does: leaving the field takes the text without waiting for the debounce.</summary>
    private static async Task TypeTitleAsync(IRenderedComponent<PlanEditor> form, string text)
    {
        await form.Find("input[data-testid=plan-title], [data-testid=plan-title] input").InputAsync(new ChangeEventArgs { Value = text });
        await form.Find("input[data-testid=plan-title], [data-testid=plan-title] input").BlurAsync(new FocusEventArgs());
    }

    /// <summary>The text of the field a person finds by its label: its value's frame, label and helper (error) text.</summary>
    private static string Field(IRenderedComponent<PlanEditor> form, string label) =>
        form.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).TextContent;

    private static bool ShowsError(IRenderedComponent<PlanEditor> form, string label) =>
        form.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector(".mud-input-error") is not null;

    [Fact]
    public async Task Typing_saves_once_after_the_pause_through_the_session_and_says_when()
    {
        var planId = await DraftAsync("初稿", 300_000m, budgetLine, ProcurementRoute.EMallSimpleProcurement);
        var version = (await StoredAsync(planId)).Version;
        var form = await FormAsync(planId);
        await TypeTitleAsync(form, "办公");
        await TypeTitleAsync(form, "办公设备采购");
        clock.Advance(PlanDraftSession.Debounce - TimeSpan.FromMilliseconds(1));

        Assert.Equal("有未保存的修改…", form.Find("[data-testid=save-state]").TextContent);
        Assert.Equal(("初稿", version), ((await StoredAsync(planId)).Title, (await StoredAsync(planId)).Version));

        clock.Advance(TimeSpan.FromMilliseconds(1));

        form.WaitForAssertion(() => Assert.Equal($"草稿已自动保存 {clock.GetUtcNow().ToOffset(GovProcurement.Domain.Common.Clock.ChinaOffset):HH:mm:ss}", form.Find("[data-testid=save-state]").TextContent));
        var stored = await StoredAsync(planId);
        Assert.Equal(("办公设备采购", version + 1), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task Submitting_an_incomplete_plan_marks_each_field_it_lacks_and_sends_nothing()
    {
        var planId = await DraftAsync("", 0m, null, null);
        var snackbar = Render<MudSnackbarProvider>();
        var form = await FormAsync(planId);
        Assert.False(ShowsError(form, "项目名称"));

        await form.Find("[data-testid=submit-plan]").ClickAsync();

        form.WaitForAssertion(() => Assert.Contains("请填写项目名称", Field(form, "项目名称"), StringComparison.Ordinal));
        Assert.True(ShowsError(form, "项目名称"));
        Assert.Contains("第 1 行金额必须大于零", Field(form, "金额（元）"), StringComparison.Ordinal);
        Assert.Contains("第 1 行请选择预算项目", Field(form, "预算项目"), StringComparison.Ordinal);
        Assert.Contains("请选择实施途径", Field(form, "实施途径"), StringComparison.Ordinal);
        Assert.False(ShowsError(form, "数量"));
        Assert.Contains("还有 4 处需要填写或修改", form.Find("[data-testid=plan-incomplete]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("请填写项目名称", snackbar.Markup, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, (await StoredAsync(planId)).Status);

        // Each edit re-checks: the title's error goes once it is given.
        await TypeTitleAsync(form, "补上标题");
        form.WaitForAssertion(() => Assert.False(ShowsError(form, "项目名称")));
        Assert.True(ShowsError(form, "金额（元）"));
        Assert.Contains("还有 3 处", form.Find("[data-testid=plan-incomplete]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_without_items_is_told_to_add_one_beside_the_add_button()
    {
        var form = await FormAsync(await DraftAsync("没有品目", -1m, null, ProcurementRoute.EMallSimpleProcurement));

        await form.Find("[data-testid=submit-plan]").ClickAsync();

        form.WaitForAssertion(() => Assert.Contains(form.FindAll("[role=alert]"), a => a.TextContent.Contains("请至少添加一个采购品目", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_complete_plan_is_submitted()
    {
        var planId = await DraftAsync("完整的计划", 300_000m, budgetLine, ProcurementRoute.EMallSimpleProcurement);
        var submitted = false;
        var detail = await Store.Get<PlanQueries>().GetAsync(op, planId);
        var form = Render<PlanEditor>(p => p.Add(e => e.Detail, detail!).Add(e => e.Actor, op).Add(e => e.OnSubmitted, () => submitted = true));
        form.WaitForElement("[data-testid=plan-editor]");

        await form.Find("[data-testid=submit-plan]").ClickAsync();

        form.WaitForAssertion(() => Assert.True(submitted));
        Assert.Empty(form.FindAll("[data-testid=plan-incomplete]"));
        Assert.Equal(PlanStatus.PendingReview, (await StoredAsync(planId)).Status);
    }

    [Theory]
    [InlineData(5_000_000, ProcurementRoute.EntrustCentralizedAgency, true)]
    [InlineData(300_000, ProcurementRoute.EMallSimpleProcurement, false)]
    public async Task The_method_is_asked_for_only_when_the_domain_asks_for_one(int yuan, ProcurementRoute route, bool asked)
    {
        var form = await FormAsync(await DraftAsync("方式", yuan, budgetLine, route));

        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=routing-total]")));

        Assert.Equal(asked, form.FindAll("[data-testid=plan-method]").Count > 0);
    }
}
