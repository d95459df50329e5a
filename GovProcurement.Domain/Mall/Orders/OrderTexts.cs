using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>What a person reads for an order's method and status, Chinese first.</summary>
public static class OrderTexts
{
    public static Bilingual Method(OrderMethod method) => method switch
    {
        OrderMethod.DirectPurchase => new("网上直购", "direct purchase"),
        OrderMethod.OnlineBidding => new("网上竞价", "online bidding"),
        OrderMethod.ReverseAuction => new("电子反拍", "reverse auction"),
        OrderMethod.FrameworkCallOff => new("框架协议采购", "framework call-off"),
        _ => new(method.ToString(), method.ToString()),
    };

    public static Bilingual Status(OrderStatus status) => status switch
    {
        OrderStatus.Placed => new("待供应商确认", "awaiting the supplier"),
        OrderStatus.Confirmed => new("已确认", "confirmed"),
        OrderStatus.Declined => new("供应商已拒绝", "declined"),
        OrderStatus.Lapsed => new("超时未确认", "lapsed"),
        OrderStatus.Delivered => new("已发货", "delivered"),
        OrderStatus.Received => new("已收货", "received"),
        OrderStatus.Cancelled => new("已取消", "cancelled"),
        _ => new(status.ToString(), status.ToString()),
    };
}
