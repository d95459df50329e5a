using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Concurrency;

/// <summary>
/// Writers racing on the same rows. SQLite serialises writers, so there these mostly prove the outcome
/// rules; on PostgreSQL (<c>./test.sh</c> runs this class there too) the writers really overlap, and the
/// concurrency tokens must still let exactly one win: nothing lost, nothing doubled.
/// </summary>
public sealed class ContentionTests : IAsyncLifetime
{
    private const int Racers = 6;

    private TestStore store = default!;
    private ProjectScenario scenario = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true);
        scenario = new ProjectScenario(store.Services);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private PlanWorkflow Workflow => store.Get<PlanWorkflow>();

    [Fact]
    public async Task Of_two_writers_saving_one_draft_version_exactly_one_wins()
    {
        var op = await scenario.ActorAsync(ProjectScenario.Operator);
        var line = await LineAsync(op);
        var planId = await Workflow.CreateDraftAsync(op);

        var outcomes = await RaceAsync(Racers, i => Workflow.SaveDraftAsync(planId, 0, Form($"教学设备采购（第{i}稿）", line, 10_000m), op));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<Exception>(), e => Assert.IsType<ConcurrencyConflictException>(e));
        await using var db = store.Db();
        var plan = await db.Plans.Include(p => p.Items).SingleAsync(p => p.Id == planId);
        Assert.Equal(1, plan.Version);
        Assert.Single(plan.Items);
        Assert.StartsWith("教学设备采购（第", plan.Title);
    }

    [Fact]
    public async Task Plans_racing_for_one_budget_line_never_reserve_more_than_it_holds()
    {
        var op = await scenario.ActorAsync(ProjectScenario.Operator);
        var line = await LineAsync(op);
        var share = Math.Min(decimal.Floor(line.Available.Yuan * 0.6m), 3_000_000m);
        var plans = new List<Guid>();
        for (var i = 0; i < Racers; i++)
        {
            var id = await Workflow.CreateDraftAsync(op);
            await Workflow.SaveDraftAsync(id, 0, Form($"设备采购{i}", line, share), op);
            plans.Add(id);
        }

        var outcomes = await RaceAsync(Racers, i => Workflow.SubmitForReviewAsync(plans[i], op));

        var reservedBefore = line.Reserved.Yuan;
        await using var db = store.Db();
        var after = await db.BudgetLines.SingleAsync(b => b.Id == line.Id);
        var submitted = await db.Plans.CountAsync(p => plans.Contains(p.Id) && p.Status == PlanStatus.PendingReview);
        Assert.Equal(outcomes.Count(o => o is null), submitted);
        Assert.InRange(submitted, 1, (int)decimal.Floor((line.Amount.Yuan - reservedBefore) / share));
        Assert.Equal(reservedBefore + (submitted * share), after.Reserved.Yuan);
        Assert.True(after.Reserved <= after.Amount);
        Assert.All(outcomes.OfType<Exception>(), e => Assert.IsAssignableFrom<DomainException>(e));
    }

    [Fact]
    public async Task Concurrent_audit_appends_are_all_kept_once_in_one_unbroken_chain()
    {
        var log = store.Get<AuditLog>();
        await using (var db = store.Db())
        {
            Assert.True(await db.AuditEntries.AnyAsync());
        }

        long before;
        await using (var db = store.Db())
        {
            before = await db.AuditEntries.CountAsync();
        }

        var outcomes = await RaceAsync(Racers * 2, i => log.AppendAsync(AuditEventType.AccountEnabled, $"racer-{i}", null, $"并发写入 {i}"));

        Assert.All(outcomes, o => Assert.Null(o));
        await using var check = store.Db();
        var racers = await check.AuditEntries.Where(e => e.Actor.StartsWith("racer-")).Select(e => e.Actor).ToListAsync();
        Assert.Equal(Enumerable.Range(0, Racers * 2).Select(i => $"racer-{i}").Order(), racers.Order());
        Assert.Equal(before + (Racers * 2), await check.AuditEntries.CountAsync());
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    private async Task<BudgetLine> LineAsync(Actor op)
    {
        var year = store.Get<TimeProvider>().TodayInChina().AddDays(40).Year;
        var id = (await store.Get<BudgetLines>().ForUnitAsync(op.OrganizationId!.Value, year))[0].Id;
        await using var db = store.Db();
        return await db.BudgetLines.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    private PlanForm Form(string title, BudgetLine line, decimal yuan) =>
        new(title, store.Get<TimeProvider>().TodayInChina().AddDays(40), null,
            [new PlanItemDraft("A02010104", "台式计算机", 1, "台", Money.FromYuan(yuan), line.Id)], ProcurementRoute.EMallSimpleProcurement, null);

    /// <summary>Starts every racer at once, each on its own thread-pool task, and returns what each threw (null: it succeeded).</summary>
    private static async Task<Exception?[]> RaceAsync(int count, Func<int, Task> racer)
    {
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await racer(i);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}
