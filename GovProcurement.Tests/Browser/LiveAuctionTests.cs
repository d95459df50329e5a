using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Tests.Mall.Auctions;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovProcurement.Tests.Browser;

/// <summary>A portal whose clock the test can move to an auction's start and near its end; the portal's own auction clock opens and closes it.</summary>
public sealed class LiveAuctionFixture : BrowserFixture
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override TimeProvider? Time => Clock;
}

/// <summary>
/// Two suppliers bid live from two browser contexts while the purchaser watches from a third: each
/// sees its place change without reloading, a late bid moves the end for everyone, and the portal's
/// clock closes the auction on server time, after which each sees the result on its own screen.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class LiveAuctionTests(LiveAuctionFixture browser) : IClassFixture<LiveAuctionFixture>
{
    private async Task<IPage> SignedInAsync(string userName, string initialPassword, string path)
    {
        var page = await browser.NewPageAsync();
        await page.SignInFirstTimeAsync(userName, initialPassword);
        await page.WaitForSignedInAsync();
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static async Task BidAsync(IPage page, string price)
    {
        var field = page.GetByLabel("报价金额（元）", new() { Exact = true });
        await field.FillAsync(price);
        await field.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交报价", Exact = true }).ClickAsync();
    }

    /// <summary>Moves the portal's clock so that <paramref name="atUtc"/> is now, and tells its auction clock the schedule moved (a real deployment's clock never jumps).</summary>
    private void MoveClockTo(DateTime atUtc, Guid auctionId)
    {
        browser.Clock.Offset += atUtc - browser.Clock.GetUtcNow().UtcDateTime;
        browser.Host.Get<ILiveSignals>().Publish(ReverseAuctions.Topic, auctionId);
    }

    private async Task<ReverseAuction> StoredAsync(Guid id)
    {
        await using var db = await browser.Host.Get<IDbContextFactory<GovProcurement.Domain.Persistence.GovProcurementDbContext>>().CreateDbContextAsync();
        return await db.ReverseAuctions.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    [Fact]
    public async Task Two_suppliers_bid_live_a_late_bid_extends_the_clock_and_both_see_the_result_after_the_server_closes_it()
    {
        var scenario = new AuctionScenario(browser.Host.Services, new ProjectScenario(browser.Host.Services), browser.Clock);
        var plan = await scenario.Mall.FiledPlanAsync(50_000m);
        var auction = await scenario.PostedAsync(plan, 40_000m);
        var path = $"/mall/auctions/{auction.Id}";
        var purchaser = await SignedInAsync(ProjectScenario.Operator, "101002", path);
        await Expect(purchaser.GetByTestId("auction-status")).ToHaveTextAsync("待开始");

        MoveClockTo(auction.OpensUtc, auction.Id);
        await Expect(purchaser.GetByTestId("auction-status")).ToHaveTextAsync("竞价中");
        // The third bidder, so that the auction has its minimum: through the use case, unseen.
        await scenario.BidAsync(auction, (2, 39_500m));
        await Expect(purchaser.GetByTestId("bidder-count")).ToHaveTextAsync("参与供应商 1 家，共 1 次报价");

        var first = await SignedInAsync(MallScenarioAccounts.First, "a123456-", path);
        var second = await SignedInAsync(MallScenarioAccounts.Second, "a123456-", path);
        await BidAsync(first, "39000");
        await Expect(first.GetByTestId("own-rank")).ToContainTextAsync("第 1 名");
        await BidAsync(second, "38900");
        await Expect(second.GetByTestId("own-rank")).ToContainTextAsync("第 1 名");
        await Expect(first.GetByTestId("own-rank")).ToContainTextAsync("第 2 名");
        await Expect(first.GetByTestId("lowest-price")).ToHaveTextAsync("当前最低价：¥38,900.00");
        await Expect(purchaser.GetByTestId("bidder-count")).ToHaveTextAsync("参与供应商 3 家，共 3 次报价");
        await Expect(first.GetByText("鹤山市南粤办公家具有限公司")).ToHaveCountAsync(0);

        // Two minutes before the end: the late bid moves it for everyone.
        MoveClockTo(auction.ClosesUtc.AddMinutes(-2), auction.Id);
        await BidAsync(first, "38800");
        await Expect(first.GetByTestId("own-rank")).ToContainTextAsync("第 1 名");
        await Expect(second.GetByTestId("own-rank")).ToContainTextAsync("第 2 名");
        foreach (var page in new[] { first, second, purchaser })
        {
            await Expect(page.GetByTestId("closes-at")).ToContainTextAsync("已延时 1/6 次");
        }

        // A few seconds before the moved end; from here the server's own clock closes it.
        var moved = await StoredAsync(auction.Id);
        Assert.Equal(auction.ClosesUtc.AddMinutes(5), moved.ClosesUtc);
        MoveClockTo(moved.ClosesUtc.AddSeconds(-3), auction.Id);

        await Expect(first.GetByTestId("own-outcome")).ToHaveTextAsync("贵公司为成交供应商，订单已生成。");
        await Expect(second.GetByTestId("own-outcome")).ToHaveTextAsync("贵公司未成交。");
        await Expect(second.GetByTestId("auction-outcome")).ToContainTextAsync("成交价 ¥38,800.00");
        await Expect(purchaser.GetByTestId("auction-status")).ToHaveTextAsync("已成交");
        await Expect(purchaser.GetByTestId("bidders").GetByText("江门市华信电脑科技有限公司")).ToBeVisibleAsync();
        Assert.True((await StoredAsync(auction.Id)).ClosedUtc >= moved.ClosesUtc);
    }
}

/// <summary>The demo suppliers who bid from the browser: the small one (江门市华信) and the micro one (鹤山市南粤).</summary>
internal static class MallScenarioAccounts
{
    public const string First = ProjectScenario.SmallSupplier;
    public const string Second = ProjectScenario.MicroSupplier;
}
