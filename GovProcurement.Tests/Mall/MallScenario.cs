using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Mall;

/// <summary>
/// 江门市第一中学 files a one-line e-mall plan for desktop computers and posts biddings from it; the
/// three demo suppliers, each with an approved desktop listing (the condition for quoting), quote.
/// Everything through the use cases.
/// </summary>
public sealed class MallScenario(IServiceProvider services, ProjectScenario scenario)
{
    public static readonly string[] Suppliers = [ProjectScenario.SmallSupplier, ProjectScenario.MicroSupplier, ProjectScenario.MediumSupplier];

    public OnlineBiddings Biddings => services.GetRequiredService<OnlineBiddings>();

    public Task<Actor> OperatorAsync() => scenario.ActorAsync(ProjectScenario.Operator);

    public Task<Actor> SupplierAsync(int i) => scenario.ActorAsync(Suppliers[i]);

    public static readonly Actor PlatformAdmin = new("admin", null, new HashSet<string> { Roles.PlatformAdmin });

    private bool listed;

    /// <summary>Files the plan; the first time, the demo suppliers list a desktop computer (created, submitted, approved).</summary>
    public async Task<ProcurementPlan> FiledPlanAsync(decimal yuan = 50_000m, ProcurementRoute route = ProcurementRoute.EMallSimpleProcurement, ProcurementMethod? method = null)
    {
        await ListDesktopsAsync();
        var id = await scenario.FilePlanAsync(await OperatorAsync(), await scenario.ActorAsync(ProjectScenario.Reviewer), await scenario.ActorAsync(ProjectScenario.Regulator),
            "教研室电脑采购", "A02010104", "台式计算机", yuan, route, method);
        return await new PlanParties(services).LoadAsync(id);
    }

    /// <summary>Each demo supplier lists a desktop computer under A02010104, approved by the platform administrator; once per scenario.</summary>
    public async Task ListDesktopsAsync()
    {
        if (listed)
        {
            return;
        }

        var desk = services.GetRequiredService<ListingDesk>();
        for (var i = 0; i < Suppliers.Length; i++)
        {
            var supplier = await SupplierAsync(i);
            var id = await desk.CreateAsync(ListingScenario.Form(name: $"台式电脑{i + 1}", price: 4_800m + i * 100m), supplier);
            await desk.SubmitAsync(id, supplier);
            await desk.ApproveAsync(id, PlatformAdmin);
        }

        listed = true;
    }

    public static BiddingRequirement Requirement(ProcurementPlan plan, decimal ceiling, DateTime opensUtc, TimeSpan? window = null) =>
        new(plan.Id, plan.Items[0].Id, "教研室台式计算机竞价", [new BiddingItemDraft("A02010104", "台式计算机", 10, "台", "i5 / 16G / 512G SSD")], ceiling, "江门市第一中学",
            BeijingTime.Day(opensUtc).AddDays(20), opensUtc, opensUtc + (window ?? TimeSpan.FromHours(48)));

    /// <summary>A bidding posted now with the given quotes, one per demo supplier in order.</summary>
    public async Task<OnlineBidding> QuotedAsync(ProcurementPlan plan, DateTime nowUtc, decimal ceiling, params decimal[] prices)
    {
        var bidding = await Biddings.PostAsync(Requirement(plan, ceiling, nowUtc), await OperatorAsync());
        for (var i = 0; i < prices.Length; i++)
        {
            await Biddings.QuoteAsync(bidding.Id, new QuoteForm(prices[i]), await SupplierAsync(i));
        }

        return bidding;
    }
}
