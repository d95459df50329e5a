using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>What a person can do with a reverse auction: the steps a page offers and a use case takes.</summary>
public enum AuctionAction
{
    Bid = 1,
    Withdraw = 2,
    NoteResult = 3,

    /// <summary>See the bidders' names and every bid: the purchaser, the regulator and the administrator once closed.</summary>
    SeeBidders = 4,
}

/// <summary>A supplier's standing towards an auction: why it may not bid (debarred, listings missing), or null when it may.</summary>
public sealed record AuctionSupplierFacts(Refusal? Ineligible)
{
    /// <summary>For an actor who is not a supplier: the answer refuses the bid on the role already.</summary>
    public static AuctionSupplierFacts None { get; } = new((Refusal?)null);
}

/// <summary>
/// Which auction steps an actor may take now, and why not: the transition table of
/// <see cref="ReverseAuction"/> (and its window) joined with who takes each step — any eligible
/// supplier bids while open; the unit's operator withdraws before the start and reads the result
/// after the close; names are seen only after the close, by the unit, a finance department over the auction's region
/// and the administrator, never by a bidder. The clock's steps
/// (open, close) are no one's. Pages render this; <see cref="ReverseAuctions"/> requires it.
/// </summary>
public static class AuctionSteps
{
    public static IReadOnlyList<AuctionAction> All { get; } = Enum.GetValues<AuctionAction>();

    public static ActionSet<AuctionAction> For(ReverseAuction auction, ActorStanding who, AuctionSupplierFacts supplier, DateTime nowUtc) =>
        new(All.Select(action => new AvailableAction<AuctionAction>(action, WhyNot(action, auction, who, supplier, nowUtc))).ToList());

    private static Refusal? WhyNot(AuctionAction action, ReverseAuction auction, ActorStanding who, AuctionSupplierFacts supplier, DateTime nowUtc) => action switch
    {
        AuctionAction.Bid => SupplierRefusal(who) ?? BidRefusal(auction, supplier, nowUtc),
        AuctionAction.SeeBidders => SeeRefusal(auction, who),
        _ => PurchaserRefusal(auction, who) ?? PurchaserRule(action, auction, nowUtc),
    };

    private static Refusal? SupplierRefusal(ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Kind == OrganizationKind.Supplier ? null
            : new Refusal("只有供应商可以报价。", "Only suppliers bid.", ground: RefusalGround.Jurisdiction));

    private static Refusal? BidRefusal(ReverseAuction auction, AuctionSupplierFacts supplier, DateTime nowUtc) =>
        auction.IsOpenAt(nowUtc) ? supplier.Ineligible : new Refusal(
            $"反拍时间为 {BeijingTime.Minutes(auction.OpensUtc)} 至 {BeijingTime.Seconds(auction.ClosesUtc)}，当前不能报价。",
            $"Bids are taken from {BeijingTime.Minutes(auction.OpensUtc)} to {BeijingTime.Seconds(auction.ClosesUtc)}; not now.");

    private static Refusal? SeeRefusal(ReverseAuction auction, ActorStanding who)
    {
        if (who.IsIn(Roles.Regulator) && !Oversees(who, auction.RegionCode) && !who.IsIn(Roles.PlatformAdmin))
        {
            return new Refusal("只能查看本地区及下级地区的反拍报价。", "You see the bids of auctions in your region and the regions below it only.", ground: RefusalGround.Jurisdiction);
        }

        if (!(who.Belongs(auction.UnitId) || Oversees(who, auction.RegionCode) || who.IsIn(Roles.PlatformAdmin)))
        {
            return new Refusal("供应商名称不向其他报价人公开。", "Bidders' names are not shown to other bidders.", ground: RefusalGround.Jurisdiction);
        }

        return auction.IsClosed ? null : new Refusal("反拍结束后方可查看报价供应商。", "The bidders are shown once the auction has closed.");
    }

    /// <summary>
    /// Whether the actor is a finance department over the region: its own or one above it (Jiangmen over
    /// Heshan, never Heshan over Jiangmen), as <see cref="Supervision.Jurisdiction"/> draws it.
    /// </summary>
    public static bool Oversees(ActorStanding who, string regionCode) =>
        who.IsIn(Roles.Regulator) && who.Kind == OrganizationKind.Regulator && who.RegionCode is { } own
        && Regions.RegionDirectory.Guangdong.SelfAndAncestors(regionCode).Any(r => r.Code == own);

    private static Refusal? PurchaserRefusal(ReverseAuction auction, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(auction.UnitId) ? null
            : new Refusal("只能处理本单位的反拍。", "You can only act on your own unit's auctions.", ground: RefusalGround.Jurisdiction));

    private static Refusal? PurchaserRule(AuctionAction action, ReverseAuction auction, DateTime nowUtc)
    {
        var now = action switch
        {
            AuctionAction.Withdraw => auction.Allows(AuctionChange.Withdrawn) && nowUtc < auction.OpensUtc,
            AuctionAction.NoteResult => auction.Status is AuctionStatus.Awarded or AuctionStatus.Failed && auction.ResultNotedUtc is null,
            _ => false,
        };
        return now ? null : new Refusal(
            $"反拍当前为“{AuctionTexts.Status(auction.Status).Zh}”，不能执行此操作。",
            $"The auction is {AuctionTexts.Status(auction.Status).En}; this step is not possible now.");
    }
}
