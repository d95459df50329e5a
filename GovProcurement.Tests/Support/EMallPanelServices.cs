using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Frameworks;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Support;

/// <summary>What the plan's e-mall panel reads, for component tests of any page that shows it: the plan line balances and the biddings, auctions and call-offs made from it.</summary>
public static class EMallPanelServices
{
    public static IServiceCollection AddEMallPanel(this IServiceCollection services, TestStore store) => services
        .AddSingleton(store.Get<PlanExecution>())
        .AddSingleton(store.Get<BiddingQueries>())
        .AddSingleton(store.Get<AuctionQueries>())
        .AddSingleton(store.Get<FrameworkCallOffs>());
}
