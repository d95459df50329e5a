using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>What a call-off is made from: the plan line, the agreement item and the quantity.</summary>
public sealed record CallOffSubject(Guid PlanId, Guid PlanItemId, Guid UnitId, string RegionCode, FrameworkAgreement Agreement, FrameworkItem Item, int Quantity);

/// <summary>
/// 框架协议 stage 2: one call-off from a filed plan line. 直接选定 and 顺序轮候 are awarded when made;
/// 二次竞价 takes sealed quotes from the admitted suppliers, each not above its agreement price,
/// until the close, when the platform ranks the valid ones by price, then by who quoted first
/// (<see cref="FrameworkRules.TieRule"/>), and awards the first, or fails.
/// </summary>
public sealed class FrameworkCallOff : VersionedEntity
{
    public const int ReasonMaxLength = Texts.ReasonMaxLength;

    private static readonly Dictionary<(CallOffStatus From, CallOffChange Change), CallOffStatus> Transitions = new()
    {
        [(CallOffStatus.Quoting, CallOffChange.ClosedWithWinner)] = CallOffStatus.Awarded,
        [(CallOffStatus.Quoting, CallOffChange.ClosedWithoutWinner)] = CallOffStatus.Failed,
        [(CallOffStatus.Quoting, CallOffChange.Withdrawn)] = CallOffStatus.Withdrawn,
    };

    private readonly List<CallOffQuote> quotes = [];

    private FrameworkCallOff()
    {
        Number = AgreementNumber = AgreementTitle = CatalogueCode = ItemName = Unit = RegionCode = CreatedBy = "";
    }

