using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>
/// The mall scenario's filed desktop plan with reverse auctions posted from it, opened by the
/// platform's step and bid on by the three demo suppliers (each with an approved desktop listing).
/// </summary>
public sealed class AuctionScenario(IServiceProvider services, ProjectScenario scenario, TimeProvider time)
{
    public MallScenario Mall { get; } = new(services, scenario);

    public ReverseAuctions Auctions => services.GetRequiredService<ReverseAuctions>();

    public Task<Actor> OperatorAsync() => Mall.OperatorAsync();

    public Task<Actor> SupplierAsync(int i) => Mall.SupplierAsync(i);

    public DateTime Now => time.UtcNow();

    public static AuctionRequirement Requirement(ProcurementPlan plan, decimal ceiling, DateTime opensUtc, decimal step = 100m, int minutes = 60) =>
        new(plan.Id, plan.Items[0].Id, "教研室台式计算机反拍", [new AuctionItemDraft("A02010104", "台式计算机", 10, "台", "i5 / 16G / 512G SSD")], ceiling, step, opensUtc, minutes);

    /// <summary>An auction posted now, starting 24 hours later (the shipped lead), lasting an hour.</summary>
    public async Task<ReverseAuction> PostedAsync(ProcurementPlan plan, decimal ceiling = 40_000m) =>
        await Auctions.PostAsync(Requirement(plan, ceiling, Now.AddHours(24)), await OperatorAsync());

    /// <summary>Bids in turn, one per price, by the demo suppliers given (by index).</summary>
    public async Task BidAsync(ReverseAuction auction, params (int Supplier, decimal Price)[] bids)
    {
        foreach (var (supplier, price) in bids)
        {
            await Auctions.BidAsync(auction.Id, new BidForm(price), await SupplierAsync(supplier));
        }
    }
}
