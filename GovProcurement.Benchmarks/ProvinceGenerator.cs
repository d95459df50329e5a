using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Benchmarks;

/// <summary>
/// Fills a store with a province's records, deterministic for a seed: budget units in every region
/// of Guangdong, plans with lines and timeline steps over six years (a fifth linked to a published
/// intention), projects from filed plans with their round, lots, sealed bids, offers and lot results.
/// Recent records are still in progress (waiting for filing, evaluated, awarded but not announced);
/// older ones are done, as in a live store.
/// </summary>
public sealed class ProvinceGenerator(GovProcurementDbContext model, DbConnection connection, int plans, int projects, TextWriter log)
{
    public const int UnitsPerRegion = 20;
    public const int Suppliers = 5_000;
    private static readonly DateTime First = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random random = new(20261203);
    private readonly List<(Guid Id, string RegionCode)> units = [];
    private readonly List<(Guid Id, string Name, EnterpriseScale Scale)> suppliers = [];
    private readonly List<FiledPlan> filed = [];

    private sealed record FiledPlan(Guid Id, Guid UnitId, string RegionCode, string Title, Money Total, string Code, DateTime FiledUtc, ProcurementMethod Method);

    public async Task RunAsync(Guid agencyId)
    {
        await TimedAsync("organisations", OrganisationsAsync);
        await TimedAsync("plans", PlansAsync);
        await TimedAsync("projects", () => ProjectsAsync(agencyId));
    }

