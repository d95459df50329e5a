using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>One line of the cart: a listing and how many.</summary>
public sealed record CartLine(Guid ListingId, int Quantity);

/// <summary>The cart for one filed plan line routed to e-mall simple procurement: what the purchaser means to order from one supplier.</summary>
public sealed record CartForm(Guid PlanId, Guid PlanItemId, IReadOnlyList<CartLine> Lines);

/// <summary>The cart priced now: each line at its listing's current approved price, the total against the line's remaining amount.</summary>
public sealed record CartView(IReadOnlyList<OrderItem> Items, Guid? SupplierId, Money Total, Money Remaining)
{
    /// <summary>Why the cart cannot be ordered as it is, or null.</summary>
    public Refusal? WhyNot =>
        Items.Count == 0 ? new Refusal("购物车是空的。", "The cart is empty.")
        : Total > Remaining ? new Refusal($"合计 {Total} 超过计划明细的剩余额度 {Remaining}。", $"The total {Total} is above the plan line's remaining amount {Remaining}.")
        : null;
}
