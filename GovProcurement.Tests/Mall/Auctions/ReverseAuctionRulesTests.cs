using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Auctions;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Mall.Auctions;

/// <summary>The auction's own rules at their edges, on the aggregate alone: ceiling, step, extension window and cap, minimum bidders, the answer.</summary>
public sealed class ReverseAuctionRulesTests
{
    private static readonly DateTime Posted = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Opens = Posted.AddHours(24);
    private static readonly DateTime Ends = Opens.AddMinutes(60);
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid[] Suppliers = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    public static AuctionTerms Terms { get; } = AuctionRules.On(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), "440700", new DateOnly(2026, 11, 27));

    public static AuctionRequirement Requirement(decimal ceiling = 10_000m, decimal step = 100m, DateTime? opens = null, int minutes = 60) =>
        new(Guid.Empty, Guid.Empty, "教研室电脑反拍", [new AuctionItemDraft("A02010104", "台式计算机", 5, "台", "i5 / 16G")], ceiling, step, opens ?? Opens, minutes);

    private static ReverseAuction Opened()
    {
        var auction = new ReverseAuction(Guid.NewGuid(), Guid.NewGuid(), Unit, "440700", Requirement(), Terms, "op", Posted);
        auction.Open(Opens);
        return auction;
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    [Fact]
    public void The_shipped_terms_are_data_with_their_source_each_marked_to_be_confirmed()
    {
        Assert.Equal((3, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), 6, 10, TimeSpan.FromHours(24), TimeSpan.FromMinutes(30)),
            (Terms.MinimumBidders, Terms.ExtensionTrigger, Terms.Extension, Terms.MaximumExtensions, Terms.MinimumStepBasisPoints, Terms.MinimumLead, Terms.MinimumDuration));
        Assert.All(new[] { Terms.MinimumBiddersCitation, Terms.ExtensionCitation, Terms.MinimumStepCitation, Terms.MinimumLeadCitation, Terms.MinimumDurationCitation },
            c => Assert.Contains("待核实", c));
        Assert.All(AuctionRules.Defaults(), r => Assert.Equal(ProcurementRuleBook.UnitOf(r.Kind), r.Unit));
    }

    [Fact]
    public void The_first_bid_may_be_the_ceiling_but_not_one_fen_above_it()
    {
        var auction = Opened();
        var above = Assert.Throws<DomainException>(() => auction.Bid(Suppliers[0], "甲", Yuan(10_000.01m), Opens));
        Assert.Contains("最高限价", above.Text.Zh);
        Assert.Equal(0, auction.BidCount);

        auction.Bid(Suppliers[0], "甲", Yuan(10_000m), Opens);
        Assert.Equal(Yuan(10_000m), auction.LowestPrice);
    }

    [Fact]
    public void A_bid_exactly_one_step_below_the_lowest_is_accepted_and_one_fen_less_of_a_cut_is_refused()
    {
        var auction = Opened();
        auction.Bid(Suppliers[0], "甲", Yuan(9_000m), Opens);

        var short_ = Assert.Throws<DomainException>(() => auction.Bid(Suppliers[1], "乙", Yuan(8_900.01m), Opens.AddMinutes(1)));
        Assert.Contains("报价幅度", short_.Text.Zh);
        Assert.Equal((1, Yuan(9_000m)), (auction.BidCount, auction.LowestPrice!.Value));

        auction.Bid(Suppliers[1], "乙", Yuan(8_900m), Opens.AddMinutes(1));
        Assert.Equal((2, Yuan(8_900m), Yuan(8_800m)), (auction.BidCount, auction.LowestPrice!.Value, auction.HighestAcceptable));
    }

    [Fact]
    public void A_bid_at_the_exact_start_of_the_trigger_window_extends_and_one_just_before_it_does_not()
    {
        var before = Opened();
        before.Bid(Suppliers[0], "甲", Yuan(9_000m), Ends - TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(10));
        Assert.Equal((Ends, 0), (before.ClosesUtc, before.Extensions));

        var edge = Opened();
        var bid = edge.Bid(Suppliers[0], "甲", Yuan(9_000m), Ends - TimeSpan.FromMinutes(5));
        Assert.True(bid.Extended);
        Assert.Equal((Ends.AddMinutes(5), 1, Ends), (edge.ClosesUtc, edge.Extensions, edge.ScheduledClosesUtc));
    }

    [Fact]
    public void Extensions_stop_at_the_cap_and_bids_are_still_taken_until_the_moved_end()
    {
        var auction = Opened();
        var price = 9_900m;
        for (var i = 0; i < Terms.MaximumExtensions; i++)
        {
            auction.Bid(Suppliers[i % 3], "供应商", Yuan(price -= 100m), auction.ClosesUtc.AddMinutes(-1));
        }

        Assert.Equal((Terms.MaximumExtensions, Ends.AddMinutes(5 * Terms.MaximumExtensions)), (auction.Extensions, auction.ClosesUtc));
        var last = auction.Bid(Suppliers[0], "甲", Yuan(price - 100m), auction.ClosesUtc.AddMinutes(-1));
        Assert.False(last.Extended);
        Assert.Equal(Ends.AddMinutes(5 * Terms.MaximumExtensions), auction.ClosesUtc);
        Assert.Throws<DomainException>(() => auction.Bid(Suppliers[1], "乙", Yuan(1_000m), auction.ClosesUtc));
    }

    [Fact]
    public void A_refused_bid_in_the_trigger_window_does_not_move_the_end()
    {
        var auction = Opened();
        auction.Bid(Suppliers[0], "甲", Yuan(9_000m), Opens);

        Assert.Throws<DomainException>(() => auction.Bid(Suppliers[1], "乙", Yuan(9_000m), Ends.AddMinutes(-1)));
        Assert.Throws<DomainException>(() => auction.Bid(Suppliers[1], "乙", Yuan(10_500m), Ends.AddMinutes(-1)));

        Assert.Equal((Ends, 0, 1), (auction.ClosesUtc, auction.Extensions, auction.BidCount));
    }

    [Fact]
    public void Two_bidders_fail_the_auction_and_three_award_it_to_the_lowest_however_often_each_bid()
    {
        var two = Opened();
        two.Bid(Suppliers[0], "甲", Yuan(9_000m), Opens);
        two.Bid(Suppliers[1], "乙", Yuan(8_000m), Opens.AddMinutes(1));
        two.Bid(Suppliers[0], "甲", Yuan(7_000m), Opens.AddMinutes(2));
        Assert.Throws<DomainException>(() => two.Close(Ends - TimeSpan.FromTicks(10)));
        two.Close(Ends);
        Assert.Equal((AuctionStatus.Failed, 2, (Guid?)null), (two.Status, two.BidderCount, two.WinningBidId));
        Assert.Contains("少于 3 家", two.EndReason);

        var three = Opened();
        three.Bid(Suppliers[0], "甲", Yuan(9_000m), Opens);
        three.Bid(Suppliers[1], "乙", Yuan(8_000m), Opens.AddMinutes(1));
        three.Bid(Suppliers[2], "丙", Yuan(7_500m), Opens.AddMinutes(2));
        three.Bid(Suppliers[1], "乙", Yuan(7_000m), Opens.AddMinutes(3));
        three.Close(Ends);
        Assert.Equal((AuctionStatus.Awarded, Suppliers[1], Yuan(7_000m)), (three.Status, three.WinningBid!.SupplierId, three.WinningBid.Price));
        Assert.Equal([(Suppliers[1], 1), (Suppliers[2], 2), (Suppliers[0], 3)], AuctionQueries.Standings(three).Select(s => (s.SupplierId, s.Rank)));
        Assert.Throws<DomainException>(() => three.Close(Ends));
    }

    [Fact]
    public void Bids_are_taken_only_between_the_open_and_the_end()
    {
        var auction = new ReverseAuction(Guid.NewGuid(), Guid.NewGuid(), Unit, "440700", Requirement(), Terms, "op", Posted);
        Assert.Throws<DomainException>(() => auction.Bid(Suppliers[0], "甲", Yuan(9_000m), Opens));
        Assert.Throws<DomainException>(() => auction.Open(Opens - TimeSpan.FromTicks(10)));
        auction.Open(Opens);
        Assert.Throws<DomainException>(() => auction.Bid(Suppliers[0], "甲", Yuan(9_000m), Ends));
    }

    [Fact]
    public void The_answer_lets_an_eligible_supplier_bid_only_while_open_and_shows_names_only_to_the_purchaser_after_the_close()
    {
        var auction = Opened();
        var supplier = Standing(Roles.Supplier, OrganizationKind.Supplier, Suppliers[0]);
        var purchaser = Standing(Roles.PurchaserOperator, OrganizationKind.BudgetUnit, Unit);
        var eligible = new AuctionSupplierFacts(null);
        var barred = new AuctionSupplierFacts(new Refusal("没有在售商品。", "No listing."));

        Assert.True(AuctionSteps.For(auction, supplier, eligible, Opens).Allows(AuctionAction.Bid));
        Assert.Equal("没有在售商品。", AuctionSteps.For(auction, supplier, barred, Opens).WhyNot(AuctionAction.Bid)!.Why.Zh);
        Assert.False(AuctionSteps.For(auction, purchaser, AuctionSupplierFacts.None, Opens).Allows(AuctionAction.Bid));
        Assert.False(AuctionSteps.For(auction, supplier, eligible, Ends).Allows(AuctionAction.Bid));
        Assert.False(AuctionSteps.For(auction, purchaser, AuctionSupplierFacts.None, Opens).Allows(AuctionAction.SeeBidders));

        auction.Close(Ends);
        Assert.True(AuctionSteps.For(auction, purchaser, AuctionSupplierFacts.None, Ends).Allows(AuctionAction.SeeBidders));
        Assert.False(AuctionSteps.For(auction, supplier, eligible, Ends).Allows(AuctionAction.SeeBidders));
        Assert.True(AuctionSteps.For(auction, purchaser, AuctionSupplierFacts.None, Ends).Allows(AuctionAction.NoteResult));
    }

    [Fact]
    public void The_requirement_is_checked_at_its_fields_against_the_rules_and_the_remaining_amount()
    {
        var validator = new AuctionRequirementValidator(new AuctionRequirementContext("A02010104", Yuan(10_000m), Terms, Posted));
        string[] Fields(AuctionRequirement r) => validator.Validate(r).Errors.Select(e => e.PropertyName).ToArray();

        Assert.Empty(Fields(Requirement(10_000m, 10m, Posted.AddHours(24), 30)));
        Assert.Equal([nameof(AuctionRequirement.CeilingYuan)], Fields(Requirement(10_000.01m)));
        Assert.Equal([nameof(AuctionRequirement.StepYuan)], Fields(Requirement(10_000m, 9.99m)));
        Assert.Equal([nameof(AuctionRequirement.OpensUtc)], Fields(Requirement(opens: Posted.AddHours(23))));
        Assert.Equal([nameof(AuctionRequirement.DurationMinutes)], Fields(Requirement(minutes: 29)));
        Assert.Equal([nameof(AuctionRequirement.DurationMinutes)], Fields(Requirement(minutes: AuctionRequirementValidator.MaxDurationMinutes + 1)));
    }

    private static ActorStanding Standing(string role, OrganizationKind kind, Guid org) =>
        new(new Actor("someone", org, new HashSet<string> { role }), kind, "440700");
}