    private async Task TimedAsync(string what, Func<Task> step)
    {
        var started = Stopwatch.GetTimestamp();
        await step();
        log.WriteLine($"  {what}: {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private async Task OrganisationsAsync()
    {
        await using var budgetUnits = await BulkTableWriter.OpenAsync(model, connection, typeof(BudgetUnit),
            "Id", "Name", "RegionCode", "CreatedUtc", "BudgetCode", "FiscalLevel");
        var n = 0;
        foreach (var region in RegionDirectory.Guangdong.All.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            for (var i = 0; i < UnitsPerRegion; i++)
            {
                var id = Guid.NewGuid();
                units.Add((id, region.Code));
                await budgetUnits.AddAsync(id, $"{region.Name}基准单位{i + 1:D2}", region.Code, First, $"BENCH{n++:D7}", region.Level);
            }
        }

        await using var supplierRows = await BulkTableWriter.OpenAsync(model, connection, typeof(Supplier), "Id", "Name", "RegionCode", "CreatedUtc", "CreditCode", "Scale");
        EnterpriseScale[] scales = [EnterpriseScale.Large, EnterpriseScale.Medium, EnterpriseScale.Small, EnterpriseScale.Small, EnterpriseScale.Micro];
        var regions = RegionDirectory.Guangdong.All.Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        for (var i = 0; i < Suppliers; i++)
        {
            var id = Guid.NewGuid();
            var scale = scales[i % scales.Length];
            var name = $"基准供应商{i + 1:D5}有限公司";
            suppliers.Add((id, name, scale));
            await supplierRows.AddAsync(id, name, regions[i % regions.Count], First, $"9B{i:D16}", scale);
        }
    }

    private async Task PlansAsync()
    {
        var codes = CatalogueDirectory.Shipped.All.Select(c => (c.Code, c.Name)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        ProcurementRoute[] routes = Enum.GetValues<ProcurementRoute>();
        ProcurementMethod[] methods = Enum.GetValues<ProcurementMethod>();
        await using var planRows = await BulkTableWriter.OpenAsync(model, connection, typeof(ProcurementPlan),
            "Id", "Number", "UnitId", "RegionCode", "FiscalYear", "Title", "ExpectedStart", "IntentionId", "Route", "Method", "Status", "Total", "GoodsTotal", "WorksTotal", "ServicesTotal", "BudgetReserved", "CreatedBy", "CreatedUtc", "UpdatedUtc", "FiledUtc");
        await using var itemRows = await BulkTableWriter.OpenAsync(model, connection, typeof(PlanItem),
            "Id", "PlanId", "LineNumber", "CatalogueCode", "CatalogueName", "Quantity", "UnitOfMeasure", "Amount");
        await using var eventRows = await BulkTableWriter.OpenAsync(model, connection, typeof(PlanEvent),
            "Id", "PlanId", "Action", "FromStatus", "ToStatus", "Actor", "AtUtc");
        await using var intentionRows = await BulkTableWriter.OpenAsync(model, connection, typeof(ProcurementIntention),
            "Id", "UnitId", "RegionCode", "ProjectName", "RequirementSummary", "Budget", "ExpectedMonth", "Status", "CreatedBy", "CreatedUtc", "PublishedBy", "PublishedUtc");
        var span = (Last - First).Ticks;
        // A share of the filed plans (about 88 in 100 are filed) becomes projects, spread over the same years.
        var projectShare = Math.Min(1.0, projects / (plans * 0.86));
        for (var i = 0; i < plans; i++)
        {
            var unit = units[random.Next(units.Count)];
            var id = Guid.NewGuid();
            var created = First.AddTicks(span / plans * i + random.Next(0, 3_600_000) * 10_000L);
            var start = DateOnly.FromDateTime(created.AddDays(20 + random.Next(60)));
            var status = StatusOf(created, out var submitted, out var filedUtc);
            var method = methods[random.Next(methods.Length)];
            var route = routes[2 + random.Next(routes.Length - 2)];
            var lines = random.Next(3) == 0 ? 2 : 1;
            var amounts = Enumerable.Range(0, lines).Select(_ => Money.FromYuan(random.Next(5, 3_000) * 1_000m)).ToList();
            var total = amounts.Aggregate(Money.Zero, (a, b) => a + b);
            var code = codes[random.Next(40)];
            var lineCodes = Enumerable.Range(0, lines).Select(line => line == 0 ? code : codes[random.Next(codes.Count)]).ToList();
            Money CategoryTotal(ProcurementCategory category) => lineCodes.Select((c, line) => (c, line))
                .Where(x => CatalogueDirectory.Shipped.Find(x.c.Code)?.Category == category).Aggregate(Money.Zero, (sum, x) => sum + amounts[x.line]);
            Guid? intentionId = i % 5 == 0 && status == PlanStatus.Filed ? Guid.NewGuid() : null;
            var title = $"{code.Name}采购项目 {i}";
            await planRows.AddAsync(id, $"{unit.RegionCode}-{start.Year}-P{i:D10}", unit.Id, unit.RegionCode, start.Year, title, start, intentionId,
                route, method, status, total, CategoryTotal(ProcurementCategory.Goods), CategoryTotal(ProcurementCategory.Works), CategoryTotal(ProcurementCategory.Services), status != PlanStatus.Draft, "bench", created, filedUtc ?? submitted ?? created, filedUtc);
            for (var line = 0; line < lines; line++)
            {
                await itemRows.AddAsync(Guid.NewGuid(), id, line + 1, lineCodes[line].Code, lineCodes[line].Name, 1m, "项", amounts[line]);
            }

            await eventRows.AddAsync(Guid.NewGuid(), id, PlanAction.Created, PlanStatus.Draft, PlanStatus.Draft, "bench", created);
            if (submitted is { } approved)
            {
                await eventRows.AddAsync(Guid.NewGuid(), id, PlanAction.ApprovedAndSubmitted, PlanStatus.PendingReview, PlanStatus.PendingFiling, "bench", approved);
            }

            if (filedUtc is { } filing)
            {
                await eventRows.AddAsync(Guid.NewGuid(), id, PlanAction.Filed, PlanStatus.PendingFiling, PlanStatus.Filed, "bench", filing);
                if (random.NextDouble() < projectShare && filed.Count < projects)
                {
                    filed.Add(new FiledPlan(id, unit.Id, unit.RegionCode, title, total, code.Code, filing, method));
                }
            }

            if (intentionId is { } intention)
            {
                // Published 10 to 60 days before the start: some fewer days than the rule asks.
                var published = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-10 - random.Next(50));
                await intentionRows.AddAsync(intention, unit.Id, unit.RegionCode, title, "基准测试采购需求概况", total, new DateOnly(start.Year, start.Month, 1),
                    IntentionStatus.Published, "bench", published.AddDays(-3), "bench", published);
            }
        }

        log.WriteLine($"    {planRows.Count:N0} plans, {itemRows.Count:N0} lines, {eventRows.Count:N0} steps, {intentionRows.Count:N0} intentions");
    }

    /// <summary>Older plans are filed (a few cancelled or returned); the last two months hold the ones under way.</summary>
    private PlanStatus StatusOf(DateTime created, out DateTime? submitted, out DateTime? filedUtc)
    {
        submitted = filedUtc = null;
        var roll = random.Next(100);
        var recent = created > Last.AddDays(-60);
        if (roll < 4)
        {
            return PlanStatus.Cancelled;
        }

        if (roll < 8)
        {
            return recent ? PlanStatus.Draft : PlanStatus.Returned;
        }

        submitted = created.AddDays(1 + random.Next(5));
        if (recent && roll < 40)
        {
            return roll < 20 ? PlanStatus.PendingReview : PlanStatus.PendingFiling;
        }

        filedUtc = submitted.Value.AddDays(1 + random.Next(6));
        return PlanStatus.Filed;
    }

    private async Task ProjectsAsync(Guid agencyId)
    {
        await using var projectRows = await BulkTableWriter.OpenAsync(model, connection, typeof(ProcurementProject),
            "Id", "Number", "PlanId", "PurchaserId", "AgencyId", "RegionCode", "Title", "Category", "Method", "Budget", "Status", "ReservedForSme",
            "PriceWeightBasisPoints", "DecidedUtc", "ResultPublishedUtc", "Round", "CreatedUtc", "UpdatedUtc");
        await using var roundRows = await BulkTableWriter.OpenAsync(model, connection, typeof(ProcurementRound),
            "Id", "ProjectId", "Number", "Method", "Scoring", "AnnouncedUtc", "DeadlineUtc", "OpenedUtc", "EvaluatedUtc", "StartedUtc");
        await using var lotRows = await BulkTableWriter.OpenAsync(model, connection, typeof(ProjectLot),
            "Id", "ProjectId", "Number", "Name", "CatalogueCode", "Budget", "MaxPrice", "Requirements");
        await using var bidRows = await BulkTableWriter.OpenAsync(model, connection, typeof(Bid),
            "Id", "ProjectId", "Round", "SupplierId", "Status", "Size", "Digest", "SubmittedBy", "SubmittedUtc", "OpenedUtc");
        await using var offerRows = await BulkTableWriter.OpenAsync(model, connection, typeof(BidOffer), "Id", "BidId", "LotNumber", "Price");
        await using var resultRows = await BulkTableWriter.OpenAsync(model, connection, typeof(LotResult),
            "Id", "ProjectId", "Round", "LotNumber", "RankingJson", "RankedBids", "FailReason", "WinnerSupplierId", "WinningPrice", "RecordedUtc");
        for (var i = 0; i < filed.Count; i++)
        {
            var plan = filed[i];
            var id = Guid.NewGuid();
            var announced = plan.FiledUtc.AddDays(3);
            var deadline = announced.AddDays(20);
            var evaluated = deadline.AddHours(4);
            var decided = evaluated.AddDays(3);
            var published = decided.AddDays(1);
            var recent = evaluated > Last.AddDays(-20);
            var status = recent && i % 4 == 0 ? ProjectStatus.Evaluated : ProjectStatus.Awarded;
            var unannounced = status == ProjectStatus.Awarded && (recent ? i % 4 == 1 : i % 500 == 0);
            await projectRows.AddAsync(id, $"GDZC-{announced.Year}-{i:D8}", plan.Id, plan.UnitId, agencyId, plan.RegionCode, plan.Title,
                CategoryOf(plan.Code), plan.Method, plan.Total, status, i % 3 == 0, 3000,
                status == ProjectStatus.Awarded ? decided : null, status == ProjectStatus.Awarded && !unannounced ? published : null, 1, plan.FiledUtc, decided);
            await roundRows.AddAsync(Guid.NewGuid(), id, 1, plan.Method, ScoringMethod.LowestEvaluatedPrice, announced, deadline, deadline, evaluated, announced);
            var lots = i % 4 == 0 ? 2 : 1;
            var bidders = i % 20 == 0 ? 1 : 3 + random.Next(3);
            var bidding = Enumerable.Range(0, bidders).Select(_ => suppliers[random.Next(suppliers.Count)]).DistinctBy(s => s.Id).ToList();
            var bids = bidding.Select(s => (Supplier: s, BidId: Guid.NewGuid())).ToList();
            foreach (var bid in bids)
            {
                await bidRows.AddAsync(bid.BidId, id, 1, bid.Supplier.Id, BidStatus.Opened, 4096L, new string('0', 64), "bench", deadline.AddDays(-1), deadline);
            }

            for (var lot = 1; lot <= lots; lot++)
            {
                var budget = new Money(plan.Total.Fen / lots);
                await lotRows.AddAsync(Guid.NewGuid(), id, lot, $"第 {lot} 包", plan.Code, budget, budget, "基准测试需求");
                var prices = bids.Select(b => (b.Supplier, b.BidId, Price: new Money(budget.Fen * (80 + random.Next(20)) / 100))).OrderBy(b => b.Price).ToList();
                foreach (var offer in prices)
                {
                    await offerRows.AddAsync(Guid.NewGuid(), offer.BidId, lot, offer.Price);
                }

                var ranking = prices.Select((b, rank) => new RankedBid(rank + 1, b.BidId, b.Supplier.Id, b.Supplier.Name, b.Supplier.Scale, b.Price, b.Price, 100m, 0m, 100m)).ToList();
                var winner = status == ProjectStatus.Awarded ? ranking[0] : null;
                await resultRows.AddAsync(Guid.NewGuid(), id, 1, lot, JsonSerializer.Serialize(ranking), ranking.Count, null, winner?.SupplierId, winner?.Price, evaluated);
            }
        }

        log.WriteLine($"    {projectRows.Count:N0} projects, {lotRows.Count:N0} lots, {bidRows.Count:N0} bids, {offerRows.Count:N0} offers, {resultRows.Count:N0} lot results");
    }

    private static ProcurementCategory CategoryOf(string code) => CatalogueDirectory.Shipped.Find(code)?.Category ?? ProcurementCategory.Goods;
}
