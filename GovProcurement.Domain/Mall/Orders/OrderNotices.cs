using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Persistence;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>
/// 成交结果公告 of an e-mall order: once the supplier is bound (a direct purchase confirmed, an award
/// recorded), the purchaser unit's result notice is published on the public list, where its page and
/// PDF render the same blocks as a project's. Added to the caller's unit of work with its audit record.
/// </summary>
public static class OrderNotices
{
    public static (Notice Notice, AuditRecord Audit) Publish(GovProcurementDbContext db, MallOrder order, string actor, DateTime nowUtc)
    {
        var notice = new Notice(NoticeType.Result, Title(order), order.RegionCode, order.UnitId, order.UnitName, Body(order), actor, nowUtc, reference: order.Number);
        notice.Publish(nowUtc);
        db.Notices.Add(notice);
        return (notice, new AuditRecord(AuditEventType.NoticePublished, actor, notice.Number, notice.Title));
    }

    /// <summary>The unit, the first line's name and the method, each once (an award's line is named after its bidding, which often names both already).</summary>
    public static string Title(MallOrder order)
    {
        var name = order.Lines.Count > 0 ? order.Lines[0].Name : order.SourceReference;
        var method = MethodName(order.Method);
        name = name.StartsWith(order.UnitName, StringComparison.Ordinal) ? name[order.UnitName.Length..] : name;
        name = name.EndsWith(method, StringComparison.Ordinal) ? name[..^method.Length] : name;
        var title = $"{order.UnitName}{name}{method}成交结果公告";
        return title.Length <= Notice.TitleMaxLength ? title : title[..Notice.TitleMaxLength];
    }

    /// <summary>The method as the notice names it (Chinese: notices are published in Chinese).</summary>
    public static string MethodName(OrderMethod method) => method switch
    {
        OrderMethod.DirectPurchase => "网上直购",
        OrderMethod.OnlineBidding => "网上竞价",
        OrderMethod.ReverseAuction => "电子反拍",
        _ => "框架协议采购",
    };

    public static IReadOnlyList<NoticeBlock> Body(MallOrder order) =>
    [
        NoticeBlock.Heading("一、项目基本情况"),
        NoticeBlock.Facts(
        [
            ("采购计划编号", order.PlanNumber),
            ("计划明细", $"第 {order.PlanLineNumber} 行"),
            ("采购方式", $"电子卖场简易采购（{MethodName(order.Method)}）"),
            ("订单编号", order.Number),
            .. order.SourceReference == order.Number ? [] : new[] { ("交易编号", order.SourceReference) },
        ]),
        NoticeBlock.Heading("二、成交信息"),
        NoticeBlock.Facts(
        [
            ("采购人", order.UnitName),
            ("成交供应商", order.SupplierName),
            ("成交金额", order.Total.ToString()),
            ("成交日期", BeijingTime.Day(order.ConfirmedUtc ?? order.CreatedUtc).ToString("yyyy-MM-dd")),
        ]),
        NoticeBlock.Heading("三、成交标的"),
        NoticeBlock.Table(["序号", "品目编码", "名称", "数量", "单位", "单价", "金额"],
            order.Lines.Select(l => (IReadOnlyList<string>)[l.LineNumber.ToString(), l.CatalogueCode, l.Name, l.Quantity.ToString(), l.Unit, l.UnitPrice.ToString(), l.Amount.ToString()])),
    ];
}
