using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Orders;

/// <summary>Who and what an order is between, as the method hands it over.</summary>
public sealed record OrderParties(Guid PlanId, string PlanNumber, Guid PlanItemId, int PlanLineNumber, Guid UnitId, string UnitName, Guid SupplierId, string SupplierName, string RegionCode);

/// <summary>
/// The order record every e-mall method ends in (直购, 竞价, 反拍, 框架协议): the parties, the plan line it
/// is bought on, the items with quantity, unit price and amount, the total and the dates. A direct
/// purchase is placed and waits for the supplier's confirmation within <see cref="ConfirmDueUtc"/>;
/// an award from a competitive method starts confirmed. The status changes only through the table.
/// </summary>
public sealed class MallOrder : VersionedEntity
{
    public const int ReasonMaxLength = Texts.ReasonMaxLength;
    public const int MaxLines = 50;

    private static readonly Dictionary<(OrderStatus From, OrderChange Change), OrderStatus> Transitions = new()
    {
        [(OrderStatus.Placed, OrderChange.Confirm)] = OrderStatus.Confirmed,
        [(OrderStatus.Placed, OrderChange.Decline)] = OrderStatus.Declined,
        [(OrderStatus.Placed, OrderChange.Lapse)] = OrderStatus.Lapsed,
        [(OrderStatus.Placed, OrderChange.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Confirmed, OrderChange.Deliver)] = OrderStatus.Delivered,
        [(OrderStatus.Confirmed, OrderChange.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Delivered, OrderChange.Receive)] = OrderStatus.Received,
    };

    private readonly List<MallOrderLine> lines = [];

    private MallOrder()
    {
        Number = PlanNumber = UnitName = SupplierName = RegionCode = SourceReference = CreatedBy = ConfirmationCitation = "";
    }

    private MallOrder(OrderMethod method, OrderParties parties, IReadOnlyList<OrderItem> items, Guid? sourceId, string sourceReference, string actor, DateTime nowUtc)
    {
        if (items.Count == 0 || items.Count > MaxLines)
        {
            throw new DomainException($"订单须有 1 至 {MaxLines} 行商品。", $"An order has 1 to {MaxLines} lines.");
        }

        if (items.Any(i => i.Quantity <= 0 || i.UnitPrice <= Money.Zero))
        {
            throw new DomainException("每行的数量和单价必须大于零。", "Each line's quantity and unit price must be positive.");
        }

        Id = Guid.NewGuid();
        Method = method;
        Number = $"DD-{parties.RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        PlanId = parties.PlanId;
        PlanNumber = parties.PlanNumber;
        PlanItemId = parties.PlanItemId;
        PlanLineNumber = parties.PlanLineNumber;
        UnitId = parties.UnitId;
        UnitName = parties.UnitName;
        SupplierId = parties.SupplierId;
        SupplierName = parties.SupplierName;
        RegionCode = parties.RegionCode;
        SourceId = sourceId;
        SourceReference = sourceReference;
        ConfirmationCitation = "";
        CreatedBy = actor;
        CreatedUtc = nowUtc;
        lines.AddRange(items.Select((item, i) => new MallOrderLine(Id, i + 1, item)));
        Total = lines.Select(l => l.Amount).Total();
    }

    /// <summary>网上直购: placed at the listed prices; the supplier confirms before <paramref name="confirmation"/> has passed.</summary>
    public static MallOrder Place(OrderParties parties, IReadOnlyList<OrderItem> items, TimeSpan confirmation, string confirmationCitation, string actor, DateTime nowUtc)
    {
        var order = new MallOrder(OrderMethod.DirectPurchase, parties, items, null, "", actor, nowUtc)
        {
            Status = OrderStatus.Placed,
            ConfirmDueUtc = nowUtc + confirmation,
            ConfirmationCitation = confirmationCitation,
        };
        order.SourceReference = order.Number;
        return order;
    }