    private FrameworkCallOff(CallOffSubject subject, CallOffMethod method, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Number = $"KJXY-{subject.RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        AgreementId = subject.Agreement.Id;
        AgreementNumber = subject.Agreement.Number;
        AgreementTitle = subject.Agreement.Title;
        ItemId = subject.Item.Id;
        CatalogueCode = subject.Item.CatalogueCode;
        ItemName = subject.Item.Name;
        Unit = subject.Item.Unit;
        Quantity = subject.Quantity;
        PlanId = subject.PlanId;
        PlanItemId = subject.PlanItemId;
        UnitId = subject.UnitId;
        RegionCode = subject.RegionCode;
        Method = method;
        CreatedBy = actor;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>A readable number: 框架协议, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public Guid AgreementId { get; private set; }

    public string AgreementNumber { get; private set; }

    public string AgreementTitle { get; private set; }

    public Guid ItemId { get; private set; }

    public string CatalogueCode { get; private set; }

    public string ItemName { get; private set; }

    public string Unit { get; private set; }

    public int Quantity { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanItemId { get; private set; }

    public Guid UnitId { get; private set; }

    public string RegionCode { get; private set; }

    public CallOffMethod Method { get; private set; }

    public CallOffStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>The close of a second competition.</summary>
    public DateTime? ClosesUtc { get; private set; }

    public int MinimumQuotes { get; private set; }

    public string? MinimumQuotesCitation { get; private set; }

    public Guid? SupplierId { get; private set; }

    public string? SupplierName { get; private set; }

    public Money? UnitPrice { get; private set; }

    public Money? Amount { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public DateTime? ResultNotedUtc { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>The e-mall order the award was recorded as.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>Counted with each quote so a quote saved while the close decides fails on the version.</summary>
    public int QuoteCount { get; private set; }

    public IReadOnlyList<CallOffQuote> Quotes => quotes;

    public IEnumerable<CallOffQuote> Ranking => quotes.Where(q => q.Rank is not null).OrderBy(q => q.Rank);

    public bool IsOpenAt(DateTime nowUtc) => Status == CallOffStatus.Quoting && nowUtc < ClosesUtc;

    public bool IsDueAt(DateTime nowUtc) => Status == CallOffStatus.Quoting && nowUtc >= ClosesUtc;

    /// <summary>The transition table's rows, for the tests that hold every row to a step or the platform.</summary>
    public static IReadOnlyCollection<(CallOffStatus From, CallOffChange Change)> Table => Transitions.Keys;

    public bool Allows(CallOffChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>直接选定 or 顺序轮候: awarded to the supplier at its agreement price.</summary>
    public static FrameworkCallOff Award(CallOffSubject subject, CallOffMethod method, FrameworkSupplier supplier, string actor, DateTime nowUtc)
    {
        if (method == CallOffMethod.SecondCompetition)
        {
            throw new DomainException("二次竞价由平台在报价截止时确定成交供应商。", "A second competition is decided by the platform at its close.");
        }

        var callOff = new FrameworkCallOff(subject, method, actor, nowUtc) { Status = CallOffStatus.Awarded, DecidedUtc = nowUtc, ResultNotedUtc = nowUtc };
        callOff.Bind(supplier.SupplierId, supplier.SupplierName, subject.Agreement.PriceFor(subject.Item, supplier.SupplierId));
        return callOff;
    }

    /// <summary>二次竞价: opens the sealed quote window among the admitted suppliers.</summary>
    public static FrameworkCallOff Compete(CallOffSubject subject, DateTime closesUtc, SecondCompetitionTerms terms, string actor, DateTime nowUtc) =>
        new(subject, CallOffMethod.SecondCompetition, actor, nowUtc)
        {
            Status = CallOffStatus.Quoting,
            ClosesUtc = BeijingTime.RequireUtc(closesUtc),
            MinimumQuotes = terms.MinimumQuotes,
            MinimumQuotesCitation = terms.MinimumQuotesCitation,
        };

    /// <summary>A supplier's one sealed quote, inside the window and not above its agreement price (the ceiling).</summary>
    public CallOffQuote Quote(Guid supplierId, string supplierName, Money unitPrice, Money ceiling, DateTime nowUtc)
    {
        if (!IsOpenAt(nowUtc))
        {
            throw new DomainException($"二次竞价报价截止于 {BeijingTime.Minutes(ClosesUtc ?? nowUtc)}，当前不能报价。", $"The second competition closes at {BeijingTime.Minutes(ClosesUtc ?? nowUtc)}; not now.");
        }

        if (quotes.Any(q => q.SupplierId == supplierId))
        {
            throw new DomainException("每家供应商只能报价一次。", "Each supplier quotes once.");
        }

        if (unitPrice <= Money.Zero || unitPrice > ceiling)
        {
            throw new Refusal($"报价 {unitPrice} 必须大于零且不高于协议价格 {ceiling}。", $"The quote {unitPrice} must be positive and not above the agreement price {ceiling}.",
                FrameworkRules.SecondCompetitionRule).ToException();
        }

        var quote = new CallOffQuote(Id, supplierId, supplierName, unitPrice, new Money(checked(unitPrice.Fen * Quantity)), nowUtc);
        quotes.Add(quote);
        QuoteCount++;
        return quote;
    }

    /// <summary>
    /// The platform's decision at the close: each quote is judged again (a supplier debarred since it
    /// quoted is invalid), the valid ones ranked by price then by time; the first wins, unless fewer
    /// than the minimum quoted, or the winning amount is above what the plan line has left.
    /// Returns the winning quote, or null when the call-off failed.
    /// </summary>
    public CallOffQuote? Close(Func<CallOffQuote, Refusal?> ineligible, Money remaining, DateTime nowUtc)
    {
        if (!IsDueAt(nowUtc))
        {
            throw new DomainException("报价截止前不能确定成交。", "The second competition cannot be decided before it closes.");
        }

        foreach (var quote in quotes)
        {
            quote.Judge(ineligible(quote));
        }

        var valid = quotes.Where(q => q.InvalidReason is null).OrderBy(q => q.UnitPrice).ThenBy(q => q.SubmittedUtc).ThenBy(q => q.Id).ToList();
        for (var i = 0; i < valid.Count; i++)
        {
            valid[i].RankAs(i + 1);
        }

        DecidedUtc = nowUtc;
        if (valid.Count < Math.Max(1, MinimumQuotes))
        {
            Fail($"有效报价 {valid.Count} 家，少于 {Math.Max(1, MinimumQuotes)} 家（{MinimumQuotesCitation}）");
            return null;
        }

        if (valid[0].Amount > remaining)
        {
            Fail($"最低报价 {valid[0].Amount} 超过计划明细的剩余额度 {remaining}");
            return null;
        }

        Bind(valid[0].SupplierId, valid[0].SupplierName, valid[0].UnitPrice);
        Move(CallOffChange.ClosedWithWinner);
        return valid[0];
    }

    /// <summary>Links the awarded call-off to the order recorded for it.</summary>
    public void Ordered(Guid orderId)
    {
        if (Status != CallOffStatus.Awarded || OrderId is not null)
        {
            throw new DomainException("只有已成交的框架协议采购记录订单。", "Only an awarded call-off records its order.");
        }

        OrderId = orderId;
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        Require(CallOffChange.Withdrawn);
        if (nowUtc >= ClosesUtc)
        {
            throw new DomainException("报价已截止，不能撤回。", "The window has closed; the call-off cannot be withdrawn.");
        }

        EndReason = Texts.RequireReason(reason);
        Move(CallOffChange.Withdrawn);
    }

    public void NoteResult(DateTime nowUtc)
    {
        if (DecidedUtc is null || ResultNotedUtc is not null)
        {
            throw new DomainException("没有待查看的竞价结果。", "There is no result to read.");
        }

        ResultNotedUtc = nowUtc;
    }

    private void Bind(Guid supplierId, string supplierName, Money unitPrice)
    {
        SupplierId = supplierId;
        SupplierName = supplierName;
        UnitPrice = unitPrice;
        Amount = new Money(checked(unitPrice.Fen * Quantity));
    }

    private void Fail(string reason)
    {
        EndReason = reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength];
        Move(CallOffChange.ClosedWithoutWinner);
    }

    private void Require(CallOffChange change)
    {
        if (!Allows(change))
        {
            throw new DomainException(
                $"框架协议采购当前为“{FrameworkTexts.CallOffStatus(Status).Zh}”，不能执行此操作。",
                $"The call-off is {FrameworkTexts.CallOffStatus(Status).En}; this step is not possible now.");
        }
    }

    private void Move(CallOffChange change) => Status = Transitions[(Status, change)];
}

/// <summary>A supplier's sealed unit price in a second competition; ranked, or invalid with the reason, after the close.</summary>
public sealed class CallOffQuote
{
    public const int InvalidReasonMaxLength = 500;

    private CallOffQuote()
    {
        SupplierName = "";
    }

    internal CallOffQuote(Guid callOffId, Guid supplierId, string supplierName, Money unitPrice, Money amount, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        CallOffId = callOffId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        UnitPrice = unitPrice;
        Amount = amount;
        SubmittedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid CallOffId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public Money UnitPrice { get; private set; }

    public Money Amount { get; private set; }

    public DateTime SubmittedUtc { get; private set; }

    public int? Rank { get; private set; }

    public string? InvalidReason { get; private set; }

    internal void Judge(Refusal? ineligible)
    {
        var reason = ineligible?.ToException().Text.Zh;
        InvalidReason = reason is null ? null : reason.Length <= InvalidReasonMaxLength ? reason : reason[..InvalidReasonMaxLength];
        Rank = null;
    }

    internal void RankAs(int rank) => Rank = rank;
}
