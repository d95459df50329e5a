using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

/// <summary>A plan's number carries the fiscal year it is filed for: re-derived while a draft, fixed from the first submission.</summary>
public sealed class PlanNumberTests : IAsyncLifetime
{
    private TestStore store = default!;

    public async Task InitializeAsync() => store = await TestStore.CreateAsync(demoData: true);

    public async Task DisposeAsync() => await store.DisposeAsync();

    private PlanWorkflow Workflow => store.Get<PlanWorkflow>();

    private async Task<string> NumberAsync(Guid planId)
    {
        await using var db = store.Db();
        return await db.Plans.Where(p => p.Id == planId).Select(p => p.Number).SingleAsync();
    }

    private async Task<long> VersionAsync(Guid planId)
    {
        await using var db = store.Db();
        return (await db.Plans.SingleAsync(p => p.Id == planId)).Version;
    }

    private async Task<PlanForm> FormAsync(Guid unitId, DateOnly start)
    {
        var year = ProcurementPlan.FiscalYearOf(start);
        await store.Get<BudgetLines>().LoadAsync(unitId, [new BudgetLineInput(year, $"NUM-{year}", "一般公共预算", Money.FromYuan(1_000_000m))]);
        var line = (await store.Get<BudgetLines>().ForUnitAsync(unitId, year)).Single(l => l.LineCode == $"NUM-{year}");
        return new PlanForm("编号年度测试", start, null, [new PlanItemDraft("A02010104", "台式计算机", 10, "台", Money.FromYuan(300_000m), line.Id)],
            ProcurementRoute.EMallSimpleProcurement, null);
    }

    [Fact]
    public async Task A_draft_is_numbered_from_the_fiscal_year_of_its_expected_start_not_the_default_start_at_creation()
    {
        var op = await new ProjectScenario(store.Services).ActorAsync(ProjectScenario.Operator);
        var planId = await Workflow.CreateDraftAsync(op);
        var defaultYear = store.Get<TimeProvider>().TodayInChina().AddDays(30).Year;

        foreach (var start in new[] { new DateOnly(2020, 12, 15), new DateOnly(defaultYear + 1, 12, 21), new DateOnly(defaultYear - 1, 1, 4) })
        {
            await Workflow.SaveDraftAsync(planId, await VersionAsync(planId), await FormAsync(op.OrganizationId!.Value, start), op);
            Assert.StartsWith($"440700-{start.Year}-", await NumberAsync(planId), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_number_is_fixed_at_the_first_submission_even_when_a_returned_plan_is_redated()
    {
        var scenario = new ProjectScenario(store.Services);
        var op = await scenario.ActorAsync(ProjectScenario.Operator);
        var unitId = op.OrganizationId!.Value;
        var filedYear = store.Get<TimeProvider>().TodayInChina().Year + 1;
        var planId = (await Workflow.CreateDraftAsync(op, await FormAsync(unitId, new DateOnly(filedYear, 3, 2)))).Id;
        await Workflow.SubmitForReviewAsync(planId, op);
        var submitted = await NumberAsync(planId);
        await Workflow.ReturnByReviewerAsync(planId, "请改到次年实施", await scenario.ActorAsync(ProjectScenario.Reviewer));

        await Workflow.SaveDraftAsync(planId, await VersionAsync(planId), await FormAsync(unitId, new DateOnly(filedYear + 1, 3, 2)), op);

        Assert.StartsWith($"440700-{filedYear}-", submitted, StringComparison.Ordinal);
        Assert.Equal(submitted, await NumberAsync(planId));
    }
}