    /// <summary>An award of a competitive method (its winner has confirmed already): the order starts confirmed.</summary>
    public static MallOrder Award(OrderMethod method, OrderParties parties, IReadOnlyList<OrderItem> items, Guid sourceId, string sourceReference, string actor, DateTime nowUtc)
    {
        if (method == OrderMethod.DirectPurchase)
        {
            throw new DomainException("网上直购的订单须由采购人下单。", "A direct purchase is placed by the purchaser.");
        }

        return new MallOrder(method, parties, items, sourceId, sourceReference, actor, nowUtc)
        {
            Status = OrderStatus.Confirmed,
            ConfirmedUtc = nowUtc,
        };
    }

    public Guid Id { get; private set; }

    /// <summary>A readable number: 订单, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public OrderMethod Method { get; private set; }

    public OrderStatus Status { get; private set; }

    public Guid PlanId { get; private set; }

    public string PlanNumber { get; private set; }

    public Guid PlanItemId { get; private set; }

    public int PlanLineNumber { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public string RegionCode { get; private set; }

    /// <summary>The bidding, auction or call-off the award came from (null for a direct purchase).</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>The number a person recognises: the bidding's, the auction's, or the order's own.</summary>
    public string SourceReference { get; private set; }

    public Money Total { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Until when the supplier may confirm a direct purchase.</summary>
    public DateTime? ConfirmDueUtc { get; private set; }

    public string ConfirmationCitation { get; private set; }

    public DateTime? ConfirmedUtc { get; private set; }

    public DateTime? DeliveredUtc { get; private set; }

    public DateTime? ReceivedUtc { get; private set; }

    /// <summary>When it was declined, lapsed or cancelled.</summary>
    public DateTime? EndedUtc { get; private set; }

    public string? EndReason { get; private set; }

    public IReadOnlyList<MallOrderLine> Lines => lines;

    /// <summary>The transition table's rows, for the tests that hold every row to a step or the platform.</summary>
    public static IReadOnlyCollection<(OrderStatus From, OrderChange Change)> Table => Transitions.Keys;

    public bool Allows(OrderChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>Whether the supplier's time to confirm has run out: at <see cref="ConfirmDueUtc"/> exactly, it has.</summary>
    public bool IsLapsingAt(DateTime nowUtc) => Status == OrderStatus.Placed && ConfirmDueUtc <= nowUtc;

    public void Confirm(DateTime nowUtc)
    {
        if (IsLapsingAt(nowUtc))
        {
            throw LapsedError();
        }

        Move(OrderChange.Confirm);
        ConfirmedUtc = nowUtc;
    }

    public void Decline(string reason, DateTime nowUtc)
    {
        if (IsLapsingAt(nowUtc))
        {
            throw LapsedError();
        }

        End(OrderChange.Decline, reason, nowUtc);
    }

    /// <summary>The platform's decision: the supplier did not confirm in time.</summary>
    public void Lapse(DateTime nowUtc)
    {
        if (!IsLapsingAt(nowUtc))
        {
            throw new DomainException("确认期限未满，订单不能失效。", "The confirmation period has not ended.");
        }

        End(OrderChange.Lapse, "供应商未在确认期限内确认订单。", nowUtc);
    }

    public void Cancel(string reason, DateTime nowUtc) => End(OrderChange.Cancel, reason, nowUtc);

    public void Deliver(DateTime nowUtc)
    {
        Move(OrderChange.Deliver);
        DeliveredUtc = nowUtc;
    }

    public void Receive(DateTime nowUtc)
    {
        Move(OrderChange.Receive);
        ReceivedUtc = nowUtc;
    }

    private void End(OrderChange change, string reason, DateTime nowUtc)
    {
        var text = Texts.RequireReason(reason);
        Move(change);
        EndedUtc = nowUtc;
        EndReason = text;
    }

    private DomainException LapsedError() => new(
        $"确认期限已于 {BeijingTime.Minutes(ConfirmDueUtc!.Value)} 届满。",
        $"The confirmation period ended at {BeijingTime.Minutes(ConfirmDueUtc!.Value)}.");

    private void Move(OrderChange change)
    {
        if (!Transitions.TryGetValue((Status, change), out var next))
        {
            throw new DomainException("订单当前状态不能执行此操作。", "The order cannot take this step now.");
        }

        Status = next;
    }
}
