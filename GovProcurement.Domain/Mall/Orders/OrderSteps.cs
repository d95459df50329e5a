using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// Which order steps an actor may take now, and why not: the transition table of <see cref="MallOrder"/>
/// joined with who takes each step. The supplier confirms or declines a placed direct purchase inside
/// its period, and records delivery; the unit's operator records receipt after delivery and cancels a
/// direct purchase the supplier has not confirmed yet (an award is cancelled with the method it came
/// from). The lapse is the platform's own decision, no one's step. Pages render this; <see cref="MallOrders"/> requires it.
/// </summary>
public static class OrderSteps
{
    public static IReadOnlyList<OrderAction> All { get; } = Enum.GetValues<OrderAction>();

    public static ActionSet<OrderAction> For(MallOrder order, ActorStanding who, DateTime nowUtc) =>
        new(All.Select(action => new AvailableAction<OrderAction>(action, WhyNot(action, order, who, nowUtc))).ToList());

    private static Refusal? WhyNot(OrderAction action, MallOrder order, ActorStanding who, DateTime nowUtc) => action switch
    {
        OrderAction.Confirm or OrderAction.Decline => SupplierRefusal(order, who) ?? ConfirmRefusal(order, nowUtc),
        OrderAction.Deliver => SupplierRefusal(order, who) ?? (order.Allows(OrderChange.Deliver) ? null
            : new Refusal("订单确认后才能登记发货。", "Delivery is recorded once the order is confirmed.")),
        OrderAction.Receive => PurchaserRefusal(order, who) ?? (order.Allows(OrderChange.Receive) ? null
            : new Refusal("供应商登记发货后才能确认收货。", "Receipt is recorded once the supplier has delivered.")),
        _ => PurchaserRefusal(order, who) ?? CancelRefusal(order, nowUtc),
    };

    private static Refusal? SupplierRefusal(MallOrder order, ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Belongs(order.SupplierId) ? null
            : new Refusal("只能处理本公司的订单。", "You can only act on your own company's orders.", ground: RefusalGround.Jurisdiction));

    private static Refusal? PurchaserRefusal(MallOrder order, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(order.UnitId) ? null
            : new Refusal("只能处理本单位的订单。", "You can only act on your own unit's orders.", ground: RefusalGround.Jurisdiction));

    private static Refusal? ConfirmRefusal(MallOrder order, DateTime nowUtc)
    {
        if (!order.Allows(OrderChange.Confirm))
        {
            return new Refusal("该订单不在待确认状态。", "The order is not awaiting confirmation.");
        }

        return !order.IsLapsingAt(nowUtc) ? null : new Refusal(
            $"确认期限已于 {BeijingTime.Minutes(order.ConfirmDueUtc!.Value)} 届满。",
            $"The confirmation period ended at {BeijingTime.Minutes(order.ConfirmDueUtc!.Value)}.", order.ConfirmationCitation);
    }

    private static Refusal? CancelRefusal(MallOrder order, DateTime nowUtc)
    {
        if (order.Method != OrderMethod.DirectPurchase)
        {
            return new Refusal("该订单由竞价等方式成交，须在原交易中取消。", "This order came from a competitive method; cancel it there.");
        }

        return order.Status == OrderStatus.Placed && !order.IsLapsingAt(nowUtc) ? null
            : new Refusal("供应商确认前才能取消订单。", "An order is cancelled before the supplier confirms it.");
    }
}
