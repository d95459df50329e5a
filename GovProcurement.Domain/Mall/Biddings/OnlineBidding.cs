using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>
/// 网上竞价: a requirement posted from one plan line, quoted once by each eligible supplier inside the
/// window, sealed until it closes, then decided by the platform alone: too few valid quotes fail it,
/// otherwise the lowest price is offered the order and each supplier who does not confirm in time
/// passes it to the next one ranked. The status changes only through the transition table; the
/// numbers it runs by (<see cref="BiddingTerms"/>) are the rules in force the day it was posted.
/// </summary>
public sealed class OnlineBidding : VersionedEntity
{
    public const int TitleMaxLength = 200;
    public const int DeliveryPlaceMaxLength = 200;
    public const int ReasonMaxLength = Texts.ReasonMaxLength;

    private static readonly Dictionary<(BiddingStatus From, BiddingChange Change), BiddingStatus> Transitions = new()
    {
        [(BiddingStatus.Quoting, BiddingChange.ClosedWithWinner)] = BiddingStatus.Offered,
        [(BiddingStatus.Quoting, BiddingChange.ClosedTooFewQuotes)] = BiddingStatus.Failed,
        [(BiddingStatus.Quoting, BiddingChange.Withdrawn)] = BiddingStatus.Withdrawn,
        [(BiddingStatus.Offered, BiddingChange.PassedOn)] = BiddingStatus.Offered,
        [(BiddingStatus.Offered, BiddingChange.RankingExhausted)] = BiddingStatus.Unsuccessful,
        [(BiddingStatus.Offered, BiddingChange.Confirmed)] = BiddingStatus.Awarded,
        [(BiddingStatus.Awarded, BiddingChange.OrderCancelled)] = BiddingStatus.OrderCancelled,
    };

    private readonly List<BiddingItem> items = [];
    private readonly List<BiddingQuote> quotes = [];

    private OnlineBidding()
    {
        Number = RegionCode = Title = DeliveryPlace = PostedBy = MinimumQuotesCitation = ConfirmationCitation = "";
    }

    public OnlineBidding(Guid planId, Guid planItemId, Guid unitId, string regionCode, BiddingRequirement requirement, BiddingTerms terms, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Number = $"WSJJ-{regionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        PlanId = planId;
        PlanItemId = planItemId;
        UnitId = unitId;
        RegionCode = regionCode;
        Title = requirement.Title!.Trim();
        Ceiling = Money.FromYuan(requirement.CeilingYuan);
        DeliveryPlace = requirement.DeliveryPlace!.Trim();
        DeliverBy = requirement.DeliverBy;
        OpensUtc = BeijingTime.RequireUtc(requirement.OpensUtc) < nowUtc ? nowUtc : requirement.OpensUtc;
        ClosesUtc = BeijingTime.RequireUtc(requirement.ClosesUtc);
        MinimumQuotes = terms.MinimumQuotes;
        MinimumQuotesCitation = terms.MinimumQuotesCitation;
        ConfirmationHours = (int)terms.Confirmation.TotalHours;
        ConfirmationCitation = terms.ConfirmationCitation;
        Status = BiddingStatus.Quoting;
        PostedBy = actor;
        PostedUtc = nowUtc;
        items.AddRange(requirement.Items.Select((item, i) => new BiddingItem(i + 1, item)));
    }

    public Guid Id { get; private set; }

