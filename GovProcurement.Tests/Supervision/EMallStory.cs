using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Supervision;

/// <summary>
/// E-mall activity with known numbers across Jiangmen (city level), Heshan and Taishan, on the
/// supervision scenario's plans. Jiangmen 一中: an online bidding awarded at 36,500 under a 40,000
/// ceiling (plan line 50,000, the micro supplier), a bidding failed with two quotes, a direct purchase
/// of 9,600 (line 10,000, the small supplier) and an old-platform record of 400 on that line; a listing
/// at 9,000 among peers at 4,800–5,000 (a price flag). Heshan: a reverse auction order of 1,000,000
/// (line 1,100,000, the medium supplier) and a declined direct purchase that does not count. Taishan:
/// a framework call-off of 200,000 for desks (line 300,000, a large supplier). The bidding, the direct
/// purchase and the record go through the use cases; the reverse auction and the call-off are recorded
/// as the orders those methods end in (their areas hand over <see cref="MallOrder.Award"/>).
/// </summary>
public sealed class EMallStory(IServiceProvider services, ProjectScenario scenario, TimeProvider time)
{
    public SupervisionScenario Supervision { get; } = new(services);

    public MallScenario Mall { get; } = new(services, scenario);

    public Guid FailedBiddingId { get; private set; }

    public Guid LargeSupplierId { get; private set; }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Moves the story's clock: a fake one in the domain tests, the shifted system clock in a browser test.</summary>
    private void Advance(TimeSpan by)
    {
        switch (time)
        {
            case FakeTimeProvider fake:
                fake.Advance(by);
                break;
            case ShiftedTimeProvider shifted:
                shifted.Offset += by;
                break;
            default:
                throw new InvalidOperationException("The story needs a clock it can move.");
        }
    }

    /// <summary>Tells the story; the Taishan call-off goes to <paramref name="largeSupplierId"/>, or to a large supplier made here.</summary>
    public async Task TellAsync(Guid? largeSupplierId = null)
    {
        LargeSupplierId = largeSupplierId ?? await LargeSupplierAsync();
        await Supervision.SeedAsync();
        var awarded = await Mall.FiledPlanAsync(50_000m);
        var failing = await Mall.FiledPlanAsync(30_000m);
        var direct = await Mall.FiledPlanAsync(10_000m);
        var op = await Mall.OperatorAsync();

        var small = await Mall.SupplierAsync(0);
        var desk = services.GetRequiredService<ListingDesk>();
        var expensive = await desk.CreateAsync(ListingScenario.Form(name: "高配台式电脑", price: 9_000m), small);
        await desk.SubmitAsync(expensive, small);
        await desk.ApproveAsync(expensive, MallScenario.PlatformAdmin);

        var orders = services.GetRequiredService<MallOrders>();
        Guid cheapest;
        await using (var db = Db())
        {
            cheapest = await db.Listings.Where(l => l.SupplierId == small.OrganizationId && l.Id != expensive).Select(l => l.Id).SingleAsync();
        }

        var placed = await orders.PlaceAsync(new CartForm(direct.Id, direct.Items[0].Id, [new CartLine(cheapest, 2)]), op);
        await orders.ConfirmAsync(placed.Id, small);
        await services.GetRequiredService<PlanExecution>().RecordOldPlatformAsync(direct.Id,
            new OldPlatformForm(direct.Items[0].Id, "JM-OLD-2026-001", 400m, BeijingTime.Day(Now)), op);

        var bidding = await QuotedAsync(awarded, 40_000m, 39_000m, 36_500m, 38_000m);
        FailedBiddingId = (await QuotedAsync(failing, 20_000m, 19_000m, 18_000m)).Id;
        Advance(TimeSpan.FromHours(49));
        await Mall.Biddings.DecideDueAsync();
        await Mall.Biddings.ConfirmAsync(bidding.Id, await Mall.SupplierAsync(1));

        var heshan = await PlanAsync(Supervision.HeshanPlans[0]);
        await AwardAsync(OrderMethod.ReverseAuction, heshan, await SupplierIdAsync(ProjectScenario.MediumSupplier), "A02010104", "台式计算机", 100, 10_000m, Now);
        await using (var db = Db())
        {
            var declined = MallOrder.Place(Parties(heshan, await SupplierIdAsync(ProjectScenario.MicroSupplier), "鹤山市南粤办公家具有限公司"),
                [new OrderItem(null, null, "A02010104", "台式计算机", "台", 10, Money.FromYuan(5_000m))], TimeSpan.FromHours(72), "测试", "test", Now);
            declined.Decline("库存不足", Now);
            db.MallOrders.Add(declined);
            await db.SaveChangesAsync();
        }

        await AwardAsync(OrderMethod.FrameworkCallOff, await PlanAsync(Supervision.TaishanPlan), LargeSupplierId, "A060205", "木制台、桌类", 200, 1_000m, Now);
    }

    /// <summary>A bidding open from now for 49 hours (a minute above the rule's 48, so a running clock still passes), quoted by the demo suppliers in order.</summary>
    private async Task<OnlineBidding> QuotedAsync(ProcurementPlan plan, decimal ceiling, params decimal[] prices)
    {
        var bidding = await Mall.Biddings.PostAsync(MallScenario.Requirement(plan, ceiling, Now, TimeSpan.FromHours(49)), await Mall.OperatorAsync());
        for (var i = 0; i < prices.Length; i++)
        {
            await Mall.Biddings.QuoteAsync(bidding.Id, new QuoteForm(prices[i]), await Mall.SupplierAsync(i));
        }

        return bidding;
    }

    /// <summary>Records an order as a competitive method hands it over, confirmed at <paramref name="atUtc"/>.</summary>
    public async Task<MallOrder> AwardAsync(OrderMethod method, ProcurementPlan plan, Guid supplierId, string code, string name, int quantity, decimal unitYuan, DateTime atUtc)
    {
        await using var db = Db();
        var order = MallOrder.Award(method, Parties(plan, supplierId, "供应商"), [new OrderItem(null, null, code, name, "件", quantity, Money.FromYuan(unitYuan))],
            Guid.NewGuid(), $"SRC-{Guid.NewGuid():N}"[..16], "test", atUtc);
        db.MallOrders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    private async Task<Guid> LargeSupplierAsync()
    {
        await using var db = Db();
        var region = await db.Regions.SingleAsync(r => r.Code == "440703");
        var large = new Supplier("广东大型电子设备集团有限公司", region, SupplierLibrary.SupplierLibraryTests.WithCheck("91440703MA53X8Y2L"), EnterpriseScale.Large, Now);
        db.Organizations.Add(large);
        await db.SaveChangesAsync();
        return large.Id;
    }

    public Task<ProcurementPlan> PlanAsync(Guid id) => new PlanParties(services).LoadAsync(id);

    private static OrderParties Parties(ProcurementPlan plan, Guid supplierId, string supplierName) =>
        new(plan.Id, plan.Number, plan.Items[0].Id, plan.Items[0].LineNumber, plan.UnitId, "采购单位", supplierId, supplierName, plan.RegionCode);

    private async Task<Guid> SupplierIdAsync(string userName) => (await scenario.ActorAsync(userName)).OrganizationId!.Value;

    private GovProcurementDbContext Db() => services.GetRequiredService<IDbContextFactory<GovProcurementDbContext>>().CreateDbContext();
}
