using GovProcurement.Domain.Common;
using GovProcurement.Domain.Routing;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Supervision;

/// <summary>
/// The dashboard's categories come from the totals each plan keeps per category: a plan counts once
/// in each category it has lines of, with the amounts of those lines only, and the drill-down into a
/// category lists the same plans.
/// </summary>
public sealed class DashboardCategoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private readonly SupervisionPeriod year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private TestStore store = default!;
    private ProjectScenario scenario = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        scenario = new ProjectScenario(store.Services);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_plan_counts_once_per_category_of_its_lines_with_those_lines_amounts()
    {
        var (op, reviewer, regulator) = (await scenario.ActorAsync(ProjectScenario.Operator), await scenario.ActorAsync(ProjectScenario.Reviewer), await scenario.ActorAsync(ProjectScenario.Regulator));
        var mixed = await scenario.FilePlanAsync(op, reviewer, regulator, "校园电脑与物业服务", ProcurementRoute.EntrustCentralizedAgency, ProcurementMethod.CompetitiveConsultation,
            ("A02010104", "台式计算机", 100_000m), ("C1204", "物业管理服务", 200_000m));
        var goods = await scenario.FilePlanAsync(op, reviewer, regulator, "教室电脑与课桌", ProcurementRoute.EntrustCentralizedAgency, ProcurementMethod.CompetitiveConsultation,
            ("A02010104", "台式计算机", 50_000m), ("A060205", "木制台、桌类", 30_000m));
        var queries = store.Get<SupervisionQueries>();

        var dashboard = await queries.DashboardAsync(regulator, year);

        Assert.Equal([("Services", 1, Money.FromYuan(200_000m)), ("Goods", 2, Money.FromYuan(180_000m))], dashboard.ByCategory.Select(s => (s.Key, s.Count, s.Amount)));
        Assert.Equal(Money.FromYuan(380_000m), dashboard.FiledAmount);
        Assert.Equal(new[] { mixed, goods }.Order(), (await queries.PlansAsync(regulator, year, PlanDimension.Category, "Goods")).Select(p => p.Id).Order());
        Assert.Equal([mixed], (await queries.PlansAsync(regulator, year, PlanDimension.Category, "Services")).Select(p => p.Id));
        Assert.Empty(await queries.PlansAsync(regulator, year, PlanDimension.Category, "Works"));
        Assert.Empty(await queries.PlansAsync(regulator, year, PlanDimension.Category, SupervisionQueries.NoneKey));
    }
}