    /// <summary>A readable number: 网上竞价, the region, the day posted and a short unique part.</summary>
    public string Number { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanItemId { get; private set; }

    public Guid UnitId { get; private set; }

    public string RegionCode { get; private set; }

    public string Title { get; private set; }

    /// <summary>最高限价: no quote may be above it; at posting it was not above the plan line's remaining amount.</summary>
    public Money Ceiling { get; private set; }

    public string DeliveryPlace { get; private set; }

    public DateOnly DeliverBy { get; private set; }

    public DateTime OpensUtc { get; private set; }

    public DateTime ClosesUtc { get; private set; }

    public int MinimumQuotes { get; private set; }

    public string MinimumQuotesCitation { get; private set; }

    public int ConfirmationHours { get; private set; }

    public string ConfirmationCitation { get; private set; }

    public BiddingStatus Status { get; private set; }

    public string PostedBy { get; private set; }

    public DateTime PostedUtc { get; private set; }

    /// <summary>When the platform decided at the close.</summary>
    public DateTime? DecidedUtc { get; private set; }

    /// <summary>The quote currently offered the order (while <see cref="BiddingStatus.Offered"/>) or the one that took it.</summary>
    public Guid? OfferedQuoteId { get; private set; }

    public DateTime? AwardedUtc { get; private set; }

    /// <summary>When the purchaser read the decision (the to-do item is done).</summary>
    public DateTime? ResultNotedUtc { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>
    /// Counted with each quote so a quote changes the bidding's row: a quote saved while the close
    /// decides fails on the version instead of arriving after the decision. Never shown before the close.
    /// </summary>
    public int QuoteCount { get; private set; }

    public IReadOnlyList<BiddingItem> Items => items;

    public IReadOnlyList<BiddingQuote> Quotes => quotes;

    public BiddingQuote? OfferedQuote => quotes.FirstOrDefault(q => q.Id == OfferedQuoteId);

    /// <summary>The valid quotes in rank order (after the close).</summary>
    public IEnumerable<BiddingQuote> Ranking => quotes.Where(q => q.Rank is not null).OrderBy(q => q.Rank);

    public bool IsDecided => DecidedUtc is not null;

    public bool IsOpenAt(DateTime nowUtc) => Status == BiddingStatus.Quoting && OpensUtc <= nowUtc && nowUtc < ClosesUtc;

    /// <summary>Whether the platform has a decision to take now: the window has closed, or the offered supplier's time has run out.</summary>
    public bool IsDueAt(DateTime nowUtc) =>
        (Status == BiddingStatus.Quoting && nowUtc >= ClosesUtc) || (Status == BiddingStatus.Offered && OfferedQuote?.ConfirmDueUtc <= nowUtc);

    public bool Allows(BiddingChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>A supplier's one sealed quote, inside the window and not above the ceiling.</summary>
    public BiddingQuote Quote(Guid supplierId, string supplierName, Money price, DateTime nowUtc)
    {
        if (!IsOpenAt(nowUtc))
        {
            throw new DomainException(
                $"报价时间为 {BeijingTime.Minutes(OpensUtc)} 至 {BeijingTime.Minutes(ClosesUtc)}，当前不能报价。",
                $"Quotes are taken from {BeijingTime.Minutes(OpensUtc)} to {BeijingTime.Minutes(ClosesUtc)}; not now.");
        }

        if (quotes.Any(q => q.SupplierId == supplierId))
        {
            throw new DomainException("每家供应商只能报价一次。", "Each supplier quotes once.");
        }

        if (price <= Money.Zero || price > Ceiling)
        {
            throw new DomainException($"报价 {price} 必须大于零且不高于最高限价 {Ceiling}。", $"The quote {price} must be positive and not above the ceiling {Ceiling}.");
        }

        var quote = new BiddingQuote(Id, supplierId, supplierName, price, nowUtc);
        quotes.Add(quote);
        QuoteCount++;
        return quote;
    }

    /// <summary>
    /// The platform's decision at the close: each quote's eligibility is checked again (a supplier
    /// debarred or delisted since it quoted is invalid), the valid ones are ranked by price, then by
    /// who quoted first (<see cref="BiddingRules.TieRule"/>); fewer than the minimum fail the bidding,
    /// otherwise the first is offered the order.
    /// </summary>
    public void Close(Func<BiddingQuote, Refusal?> ineligible, DateTime nowUtc)
    {
        if (nowUtc < ClosesUtc)
        {
            throw new DomainException("报价截止前不能开标。", "The bidding cannot be decided before it closes.");
        }

        Require(BiddingChange.ClosedWithWinner);
        foreach (var quote in quotes)
        {
            quote.Judge(ineligible(quote));
        }

        var valid = quotes.Where(q => q.InvalidReason is null).OrderBy(q => q.Price).ThenBy(q => q.SubmittedUtc).ThenBy(q => q.Id).ToList();
        for (var i = 0; i < valid.Count; i++)
        {
            valid[i].RankAs(i + 1);
        }

        DecidedUtc = nowUtc;
        if (valid.Count < MinimumQuotes)
        {
            EndReason = $"有效报价 {valid.Count} 家，少于 {MinimumQuotes} 家（{MinimumQuotesCitation}）";
            Move(BiddingChange.ClosedTooFewQuotes);
            return;
        }

        Move(BiddingChange.ClosedWithWinner);
        Offer(valid[0], nowUtc);
    }

    /// <summary>The offered supplier declines, or its time ran out: the next ranked is offered the order, or the bidding ends without one.</summary>
    public void PassOn(QuoteOutcome why, DateTime nowUtc)
    {
        var current = OfferedQuote ?? throw new DomainException("当前没有待确认的成交。", "No win awaits confirmation.");
        if (why == QuoteOutcome.TimedOut && nowUtc < current.ConfirmDueUtc)
        {
            throw new DomainException("确认期限尚未届满。", "The confirmation period has not run out.");
        }

        if (why == QuoteOutcome.Declined && nowUtc >= current.ConfirmDueUtc)
        {
            throw ConfirmationOver(current);
        }

        var next = Ranking.FirstOrDefault(q => q.Rank > current.Rank);
        Require(next is null ? BiddingChange.RankingExhausted : BiddingChange.PassedOn);
        current.End(why);
        if (next is null)
        {
            OfferedQuoteId = null;
            EndReason = "排名内的供应商均未确认成交";
            Move(BiddingChange.RankingExhausted);
            return;
        }

        Move(BiddingChange.PassedOn);
        Offer(next, nowUtc);
    }

    /// <summary>The offered supplier confirms within the period; the order's amount is the quote.</summary>
    public BiddingQuote Confirm(Guid supplierId, DateTime nowUtc)
    {
        Require(BiddingChange.Confirmed);
        var current = OfferedQuote!;
        if (current.SupplierId != supplierId)
        {
            throw new DomainException("成交确认只能由当前排名在前的供应商办理。", "Only the supplier offered the order confirms it.");
        }

        if (nowUtc >= current.ConfirmDueUtc)
        {
            throw ConfirmationOver(current);
        }

        current.End(QuoteOutcome.Confirmed);
        AwardedUtc = nowUtc;
        Move(BiddingChange.Confirmed);
        return current;
    }

    public void Withdraw(string reason, DateTime nowUtc)
    {
        Require(BiddingChange.Withdrawn);
        if (nowUtc >= ClosesUtc)
        {
            throw new DomainException("报价已截止，不能撤回。", "The window has closed; the bidding cannot be withdrawn.");
        }

        EndReason = Texts.RequireReason(reason);
        Move(BiddingChange.Withdrawn);
    }

    public void CancelOrder(string reason, DateTime nowUtc)
    {
        Require(BiddingChange.OrderCancelled);
        EndReason = Texts.RequireReason(reason);
        Move(BiddingChange.OrderCancelled);
    }

    /// <summary>The purchaser has read the decision.</summary>
    public void NoteResult(DateTime nowUtc)
    {
        if (!IsDecided || ResultNotedUtc is not null)
        {
            throw new DomainException("没有待查看的竞价结果。", "There is no result to read.");
        }

        ResultNotedUtc = nowUtc;
    }

    private void Offer(BiddingQuote quote, DateTime nowUtc)
    {
        OfferedQuoteId = quote.Id;
        quote.OfferAt(nowUtc, nowUtc.AddHours(ConfirmationHours));
    }

    private DomainException ConfirmationOver(BiddingQuote current) => new(
        $"确认期限已于 {BeijingTime.Minutes(current.ConfirmDueUtc!.Value)} 届满（{ConfirmationCitation}）。",
        $"The confirmation period ended at {BeijingTime.Minutes(current.ConfirmDueUtc!.Value)} ({ConfirmationCitation}).");

    private void Require(BiddingChange change)
    {
        if (!Allows(change))
        {
            throw new DomainException(
                $"竞价当前为“{BiddingTexts.Status(Status).Zh}”，不能执行此操作。",
                $"The bidding is {BiddingTexts.Status(Status).En}; this step is not possible now.");
        }
    }

    private void Move(BiddingChange change) => Status = Transitions[(Status, change)];
}
