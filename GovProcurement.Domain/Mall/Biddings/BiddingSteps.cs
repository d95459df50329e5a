using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>What a person can do with a bidding: the steps a page offers and a use case takes.</summary>
public enum BiddingAction
{
    Quote = 1,
    Confirm = 2,
    Decline = 3,
    Withdraw = 4,
    NoteResult = 5,
    CancelOrder = 6,
}

/// <summary>A supplier's standing towards a bidding: whether it has quoted, and why it may not quote (debarred, listings missing).</summary>
public sealed record BiddingSupplierFacts(bool HasQuoted, Refusal? Ineligible)
{
    public static BiddingSupplierFacts None { get; } = new(false, null);
}

/// <summary>
/// Which bidding steps an actor may take now, and why not: the transition table of
/// <see cref="OnlineBidding"/> (and its window and confirmation period) joined with who takes each
/// step — the unit's operator withdraws, reads the result and cancels the order; any eligible
/// supplier quotes once; the supplier offered the order confirms or declines it. The platform's own
/// decisions (the close, passing on) are no one's step. Pages render this; <see cref="OnlineBiddings"/> requires it.
/// </summary>
public static class BiddingSteps
{
    public static IReadOnlyList<BiddingAction> All { get; } = Enum.GetValues<BiddingAction>();

    public static ActionSet<BiddingAction> For(OnlineBidding bidding, ActorStanding who, BiddingSupplierFacts supplier, DateTime nowUtc) =>
        new(All.Select(action => new AvailableAction<BiddingAction>(action, WhyNot(action, bidding, who, supplier, nowUtc))).ToList());

    private static Refusal? WhyNot(BiddingAction action, OnlineBidding bidding, ActorStanding who, BiddingSupplierFacts supplier, DateTime nowUtc) => action switch
    {
        BiddingAction.Quote => SupplierRefusal(who) ?? QuoteRefusal(bidding, supplier, nowUtc),
        BiddingAction.Confirm or BiddingAction.Decline => SupplierRefusal(who) ?? OfferRefusal(bidding, who, nowUtc),
        _ => PurchaserRefusal(bidding, who) ?? PurchaserRule(action, bidding, nowUtc),
    };

    private static Refusal? SupplierRefusal(ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Kind == OrganizationKind.Supplier ? null
            : new Refusal("只有供应商可以报价。", "Only suppliers quote.", ground: RefusalGround.Jurisdiction));

    private static Refusal? QuoteRefusal(OnlineBidding bidding, BiddingSupplierFacts supplier, DateTime nowUtc)
    {
        if (!bidding.IsOpenAt(nowUtc))
        {
            return new Refusal(
                $"报价时间为 {BeijingTime.Minutes(bidding.OpensUtc)} 至 {BeijingTime.Minutes(bidding.ClosesUtc)}，当前不能报价。",
                $"Quotes are taken from {BeijingTime.Minutes(bidding.OpensUtc)} to {BeijingTime.Minutes(bidding.ClosesUtc)}; not now.");
        }

        if (supplier.HasQuoted)
        {
            return new Refusal("贵公司已报价，每家供应商只能报价一次。", "You have quoted; each supplier quotes once.");
        }

        return supplier.Ineligible;
    }

    private static Refusal? OfferRefusal(OnlineBidding bidding, ActorStanding who, DateTime nowUtc)
    {
        if (bidding.Status != BiddingStatus.Offered || bidding.OfferedQuote is not { } offered || !who.Belongs(offered.SupplierId))
        {
            return new Refusal("当前没有待贵公司确认的成交。", "No win awaits your confirmation.");
        }

        return nowUtc < offered.ConfirmDueUtc ? null : new Refusal(
            $"确认期限已于 {BeijingTime.Minutes(offered.ConfirmDueUtc!.Value)} 届满。",
            $"The confirmation period ended at {BeijingTime.Minutes(offered.ConfirmDueUtc!.Value)}.", bidding.ConfirmationCitation);
    }

    private static Refusal? PurchaserRefusal(OnlineBidding bidding, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(bidding.UnitId) ? null
            : new Refusal("只能处理本单位的竞价。", "You can only act on your own unit's biddings.", ground: RefusalGround.Jurisdiction));

    private static Refusal? PurchaserRule(BiddingAction action, OnlineBidding bidding, DateTime nowUtc)
    {
        var now = action switch
        {
            BiddingAction.Withdraw => bidding.Allows(BiddingChange.Withdrawn) && nowUtc < bidding.ClosesUtc,
            BiddingAction.CancelOrder => bidding.Allows(BiddingChange.OrderCancelled),
            BiddingAction.NoteResult => bidding.IsDecided && bidding.ResultNotedUtc is null,
            _ => false,
        };
        return now ? null : new Refusal(
            $"竞价当前为“{BiddingTexts.Status(bidding.Status).Zh}”，不能执行此操作。",
            $"The bidding is {BiddingTexts.Status(bidding.Status).En}; this step is not possible now.");
    }
}
