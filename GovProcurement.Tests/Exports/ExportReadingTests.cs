using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Supervision;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Exports;

/// <summary>
/// Every export a regulator can start, written as the export queue writes it and read back: each
/// time reads as the Beijing wall time of its stored UTC instant, and no cell shows a code name.
/// The clock stands at 2026-11-27 01:00 UTC, which is 09:00 in Beijing; the bid deadline is 09:30 Beijing time.
/// </summary>
public sealed class ExportReadingTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0);
    private static readonly SupervisionPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private TestStore store = default!;
    private SupervisionScenario scenario = default!;
    private DateTime deadline;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true, time: time);
        scenario = new SupervisionScenario(store.Services);
        await scenario.SeedAsync();
        var projects = scenario.Projects;
        var project = await projects.PreparedProjectAsync();
        deadline = BeijingTime.FromUtc(await projects.AnnounceAsync(project));

        var intentions = store.Get<Intentions>();
        var intention = await intentions.DraftAsync(new IntentionForm("江门市第一中学课桌椅采购", "课桌椅 500 套", Money.FromYuan(300_000m), new DateOnly(2027, 3, 1), true, null),
            await projects.ActorAsync(ProjectScenario.Operator));
        await intentions.PublishAsync(intention, await projects.ActorAsync(ProjectScenario.Reviewer));

        var regulator = await projects.ActorAsync("440700cz");
        var exception = (await store.Get<SupervisionExceptions>().ListAsync(regulator))[0];
        await store.Get<SupervisionExceptions>().ReviewAsync(exception.Key, "已约谈采购单位", regulator);

        // A reverse auction's order in Heshan, as that method hands it over: the e-mall exports have a row.
        var heshan = await new PlanParties(store.Services).LoadAsync(scenario.HeshanPlans[0]);
        var supplier = (await projects.ActorAsync(ProjectScenario.MicroSupplier)).OrganizationId!.Value;
        await using var db = store.Db();
        db.MallOrders.Add(MallOrder.Award(OrderMethod.ReverseAuction,
            new OrderParties(heshan.Id, heshan.Number, heshan.Items[0].Id, 1, heshan.UnitId, "鹤山市第一中学", supplier, "鹤山市南粤办公家具有限公司", heshan.RegionCode),
            [new OrderItem(null, null, "A02010104", "台式计算机", "台", 10, Money.FromYuan(5_000m))], Guid.NewGuid(), "FP-440784-001", "test", time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    /// <summary>Each export kind with the filters its page starts it with.</summary>
    public static TheoryData<ExportKind> Kinds() => new(Enum.GetValues<ExportKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_export_shows_each_time_as_its_Beijing_wall_time(ExportKind kind)
    {
        using var workbook = await WriteAsync(kind);
        var sheet = workbook.Worksheet(1);
        var styled = kind is <= ExportKind.ExceptionsReport or ExportKind.FilingRegister or (>= ExportKind.EMallRegions and <= ExportKind.EMallPriceFlags)
            or ExportKind.ContractRegister or ExportKind.ContractFilingReport or ExportKind.AcceptanceRegister or ExportKind.PaymentRegister
            or ExportKind.ArrearsDisclosure or ExportKind.BondRegister or ExportKind.ChallengeRegister;
        if (styled)
        {
            Assert.Equal("生成时间：2026-11-27 09:00（北京时间）", sheet.Cell(ReportWorkbook.GeneratedRow, 1).GetString());
        }

        var expected = ExpectedTimes(kind);
        var headerRow = styled ? ReportWorkbook.HeaderRow : 1;
        foreach (var (header, value) in expected)
        {
            var column = sheet.Row(headerRow).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
            var cells = sheet.Column(column).CellsUsed().Where(c => c.Address.RowNumber > headerRow && c.DataType == XLDataType.DateTime).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.Equal(value, c.GetDateTime()));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task No_export_cell_shows_a_code_name(ExportKind kind)
    {
        var codeNames = typeof(ExportLabels).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames).ToHashSet(StringComparer.Ordinal);
        using var workbook = await WriteAsync(kind);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();

        Assert.True(cells.Count > 10, $"{kind} wrote only {cells.Count} cells");
        Assert.DoesNotContain(cells, codeNames.Contains);
    }

    [Fact]
    public async Task The_route_reads_as_the_plan_page_label()
    {
        using var workbook = await WriteAsync(ExportKind.RawPlans);
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Contains("委托集中采购机构实施项目采购", cells);
        Assert.Contains("电子卖场简易采购（直购、竞价、反拍）", cells);
    }

    private IReadOnlyList<(string Header, DateTime Value)> ExpectedTimes(ExportKind kind) => kind switch
    {
        ExportKind.RawPlans or ExportKind.PlanSlice => [("创建时间", Now), ("更新时间", Now)],
        ExportKind.RawIntentions => [("公开时间", Now)],
        ExportKind.RawProjects => [("截止及开标时间", deadline), ("委托时间", Now)],
        ExportKind.PlanRegister or ExportKind.FilingRegister => [("更新时间", Now)],
        ExportKind.IntentionRegister => [("公开时间", Now)],
        ExportKind.ProjectRegister => [("投标截止时间", deadline)],
        ExportKind.ExceptionsReport => [("复核时间", Now)],
        ExportKind.RawMallOrders => [("下单时间", Now), ("确认时间", Now)],
        _ => [],
    };

    private async Task<XLWorkbook> WriteAsync(ExportKind kind)
    {
        var filters = kind == ExportKind.PlanSlice
            ? ExportFilters.Of(new PlanSlice(Year, PlanDimension.Route, "EMallSimpleProcurement"))
            : ExportFilters.Of(Year);
        var job = new ExportJob("440700cz", kind, kind.ToString(), $"{kind}.xlsx", filters, time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        return new XLWorkbook(new MemoryStream(output.ToArray()));
    }
}
