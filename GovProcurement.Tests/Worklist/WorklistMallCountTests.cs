using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Worklist;
using GovProcurement.Tests.Mall;
using GovProcurement.Tests.Mall.Auctions;
using GovProcurement.Tests.Mall.Frameworks;

namespace GovProcurement.Tests.Worklists;

/// <summary>
/// Sixty waiting items of each e-mall competition count sixty in the navigation while the list shows its
/// cap: decided biddings whose result the unit reads, open auctions a listed supplier may join, and second
/// competitions an admitted supplier may quote in; and the counts never load the rows.
/// </summary>
public sealed class WorklistMallCountTests : WorklistSourceCounts
{
    [Fact]
    public async Task Sixty_decided_biddings_count_sixty_results_to_read_for_the_units_operator()
    {
        var mall = new MallScenario(Store.Services, Scenario);
        var op = await mall.OperatorAsync();
        var plan = await mall.FiledPlanAsync();
        var terms = await mall.Biddings.TermsAsync(plan.RegionCode);
        await AssertCountedWholeAsync(op, WorkKind.ReadBiddingResult, "OnlineBiddings", async () =>
        {
            await using var db = Store.Db();
            for (var i = 0; i < Waiting; i++)
            {
                var now = Time.UtcNow();
                var bidding = new OnlineBidding(plan.Id, plan.Items[0].Id, plan.UnitId, plan.RegionCode, MallScenario.Requirement(plan, 1_000m, now), terms, op.UserName, now);
                bidding.Close(_ => null, bidding.ClosesUtc); // no quotes: decided as too few, the result for the unit to read
                db.OnlineBiddings.Add(bidding);
            }

            await db.SaveChangesAsync();
        });

        Assert.Equal(0, (await CountAsync(await mall.SupplierAsync(0), WorkKind.ReadBiddingResult)).Count);
    }

    [Fact]
    public async Task Sixty_open_auctions_count_sixty_to_join_for_a_listed_supplier_and_fewer_once_it_bids()
    {
        var auctions = new AuctionScenario(Store.Services, Scenario, Time);
        var supplier = await auctions.SupplierAsync(2);
        var plan = await auctions.Mall.FiledPlanAsync();
        var terms = await auctions.Auctions.TermsAsync(plan.RegionCode);
        var posted = new List<Guid>();
        await AssertCountedWholeAsync(supplier, WorkKind.JoinAuction, "ReverseAuctions", async () =>
        {
            var now = Time.UtcNow();
            var opens = now.AddHours(24);
            await using (var db = Store.Db())
            {
                for (var i = 0; i < Waiting; i++)
                {
                    var auction = new ReverseAuction(plan.Id, plan.Items[0].Id, plan.UnitId, plan.RegionCode, AuctionScenario.Requirement(plan, 40_000m, opens), terms, "operator", now);
                    auction.Open(opens);
                    db.ReverseAuctions.Add(auction);
                    posted.Add(auction.Id);
                }

                await db.SaveChangesAsync();
            }

            Time.SetUtcNow(opens.AddMinutes(1));
        });

        var before = (await CountAsync(supplier, WorkKind.JoinAuction)).Count;
        await auctions.Auctions.BidAsync(posted[0], new BidForm(39_000m), supplier);
        Assert.Equal(before - 1, (await CountAsync(supplier, WorkKind.JoinAuction)).Count);
    }

    [Fact]
    public async Task Sixty_second_competitions_count_sixty_to_quote_for_an_admitted_supplier_and_fewer_once_it_quotes()
    {
        var frameworks = new FrameworkScenario(Store.Services, Scenario);
        var agreement = await frameworks.InForceAsync();
        var op = await frameworks.OperatorAsync();
        var supplier = await frameworks.SupplierAsync(0);
        var called = new List<Guid>();
        await AssertCountedWholeAsync(supplier, WorkKind.QuoteSecondCompetition, "FrameworkCallOffs", async () =>
        {
            for (var p = 0; p < 6; p++)
            {
                var plan = await frameworks.FiledPlanAsync();
                for (var i = 0; i < 10; i++)
                {
                    called.Add((await frameworks.CallOffs.CallOffAsync(FrameworkScenario.Second(plan, agreement, Time.UtcNow().AddHours(24), quantity: 1), op)).Id);
                }
            }
        });

        var before = (await CountAsync(supplier, WorkKind.QuoteSecondCompetition)).Count;
        await frameworks.CallOffs.QuoteAsync(called[0], new CallOffQuoteForm(4_300m), supplier);
        Assert.Equal(before - 1, (await CountAsync(supplier, WorkKind.QuoteSecondCompetition)).Count);
    }
}
