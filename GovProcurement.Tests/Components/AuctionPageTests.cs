using System.Security.Claims;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Components.Workspaces.Mall.Auctions;
using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Mall.Auctions;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The live auction page on a fake clock: it re-renders on the auction's signal alone, shows a bidder
/// the lowest price, its own place and the time left as the end moves, never another bidder's name,
/// and the purchaser the price and the count, with names only after the close.
/// </summary>
public sealed class AuctionPageTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<AuctionQueries>());
        Services.AddSingleton(Store.Get<ReverseAuctions>());
        Services.AddSingleton(Store.Get<ILiveSignals>());
        Services.AddScoped<CurrentActor>();
    }

    private AuctionScenario Scenario => new(Store.Services, new ProjectScenario(Store.Services), Time);

    private async Task<(AuctionScenario Scenario, ReverseAuction Auction)> OpenAuctionAsync()
    {
        var scenario = Scenario;
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await scenario.PostedAsync(plan);
        Time.Advance(TimeSpan.FromHours(24));
        await scenario.Auctions.TakeDueAsync();
        return (scenario, auction);
    }

    private void SignIn(Actor actor) =>
        AddAuthorization().SetAuthorized(actor.UserName).SetRoles([.. actor.Roles]).SetClaims(new Claim(PortalClaims.OrganizationId, actor.OrganizationId!.Value.ToString()));

    private static string Text(IRenderedComponent<AuctionPage> page, string testId) => page.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public async Task A_bidder_sees_its_place_fall_and_the_end_move_when_a_rival_bids_without_reloading_and_never_the_rivals_name()
    {
        var (scenario, auction) = await OpenAuctionAsync();
        var first = await scenario.SupplierAsync(0);
        await scenario.BidAsync(auction, (0, 39_000m));
        SignIn(first);
        Render<MudSnackbarProvider>();
        var page = Render<AuctionPage>(p => p.Add(x => x.Id, auction.Id));
        page.WaitForAssertion(() => Assert.Equal("贵公司排名：第 1 名（最低报价 ¥39,000.00）", Text(page, "own-rank")));
        Assert.Equal("剩余时间：01:00:00", Text(page, "time-left"));

        Time.Advance(TimeSpan.FromMinutes(57));
        await scenario.BidAsync(auction, (1, 38_000m));

        page.WaitForAssertion(() => Assert.Equal("贵公司排名：第 2 名（最低报价 ¥39,000.00）", Text(page, "own-rank")));
        Assert.Equal("当前最低价：¥38,000.00", Text(page, "lowest-price"));
        Assert.Equal("剩余时间：00:08:00", Text(page, "time-left"));
        Assert.Contains("已延时 1/6 次", Text(page, "closes-at"));
        Assert.DoesNotContain("南粤", page.Markup, StringComparison.Ordinal);
        Assert.Contains("不高于 ¥37,900.00", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_purchaser_sees_the_price_and_the_count_live_and_the_names_once_the_clock_has_closed_it()
    {
        var (scenario, auction) = await OpenAuctionAsync();
        SignIn(await scenario.OperatorAsync());
        var page = Render<AuctionPage>(p => p.Add(x => x.Id, auction.Id));
        page.WaitForAssertion(() => Assert.Equal("当前最低价：暂无报价", Text(page, "lowest-price")));
        Assert.Empty(page.FindAll("input"));

        await scenario.BidAsync(auction, (0, 39_000m), (1, 38_000m), (2, 37_000m));
        page.WaitForAssertion(() => Assert.Equal("参与供应商 3 家，共 3 次报价", Text(page, "bidder-count")));
        Assert.Empty(page.FindAll("[data-testid=bidders]"));

        Time.Advance(TimeSpan.FromMinutes(60));
        await scenario.Auctions.TakeDueAsync();

        page.WaitForAssertion(() => Assert.Equal("已成交", Text(page, "auction-status")));
        Assert.Contains("成交价 ¥37,000.00", Text(page, "auction-outcome"));
        var rows = page.FindAll("[data-testid=bidders] tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("已阅反拍结果", page.Markup, StringComparison.Ordinal);
    }
}
