namespace GovProcurement.Domain.Mall.Orders;

/// <summary>How an e-mall order came about: the method that ended in it.</summary>
public enum OrderMethod
{
    /// <summary>网上直购: ordered from the cart at the listed prices.</summary>
    DirectPurchase = 1,

    /// <summary>网上竞价: the winner's confirmed quote.</summary>
    OnlineBidding = 2,

    /// <summary>电子反拍: the auction's lowest bid at the close.</summary>
    ReverseAuction = 3,

    /// <summary>框架协议: a call-off from an agreement.</summary>
    FrameworkCallOff = 4,
}

/// <summary>Where an order stands.</summary>
public enum OrderStatus
{
    /// <summary>A direct purchase waiting for the supplier's confirmation.</summary>
    Placed = 1,

    /// <summary>The supplier is bound: confirmed, or awarded by a competitive method.</summary>
    Confirmed = 2,

    /// <summary>The supplier declined, with a reason.</summary>
    Declined = 3,

    /// <summary>The supplier did not confirm within the rule period.</summary>
    Lapsed = 4,

    /// <summary>The supplier recorded delivery.</summary>
    Delivered = 5,

    /// <summary>The purchaser recorded receipt (收货).</summary>
    Received = 6,

    /// <summary>Cancelled by the purchaser before confirmation, or with the award it came from.</summary>
    Cancelled = 7,
}

/// <summary>The changes an order goes through; the transition table of <see cref="MallOrder"/> is keyed on them.</summary>
public enum OrderChange
{
    Confirm = 1,
    Decline = 2,
    Lapse = 3,
    Deliver = 4,
    Receive = 5,
    Cancel = 6,
}

/// <summary>What a person can do with an order: the steps a page offers and <see cref="MallOrders"/> takes.</summary>
public enum OrderAction
{
    Confirm = 1,
    Decline = 2,
    Deliver = 3,
    Receive = 4,
    Cancel = 5,
}
