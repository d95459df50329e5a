using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Execution;
using GovProcurement.Domain.Mall.Orders;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall;

/// <summary>网上直购 and the order record through the use cases, over the store, on a fake clock.</summary>
public sealed class MallOrderTests : ListingScenario
{
    private MallScenario mall = default!;

    private MallOrders Orders => Store.Get<MallOrders>();

    protected override async Task ArrangeAsync()
    {
        await base.ArrangeAsync();
        mall = new MallScenario(Store.Services, Scenario);
    }

    private async Task<Money> RemainingAsync(ProcurementPlan plan)
    {
        await using var db = Store.Db();
        return (await PlanLineLedger.RemainingAsync(db, plan))[plan.Items[0].Id];
    }

    private async Task<(ProcurementPlan Plan, MallOrder Order)> PlacedAsync(decimal planYuan = 50_000m, decimal price = 4_800m, int quantity = 10)
    {
        var plan = await mall.FiledPlanAsync(planYuan);
        var listing = await ListedAsync(Small, Form(price: price));
        var order = await Orders.PlaceAsync(new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, quantity)]), await mall.OperatorAsync());
        return (plan, order);
    }

    [Fact]
    public async Task An_order_exactly_at_the_remaining_amount_is_placed_at_the_listed_price_and_consumes_the_line()
    {
        var (plan, order) = await PlacedAsync(48_000m, 4_800m, 10);

        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Equal(Money.FromYuan(48_000m), order.Total);
        Assert.Equal(Money.FromYuan(4_800m), Assert.Single(order.Lines).UnitPrice);
        Assert.Equal(Money.Zero, await RemainingAsync(plan));
    }

    [Fact]
    public async Task An_order_one_fen_above_the_remaining_amount_is_refused_and_nothing_is_consumed()
    {
        var plan = await mall.FiledPlanAsync(48_000m);
        var listing = await ListedAsync(Small, Form(price: 48_000.01m));
        var cart = new CartForm(plan.Id, plan.Items[0].Id, [new CartLine(listing, 1)]);

        var op = await mall.OperatorAsync();
        var priced = await Orders.PriceAsync(cart, op);
        var thrown = await Assert.ThrowsAsync<DomainException>(() => Orders.PlaceAsync(cart, op));

        Assert.Equal(priced.WhyNot!.ToException().Message, thrown.Message);
        Assert.Equal(Money.FromYuan(48_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task A_declined_order_gives_its_amount_back()
    {
        var (plan, order) = await PlacedAsync();
        await Orders.DeclineAsync(order.Id, "库存不足", Small);

        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
        Assert.Equal(OrderStatus.Declined, (await Orders.GetAsync(order.Id, Small))!.Value.Order.Status);
    }

    [Fact]
    public async Task An_unconfirmed_order_lapses_at_the_exact_end_of_its_period_and_not_a_tick_before()
    {
        var (plan, order) = await PlacedAsync();
        var due = order.ConfirmDueUtc!.Value;
        Assert.Equal(TimeSpan.FromHours(72), due - order.CreatedUtc);

        Time.Advance(due - Time.GetUtcNow().UtcDateTime - TimeSpan.FromTicks(10));
        Assert.Equal(0, await Orders.LapseDueAsync());
        Assert.True((await Orders.GetAsync(order.Id, Small))!.Value.Steps.Allows(OrderAction.Confirm));

        Time.Advance(TimeSpan.FromTicks(10));
        var steps = (await Orders.GetAsync(order.Id, Small))!.Value.Steps;
        Assert.False(steps.Allows(OrderAction.Confirm));
        var thrown = await Assert.ThrowsAsync<DomainException>(() => Orders.ConfirmAsync(order.Id, Small));
        Assert.Equal(steps.WhyNot(OrderAction.Confirm)!.ToException().Message, thrown.Message);

        Assert.Equal(1, await Orders.LapseDueAsync());
        Assert.Equal(0, await Orders.LapseDueAsync());
        Assert.Equal(OrderStatus.Lapsed, (await Orders.GetAsync(order.Id, Small))!.Value.Order.Status);
        Assert.Equal(Money.FromYuan(50_000m), await RemainingAsync(plan));
    }

    [Fact]
    public async Task Receipt_comes_only_after_delivery_and_the_confirmation_publishes_the_result_notice()
    {
        var (plan, order) = await PlacedAsync();
        var op = await mall.OperatorAsync();
        await Orders.ConfirmAsync(order.Id, Small);

        await Assert.ThrowsAsync<DomainException>(() => Orders.ReceiveAsync(order.Id, op));
        await Orders.DeliverAsync(order.Id, Small);
        await Orders.ReceiveAsync(order.Id, op);

        Assert.Equal(OrderStatus.Received, (await Orders.GetAsync(order.Id, op))!.Value.Order.Status);
        Assert.Equal(Money.FromYuan(2_000m), await RemainingAsync(plan));
        var notices = await Store.Get<NoticeQueries>().SearchAsync(new NoticeSearch(NoticeType.Result));
        Assert.Contains(notices.Items, n => n.Title.Contains("网上直购成交结果公告"));
    }

    [Fact]
    public async Task A_confirmed_bidding_records_an_order_of_method_online_bidding_with_the_winning_quote()
    {
        var plan = await mall.FiledPlanAsync();
        var bidding = await mall.QuotedAsync(plan, Time.GetUtcNow().UtcDateTime, 40_000m, 39_000m, 36_500m, 38_000m);
        Time.Advance(TimeSpan.FromHours(48));
        await mall.Biddings.DecideDueAsync();
        await mall.Biddings.ConfirmAsync(bidding.Id, await mall.SupplierAsync(1));

        await using var db = Store.Db();
        var order = await db.MallOrders.Include(o => o.Lines).SingleAsync(o => o.SourceId == bidding.Id);
        Assert.Equal(OrderMethod.OnlineBidding, order.Method);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Money.FromYuan(36_500m), order.Total);
        Assert.True(await db.Notices.AnyAsync(n => n.Reference == order.Number && n.Type == NoticeType.Result));
    }

    public enum Stage
    {
        Placed,
        Confirmed,
        Delivered,
        Received,
        Declined,
    }

    public static TheoryData<Stage> Stages() => new(Enum.GetValues<Stage>());

    /// <summary>What each stage offers the purchaser (P), the order's supplier (S) and another supplier (O).</summary>
    private static readonly Dictionary<Stage, List<(char, OrderAction)>> Expected = new()
    {
        [Stage.Placed] = [('P', OrderAction.Cancel), ('S', OrderAction.Confirm), ('S', OrderAction.Decline)],
        [Stage.Confirmed] = [('S', OrderAction.Deliver)],
        [Stage.Delivered] = [('P', OrderAction.Receive)],
        [Stage.Received] = [],
        [Stage.Declined] = [],
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task What_is_offered_succeeds_and_what_is_refused_throws_the_same_reason(Stage stage)
    {
        var id = await ArrangeAsync(stage);
        var offered = new List<(char, OrderAction)>();
        foreach (var (who, actor) in new[] { ('P', await mall.OperatorAsync()), ('S', Small), ('O', Micro) })
        {
            var view = await Orders.GetAsync(id, actor);
            foreach (var action in Enum.GetValues<OrderAction>())
            {
                if (view?.Steps.WhyNot(action) is not { } refusal && view is not null)
                {
                    offered.Add((who, action));
                    continue;
                }

                var thrown = await Assert.ThrowsAsync<DomainException>(() => Take(action, id, actor));
                if (view is not null)
                {
                    Assert.Equal(view.Value.Steps.WhyNot(action)!.ToException().Message, thrown.Message);
                }
            }
        }

        Assert.Equal(Expected[stage], offered);
        foreach (var (who, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), who == 'P' ? await mall.OperatorAsync() : Small);
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

    private async Task<Guid> ArrangeAsync(Stage stage)
    {
        var (_, order) = await PlacedAsync(50_000m, 100m, 1);
        var op = await mall.OperatorAsync();
        if (stage is Stage.Confirmed or Stage.Delivered or Stage.Received)
        {
            await Orders.ConfirmAsync(order.Id, Small);
        }

        if (stage is Stage.Delivered or Stage.Received)
        {
            await Orders.DeliverAsync(order.Id, Small);
        }

        if (stage == Stage.Received)
        {
            await Orders.ReceiveAsync(order.Id, op);
        }

        if (stage == Stage.Declined)
        {
            await Orders.DeclineAsync(order.Id, "库存不足", Small);
        }

        return order.Id;
    }
}
