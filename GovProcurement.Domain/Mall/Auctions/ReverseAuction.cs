using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>
/// 电子反拍: a requirement posted from one plan line, opened and closed by the platform's clock. While
/// open, each eligible supplier may bid as often as it likes, each bid at least one step below the
/// current lowest and never above the ceiling; a bid in the last minutes moves the end, up to a cap.
/// At the close, too few bidders fail it; otherwise the lowest bid is final. The status changes only
/// through the transition table; the numbers (<see cref="AuctionTerms"/>) are the rules in force the
/// day it was posted. Every accepted bid changes this row, so two bids racing for the same lowest
/// price cannot both save: the version decides.
/// </summary>
public sealed class ReverseAuction : VersionedEntity
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = Texts.ReasonMaxLength;

    private static readonly Dictionary<(AuctionStatus From, AuctionChange Change), AuctionStatus> Transitions = new()
    {
        [(AuctionStatus.Scheduled, AuctionChange.Opened)] = AuctionStatus.Open,
        [(AuctionStatus.Scheduled, AuctionChange.Withdrawn)] = AuctionStatus.Withdrawn,
        [(AuctionStatus.Open, AuctionChange.ClosedWithWinner)] = AuctionStatus.Awarded,
        [(AuctionStatus.Open, AuctionChange.ClosedTooFewBidders)] = AuctionStatus.Failed,
    };

    private readonly List<AuctionItem> items = [];
    private readonly List<AuctionBid> bids = [];

    private ReverseAuction()
    {
        Number = RegionCode = Title = PostedBy = MinimumBiddersCitation = ExtensionCitation = "";
    }

    public ReverseAuction(Guid planId, Guid planItemId, Guid unitId, string regionCode, AuctionRequirement requirement, AuctionTerms terms, string actor, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Number = $"DZFP-{regionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        PlanId = planId;
        PlanItemId = planItemId;
        UnitId = unitId;
        RegionCode = regionCode;
        Title = requirement.Title!.Trim();
        Ceiling = Money.FromYuan(requirement.CeilingYuan);
        Step = Money.FromYuan(requirement.StepYuan);
        OpensUtc = BeijingTime.RequireUtc(requirement.OpensUtc);
        ScheduledClosesUtc = ClosesUtc = OpensUtc.AddMinutes(requirement.DurationMinutes);
        MinimumBidders = terms.MinimumBidders;
        MinimumBiddersCitation = terms.MinimumBiddersCitation;
        ExtensionTriggerMinutes = (int)terms.ExtensionTrigger.TotalMinutes;
        ExtensionMinutes = (int)terms.Extension.TotalMinutes;
        MaximumExtensions = terms.MaximumExtensions;
        ExtensionCitation = terms.ExtensionCitation;
        Status = AuctionStatus.Scheduled;
        PostedBy = actor;
        PostedUtc = nowUtc;
        items.AddRange(requirement.Items.Select((item, i) => new AuctionItem(i + 1, item)));
    }

    public Guid Id { get; private set; }

    /// <summary>A readable number: 电子反拍, the region, the day posted and a short unique part.</summary>
    public string Number { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid PlanItemId { get; private set; }

    public Guid UnitId { get; private set; }

    public string RegionCode { get; private set; }

    public string Title { get; private set; }

    /// <summary>最高限价 (the start price): no bid above it; reserved on the plan line from posting.</summary>
    public Money Ceiling { get; private set; }

    /// <summary>报价幅度: each bid is at least this much below the current lowest.</summary>
    public Money Step { get; private set; }

    public DateTime OpensUtc { get; private set; }

    /// <summary>The end as posted, before any extension.</summary>
    public DateTime ScheduledClosesUtc { get; private set; }

    /// <summary>The end now: the scheduled end plus the extensions taken.</summary>
    public DateTime ClosesUtc { get; private set; }

    public int MinimumBidders { get; private set; }

    public string MinimumBiddersCitation { get; private set; }

    public int ExtensionTriggerMinutes { get; private set; }

    public int ExtensionMinutes { get; private set; }

    public int MaximumExtensions { get; private set; }

    public string ExtensionCitation { get; private set; }

    public int Extensions { get; private set; }

    public AuctionStatus Status { get; private set; }

    public string PostedBy { get; private set; }

    public DateTime PostedUtc { get; private set; }

    public DateTime? OpenedUtc { get; private set; }

    public DateTime? ClosedUtc { get; private set; }

    /// <summary>The current lowest bid's price; null before the first bid.</summary>
    public Money? LowestPrice { get; private set; }

    public Guid? LowestBidId { get; private set; }

    public int BidCount { get; private set; }

    /// <summary>How many distinct suppliers have bid.</summary>
    public int BidderCount { get; private set; }

    /// <summary>The final lowest bid, once awarded.</summary>
    public Guid? WinningBidId { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>When the purchaser read the result (the to-do item is done).</summary>
    public DateTime? ResultNotedUtc { get; private set; }

    public IReadOnlyList<AuctionItem> Items => items;

    public IReadOnlyList<AuctionBid> Bids => bids;

    public AuctionBid? WinningBid => bids.FirstOrDefault(b => b.Id == WinningBidId);

    public bool IsClosed => ClosedUtc is not null;

    public bool IsOpenAt(DateTime nowUtc) => Status == AuctionStatus.Open && OpensUtc <= nowUtc && nowUtc < ClosesUtc;

    /// <summary>The highest price a bid may have now: the ceiling, or one step below the current lowest.</summary>
    public Money HighestAcceptable => LowestPrice is { } lowest ? lowest - Step : Ceiling;

    /// <summary>When the platform has something to do: the start of a scheduled auction, the end of an open one; null once it is over.</summary>
    public DateTime? NextDueUtc => Status switch
    {
        AuctionStatus.Scheduled => OpensUtc,
        AuctionStatus.Open => ClosesUtc,
        _ => null,
    };

    /// <summary>The transition table's rows, for the tests that hold every row to a step or the platform.</summary>
    public static IReadOnlyCollection<(AuctionStatus From, AuctionChange Change)> Table => Transitions.Keys;

    public bool Allows(AuctionChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>The platform opens the auction at its start.</summary>
    public void Open(DateTime nowUtc)
    {
        if (nowUtc < OpensUtc)
        {
            throw new DomainException("未到反拍开始时间。", "The auction has not reached its start.");
        }

        Require(AuctionChange.Opened);
        OpenedUtc = nowUtc;
        Move(AuctionChange.Opened);
    }

    /// <summary>
    /// A supplier's bid while open: not above the ceiling, at least one step below the current
    /// lowest. Accepted in the last <see cref="ExtensionTriggerMinutes"/> (the edge included), it moves
    /// the end by <see cref="ExtensionMinutes"/> while fewer than <see cref="MaximumExtensions"/> have
    /// been taken. A refused bid changes nothing, the end least of all.
    /// </summary>
    public AuctionBid Bid(Guid supplierId, string supplierName, Money price, DateTime nowUtc)
    {
        if (!IsOpenAt(nowUtc))
        {
            throw new DomainException(
                $"反拍时间为 {BeijingTime.Minutes(OpensUtc)} 至 {BeijingTime.Seconds(ClosesUtc)}，当前不能报价。",
                $"Bids are taken from {BeijingTime.Minutes(OpensUtc)} to {BeijingTime.Seconds(ClosesUtc)}; not now.");
        }

        if (price <= Money.Zero || price > HighestAcceptable)
        {
            throw new DomainException(RefusedPrice(price));
        }

        var extend = ClosesUtc - nowUtc <= TimeSpan.FromMinutes(ExtensionTriggerMinutes) && Extensions < MaximumExtensions;
        var firstOfSupplier = bids.All(b => b.SupplierId != supplierId);
        var bid = new AuctionBid(Id, BidCount + 1, supplierId, supplierName, price, nowUtc, extend);
        bids.Add(bid);
        BidCount++;
        BidderCount += firstOfSupplier ? 1 : 0;
        LowestPrice = price;
        LowestBidId = bid.Id;
        if (extend)
        {
            Extensions++;
            ClosesUtc = ClosesUtc.AddMinutes(ExtensionMinutes);
        }

        return bid;
    }

    /// <summary>Why a price is refused now (above the ceiling, or not a step below the lowest).</summary>
    public Bilingual RefusedPrice(Money price) => LowestPrice is { } lowest
        ? new($"报价 {price} 须不高于 {HighestAcceptable}：比当前最低价 {lowest} 至少低一个报价幅度 {Step}。",
            $"The bid {price} must be at most {HighestAcceptable}: at least one step of {Step} below the current lowest {lowest}.")
        : new($"报价 {price} 必须大于零且不高于最高限价 {Ceiling}。", $"The bid {price} must be positive and not above the ceiling {Ceiling}.");

    /// <summary>The platform's close at the end: too few bidders fail the auction; otherwise the lowest bid wins, final.</summary>
    public void Close(DateTime nowUtc)
    {
        if (nowUtc < ClosesUtc)
        {
            throw new DomainException("反拍尚未结束。", "The auction has not reached its end.");
        }

        Require(AuctionChange.ClosedWithWinner);
        ClosedUtc = nowUtc;
        if (BidderCount < MinimumBidders)
        {
            EndReason = $"参与报价的供应商 {BidderCount} 家，少于 {MinimumBidders} 家（{MinimumBiddersCitation}）";
            Move(AuctionChange.ClosedTooFewBidders);
            return;
        }

        WinningBidId = LowestBidId;
        Move(AuctionChange.ClosedWithWinner);
    }

    /// <summary>The purchaser withdraws the auction before it opens.</summary>
    public void Withdraw(string reason, DateTime nowUtc)
    {
        Require(AuctionChange.Withdrawn);
        EndReason = Texts.RequireReason(reason);
        ClosedUtc = nowUtc;
        Move(AuctionChange.Withdrawn);
    }

    /// <summary>The purchaser has read the result.</summary>
    public void NoteResult(DateTime nowUtc)
    {
        if (Status is not (AuctionStatus.Awarded or AuctionStatus.Failed) || ResultNotedUtc is not null)
        {
            throw new DomainException("没有待查看的反拍结果。", "There is no result to read.");
        }

        ResultNotedUtc = nowUtc;
    }

    private void Require(AuctionChange change)
    {
        if (!Allows(change))
        {
            throw new DomainException(
                $"反拍当前为“{AuctionTexts.Status(Status).Zh}”，不能执行此操作。",
                $"The auction is {AuctionTexts.Status(Status).En}; this step is not possible now.");
        }
    }

    private void Move(AuctionChange change) => Status = Transitions[(Status, change)];
}
