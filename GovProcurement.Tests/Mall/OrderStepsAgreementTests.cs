using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>
/// The order's answer and its use cases agree over the whole transition table: in each status (a
/// direct purchase, and an award of a bidding) and for every party, a step the answer offers succeeds
/// and a step it refuses throws the very reason it gives.
/// </summary>
public sealed class OrderStepsAgreementTests : ProjectScenarioTest
{
    private MallScenario mall = default!;
    private MallParties parties = default!;

    private MallOrders Orders => Store.Get<MallOrders>();

    protected override Task ArrangeAsync()
    {
        mall = new MallScenario(Store.Services, Scenario);
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum Stage
    {
        Placed,
        Confirmed,
        Delivered,
        Received,
        Declined,
        Lapsed,
        Cancelled,

        /// <summary>The confirmed order of a bidding's winner (the second supplier): cancelled only with the bidding.</summary>
        Awarded,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    private static OrderStatus StatusOf(Stage stage) => stage switch
    {
        Stage.Placed => OrderStatus.Placed,
        Stage.Confirmed or Stage.Awarded => OrderStatus.Confirmed,
        Stage.Delivered => OrderStatus.Delivered,
        Stage.Received => OrderStatus.Received,
        Stage.Declined => OrderStatus.Declined,
        Stage.Lapsed => OrderStatus.Lapsed,
        _ => OrderStatus.Cancelled,
    };

    private static OrderChange ChangeOf(OrderAction action) => action switch
    {
        OrderAction.Confirm => OrderChange.Confirm,
        OrderAction.Decline => OrderChange.Decline,
        OrderAction.Deliver => OrderChange.Deliver,
        OrderAction.Receive => OrderChange.Receive,
        _ => OrderChange.Cancel,
    };

    /// <summary>The rows no person takes: the platform lapses an unconfirmed order; an award's order is cancelled with the bidding, auction or call-off it came from.</summary>
    private static readonly (OrderStatus, OrderChange)[] NoOnesStep = [(OrderStatus.Placed, OrderChange.Lapse), (OrderStatus.Confirmed, OrderChange.Cancel)];

    /// <summary>The rules, written out: the order's supplier confirms, declines and delivers; the unit's operator receives and cancels a direct purchase before confirmation.</summary>
    private static readonly Dictionary<Stage, List<(MallParty, OrderAction)>> Expected = new()
    {
        [Stage.Placed] = [(MallParty.OwnOperator, OrderAction.Cancel), (MallParty.FirstSupplier, OrderAction.Confirm), (MallParty.FirstSupplier, OrderAction.Decline)],
        [Stage.Confirmed] = [(MallParty.FirstSupplier, OrderAction.Deliver)],
        [Stage.Delivered] = [(MallParty.OwnOperator, OrderAction.Receive)],
        [Stage.Received] = [],
        [Stage.Declined] = [],
        [Stage.Lapsed] = [],
        [Stage.Cancelled] = [],
        [Stage.Awarded] = [(MallParty.SecondSupplier, OrderAction.Deliver)],
    };

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_the_table_is_a_partys_step_or_no_ones()
    {
        Assert.Equal(Enum.GetValues<OrderStatus>(), Enum.GetValues<Stage>().Select(StatusOf).Distinct().Order());
        foreach (var row in MallOrder.Table)
        {
            var taken = Expected.Any(e => StatusOf(e.Key) == row.From && e.Value.Any(o => ChangeOf(o.Item2) == row.Change));
            Assert.True(taken ^ NoOnesStep.Contains(row), $"{row} is {(taken ? "offered and listed as no one's" : "neither offered nor no one's")}");
        }

        Assert.All(Expected.SelectMany(e => e.Value.Select(o => (StatusOf(e.Key), ChangeOf(o.Item2)))), row => Assert.Contains(row, MallOrder.Table));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var orderId = await ArrangeAsync(stage);
        Assert.Equal(StatusOf(stage), await StatusAsync(orderId));
        var offered = await parties.RefusalsAgreeAsync<OrderAction>(
            async actor => (await Orders.GetAsync(orderId, actor))?.Steps, (action, actor) => Take(action, orderId, actor));

        Assert.Equal(MallParties.Sorted(Expected[stage]), MallParties.Sorted(offered));
        Assert.Equal(StatusOf(stage), await StatusAsync(orderId));
        foreach (var (party, action) in offered)
        {
            var id = await ArrangeAsync(stage);
            await Take(action, id, await parties.ActorAsync(party));
            Assert.Contains((StatusOf(stage), ChangeOf(action)), MallOrder.Table);
            Assert.NotEqual(StatusOf(stage), await StatusAsync(id));
        }
    }

    private Task Take(OrderAction action, Guid id, Actor actor) => action switch
    {
        OrderAction.Confirm => Orders.ConfirmAsync(id, actor),
        OrderAction.Decline => Orders.DeclineAsync(id, "库存不足", actor),
        OrderAction.Deliver => Orders.DeliverAsync(id, actor),
        OrderAction.Receive => Orders.ReceiveAsync(id, actor),
        _ => Orders.CancelAsync(id, "需求变更", actor),
    };

    private async Task<OrderStatus> StatusAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.MallOrders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync();
    }

    /// <summary>A direct purchase of one desktop from the first supplier, taken to the stage through the use cases; or a bidding's award.</summary>
    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var plan = await mall.FiledPlanAsync();
        var op = await mall.OperatorAsync();
        var supplier = await mall.SupplierAsync(0);
        if (stage == Stage.Awarded)
        {
            var bidding = await mall.QuotedAsync(plan, Time.GetUtcNow().UtcDateTime, 40_000m, 39_000m, 36_500m, 38_000m);
            Time.Advance(TimeSpan.FromHours(48));
            await mall.Biddings.DecideDueAsync();
            await mall.Biddings.ConfirmAsync(bidding.Id, await mall.SupplierAsync(1));
            await using var awards = Store.Db();
            return await awards.MallOrders.Where(o => o.SourceId == bidding.Id).Select(o => o.Id).SingleAsync();
        }

        Guid listing;
        await using (var db = Store.Db())
        {
            listing = await db.Listings.Where(l => l.SupplierId == supplier.OrganizationId).Select(l => l.Id).FirstAsync();
        }

        var order = await Orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]), op);
        switch (stage)
        {
            case Stage.Confirmed or Stage.Delivered or Stage.Received:
                await Orders.ConfirmAsync(order.Id, supplier);
                if (stage != Stage.Confirmed)
                {
                    await Orders.DeliverAsync(order.Id, supplier);
                }

                if (stage == Stage.Received)
                {
                    await Orders.ReceiveAsync(order.Id, op);
                }

                break;
            case Stage.Declined:
                await Orders.DeclineAsync(order.Id, "库存不足", supplier);
                break;
            case Stage.Cancelled:
                await Orders.CancelAsync(order.Id, "需求变更", op);
                break;
            case Stage.Lapsed:
                Time.Advance(order.ConfirmDueUtc!.Value - Time.GetUtcNow().UtcDateTime);
                Assert.Equal(1, await Orders.LapseDueAsync());
                break;
        }

        return order.Id;
    }
}
