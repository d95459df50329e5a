using ClosedXML.Excel;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Supervision;

public sealed class SupervisionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private TestStore store = default!;
    private SupervisionScenario scenario = default!;
    private readonly SupervisionPeriod year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        scenario = new SupervisionScenario(store.Services);
        await scenario.SeedAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private Task<Actor> ActorAsync(string name) => scenario.Projects.ActorAsync(name);

    [Fact]
    public async Task Heshan_sees_only_its_own_plans_and_Jiangmen_sees_its_counties()
    {
        var queries = store.Get<SupervisionQueries>();
        var heshan = await queries.DashboardAsync(await ActorAsync("440784cz"), year);
        var jiangmen = await queries.DashboardAsync(await ActorAsync("440700cz"), year);

        Assert.Equal(["440784"], heshan.ByRegion.Select(s => s.Key).ToArray());
        Assert.Equal(2, heshan.FiledCount);
        Assert.Equal(Money.FromYuan(2_150_000m), heshan.FiledAmount);
        Assert.Equal(["440700", "440781", "440784"], jiangmen.ByRegion.Select(s => s.Key).ToArray());
        Assert.Equal(4, jiangmen.FiledCount);
        Assert.Equal(Money.FromYuan(300_000m), jiangmen.ByRegion.Single(s => s.Key == "440781").Amount);
        Assert.Equal(Money.FromYuan(2_150_000m + 300_000m), jiangmen.ByRoute.Single(s => s.Key == "EMallSimpleProcurement").Amount);
        Assert.Equal(["Goods", "Services"], jiangmen.ByCategory.Select(s => s.Key).Order().ToArray());

        var drilled = await queries.PlansAsync(await ActorAsync("440700cz"), year, PlanDimension.Region, "440784");
        Assert.Equal(scenario.HeshanPlans.Order(), drilled.Select(p => p.Id).Order());
        Assert.Empty(await queries.PlansAsync(await ActorAsync("440784cz"), year, PlanDimension.Region, "440781"));
        Assert.Empty((await queries.PlansAsync(await ActorAsync("440784cz"), year, PlanDimension.Method, "CompetitiveConsultation")));
    }

    [Fact]
    public async Task Two_emall_plans_for_the_same_item_past_the_threshold_are_flagged_and_a_review_is_kept()
    {
        var exceptions = store.Get<SupervisionExceptions>();
        var heshanCz = await ActorAsync("440784cz");

        var split = Assert.Single(await exceptions.ListAsync(heshanCz), e => e.Kind == ExceptionKind.PossibleSplitting);
        Assert.Equal(Money.FromYuan(2_150_000m), split.Amount);
        Assert.Equal(scenario.HeshanPlans.Order(), split.Records.Select(r => r.Id).Order());
        Assert.Contains("化整为零", split.Detail.Zh);

        await exceptions.ReviewAsync(split.Key, "已约谈单位，第二批为不同校区采购", heshanCz);
        var seenByJiangmen = Assert.Single(await exceptions.ListAsync(await ActorAsync("440700cz")), e => e.Key == split.Key);
        Assert.Equal("440784cz", seenByJiangmen.Review!.ReviewedBy);
        await Assert.ThrowsAsync<DomainException>(() => exceptions.ReviewAsync(split.Key, "again", heshanCz));
        await using var db = store.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Type == AuditEventType.ExceptionReviewed && a.Subject == split.Key));
    }

    [Fact]
    public async Task A_purchaser_late_to_confirm_is_past_its_deadline()
    {
        var projectId = await scenario.Projects.PreparedProjectAsync();
        var deadline = await scenario.Projects.AnnounceAsync(projectId);
        await scenario.Projects.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "a");
        await scenario.Projects.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_510_000m, "b");
        time.SetUtcNow(deadline.AddMinutes(5));
        var agency = await ActorAsync(ProjectScenario.Agency);
        var record = await store.Get<BidOpening>().OpenAsync(projectId, agency);
        var panel = await store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
        await store.Get<ProjectEvaluation>().FinishAsync(projectId,
            record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 50m))).ToList(), [], agency);

        var jiangmen = await ActorAsync("440700cz");
        Assert.DoesNotContain(await store.Get<SupervisionExceptions>().ListAsync(jiangmen), e => e.Kind == ExceptionKind.PastDeadline);
        time.Advance(TimeSpan.FromDays(14));
        var late = Assert.Single(await store.Get<SupervisionExceptions>().ListAsync(jiangmen), e => e.Kind == ExceptionKind.PastDeadline);
        Assert.Contains("未在法定期限内确认", late.Detail.Zh);
        Assert.DoesNotContain(await store.Get<SupervisionExceptions>().ListAsync(await ActorAsync("440784cz")), e => e.Kind == ExceptionKind.PastDeadline);
    }

    [Fact]
    public async Task Every_report_builds_for_the_jurisdiction_and_the_plan_register_holds_its_rows()
    {
        var reports = store.Get<SupervisionReports>();
        var heshan = await ActorAsync("440784cz");
        foreach (var kind in Enum.GetValues<SupervisionReport>())
        {
            var (workbook, _) = await reports.BuildAsync(kind, await ActorAsync("440700cz"), year);
            using var opened = new XLWorkbook(new MemoryStream(workbook));
            Assert.Contains("辖区：广东省 / 江门市", opened.Worksheet(1).Cell(2, 1).GetString());
        }

        var (register, rows) = await reports.BuildAsync(SupervisionReport.PlanRegister, heshan, year);
        Assert.Equal(2, rows);
        using var book = new XLWorkbook(new MemoryStream(register));
        var sheet = book.Worksheet(1);
        var numbers = sheet.Column(1).CellsUsed().Select(c => c.GetString()).Where(s => s.StartsWith("440784-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, numbers.Count);
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().StartsWith("440700-", StringComparison.Ordinal) || c.GetString().StartsWith("440781-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_raw_plan_export_streams_only_the_jurisdictions_rows()
    {
        using var jiangmenFile = new MemoryStream();
        var written = await store.Get<RawExports>().PlansAsync(jiangmenFile, await ActorAsync("440700cz"), null, null, CancellationToken.None);
        using var heshanFile = new MemoryStream();
        var heshanRows = await store.Get<RawExports>().PlansAsync(heshanFile, await ActorAsync("440784cz"), new PlanSlice(year, PlanDimension.Route, "EMallSimpleProcurement"), null, CancellationToken.None);

        Assert.Equal(4, written);
        Assert.Equal(2, heshanRows);
        using var book = new XLWorkbook(new MemoryStream(heshanFile.ToArray()));
        var sheet = book.Worksheet(1);
        Assert.Equal("计划编号", sheet.Cell(1, 1).GetString());
        Assert.Equal("784002", sheet.Cell(2, 4).GetString());
        Assert.Equal(2, sheet.Column(1).CellsUsed().Count(c => c.GetString().StartsWith("440784-", StringComparison.Ordinal)));
    }
}
