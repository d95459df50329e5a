using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.ApiClient;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Web.Mall;

/// <summary>
/// A portal for the e-mall API tests, on the real clock shifted by <see cref="Clock"/> (so a test can jump
/// past a bidding's close), with the demo organisations and keys the administrator issues to them.
/// The parties: 江门市第一中学 files e-mall plans; the three demo suppliers list desktop computers.
/// </summary>
public sealed class MallApiPortal : PortalHost
{
    public const string School = "江门市第一中学";
    public const string OtherSchool = "鹤山市第一中学";
    public const string Small = "江门市华信电脑科技有限公司";
    public const string Micro = "鹤山市南粤办公家具有限公司";
    public const string Medium = "广东粤联物业管理有限公司";
    public const string Regulator = "江门市财政局";

    private readonly SemaphoreSlim arranging = new(1, 1);

    public MallApiPortal() : this(new ShiftedTimeProvider())
    {
    }

    private MallApiPortal(ShiftedTimeProvider clock) : base(null, clock)
    {
        Clock = clock;
        Scenario = new ProjectScenario(Services);
        Mall = new MallScenario(Services, Scenario);
    }

    public ShiftedTimeProvider Clock { get; }

    public ProjectScenario Scenario { get; }

    public MallScenario Mall { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public Task<GovProcurementApiClient> ApiAsync(string organizationName) => IntegrationApiClient.ForOrganizationAsync(this, organizationName, "电子卖场对接（测试）");

    /// <summary>A filed one-line e-mall plan of the school (the demo suppliers' desktops listed the first time).</summary>
    public async Task<ProcurementPlan> FiledPlanAsync(decimal yuan = 50_000m)
    {
        await arranging.WaitAsync();
        try
        {
            return await Mall.FiledPlanAsync(yuan);
        }
        finally
        {
            arranging.Release();
        }
    }

    /// <summary>A listing of the supplier, created, submitted and approved through the use cases.</summary>
    public async Task<Guid> ListedAsync(int supplier, ListingForm form)
    {
        var desk = Get<ListingDesk>();
        var actor = await Mall.SupplierAsync(supplier);
        var id = await desk.CreateAsync(form, actor);
        await desk.SubmitAsync(id, actor);
        await desk.ApproveAsync(id, MallScenario.PlatformAdmin);
        return id;
    }

    /// <summary>A direct purchase the school places with the small supplier (supplier 0) from a new plan.</summary>
    public async Task<MallOrder> PlacedOrderAsync(decimal price = 4_800m, int quantity = 5)
    {
        var plan = await FiledPlanAsync();
        var listing = await ListedAsync(0, ListingScenario.Form(name: "台式电脑（直购）", price: price));
        return await Get<MallOrders>().PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, quantity)]), await Mall.OperatorAsync());
    }

    public static DateTimeOffset Offset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
