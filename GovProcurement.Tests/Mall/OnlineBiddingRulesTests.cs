using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Mall;

/// <summary>The bidding's own rules at their edges, on the aggregate alone: minimum quotes, ties, ceiling, window, confirmation, the sealed view.</summary>
public sealed class OnlineBiddingRulesTests
{
    private static readonly DateTime Posted = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = Posted.AddHours(48);
    private static readonly Guid Unit = Guid.NewGuid();

    public static BiddingTerms Terms { get; } = BiddingRules.On(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), "440700", new DateOnly(2026, 11, 27));

    private static OnlineBidding NewBidding(decimal ceiling = 10_000m) => new(Guid.NewGuid(), Guid.NewGuid(), Unit, "440700",
        new BiddingRequirement(Guid.Empty, Guid.Empty, "教研室电脑", [new BiddingItemDraft("A02010104", "台式计算机", 5, "台", "i5 / 16G")], ceiling, "江门市第一中学", new DateOnly(2026, 12, 20), Posted, Closes),
        Terms, "op", Posted);

    private static (OnlineBidding Bidding, Guid[] Suppliers) WithQuotes(params decimal[] prices)
    {
        var bidding = NewBidding();
        var suppliers = prices.Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < prices.Length; i++)
        {
            bidding.Quote(suppliers[i], $"供应商{i + 1}", Money.FromYuan(prices[i]), Posted.AddMinutes(i + 1));
        }

        return (bidding, suppliers);
    }

    private static void CloseAllValid(OnlineBidding bidding) => bidding.Close(_ => null, Closes);

    [Fact]
    public void The_shipped_terms_are_three_quotes_72_hours_and_a_48_hour_window_each_marked_to_be_confirmed()
    {
        Assert.Equal((3, TimeSpan.FromHours(72), TimeSpan.FromHours(48)), (Terms.MinimumQuotes, Terms.Confirmation, Terms.MinimumWindow));
        Assert.All(new[] { Terms.MinimumQuotesCitation, Terms.ConfirmationCitation, Terms.MinimumWindowCitation }, c => Assert.Contains("待核实", c));
    }

    [Fact]
    public void Two_valid_quotes_fail_the_bidding_and_three_win_it()
    {
        var (two, _) = WithQuotes(900m, 800m);
        CloseAllValid(two);
        Assert.Equal(BiddingStatus.Failed, two.Status);
        Assert.Null(two.OfferedQuoteId);
        Assert.Contains("少于 3 家", two.EndReason);

        var (three, suppliers) = WithQuotes(900m, 800m, 950m);
        CloseAllValid(three);
        Assert.Equal(BiddingStatus.Offered, three.Status);
        Assert.Equal(suppliers[1], three.OfferedQuote!.SupplierId);
        Assert.Equal(Closes.AddHours(72), three.OfferedQuote.ConfirmDueUtc);
    }

    [Fact]
    public void An_ineligible_quote_at_the_close_does_not_count_towards_the_minimum()
    {
        var (bidding, suppliers) = WithQuotes(900m, 800m, 950m);

        bidding.Close(q => q.SupplierId == suppliers[1] ? new Refusal("已被禁止参加政府采购活动", "debarred") : null, Closes);

        Assert.Equal(BiddingStatus.Failed, bidding.Status);
        Assert.Equal("已被禁止参加政府采购活动", bidding.Quotes.Single(q => q.SupplierId == suppliers[1]).InvalidReason);
        Assert.Null(bidding.Quotes.Single(q => q.SupplierId == suppliers[1]).Rank);
    }

    [Fact]
    public void Equal_prices_rank_by_who_quoted_first()
    {
        var (bidding, suppliers) = WithQuotes(800m, 900m, 800m);

        CloseAllValid(bidding);

        Assert.Equal([suppliers[0], suppliers[2], suppliers[1]], bidding.Ranking.Select(q => q.SupplierId));
        Assert.Contains("先提交报价者排名在前", BiddingRules.TieRule.Zh);
    }

    [Fact]
    public void A_quote_at_the_ceiling_is_taken_and_one_fen_above_is_refused()
    {
        var bidding = NewBidding(ceiling: 10_000m);

        bidding.Quote(Guid.NewGuid(), "甲", Money.FromYuan(10_000m), Posted.AddMinutes(1));
        var above = Assert.Throws<DomainException>(() => bidding.Quote(Guid.NewGuid(), "乙", Money.FromYuan(10_000.01m), Posted.AddMinutes(2)));

        Assert.Contains("最高限价", above.Text.Zh);
        Assert.Single(bidding.Quotes);
    }

    [Fact]
    public void A_supplier_quotes_once_and_only_inside_the_window()
    {
        var bidding = NewBidding();
        var supplier = Guid.NewGuid();
        bidding.Quote(supplier, "甲", Money.FromYuan(100m), Posted);

        Assert.Throws<DomainException>(() => bidding.Quote(supplier, "甲", Money.FromYuan(90m), Posted.AddMinutes(1)));
        Assert.Throws<DomainException>(() => bidding.Quote(Guid.NewGuid(), "乙", Money.FromYuan(90m), Closes));
        Assert.Throws<DomainException>(() => bidding.Close(_ => null, Closes.AddTicks(-1)));
    }

    [Fact]
    public void A_win_confirmed_one_tick_before_the_due_time_is_awarded_and_at_the_due_time_it_is_too_late()
    {
        var (bidding, suppliers) = WithQuotes(900m, 800m, 950m);
        CloseAllValid(bidding);
        var due = bidding.OfferedQuote!.ConfirmDueUtc!.Value;

        Assert.Throws<DomainException>(() => bidding.Confirm(suppliers[1], due));
        Assert.Throws<DomainException>(() => bidding.Confirm(suppliers[0], due.AddTicks(-1)));
        var won = bidding.Confirm(suppliers[1], due.AddTicks(-1));

        Assert.Equal(BiddingStatus.Awarded, bidding.Status);
        Assert.Equal(Money.FromYuan(800m), won.Price);
    }

    [Fact]
    public void An_unconfirmed_win_passes_down_the_ranking_and_ends_unsuccessful_after_the_last()
    {
        var (bidding, suppliers) = WithQuotes(900m, 800m, 950m);
        CloseAllValid(bidding);
        var firstDue = bidding.OfferedQuote!.ConfirmDueUtc!.Value;
        Assert.Throws<DomainException>(() => bidding.PassOn(QuoteOutcome.TimedOut, firstDue.AddTicks(-1)));

        bidding.PassOn(QuoteOutcome.TimedOut, firstDue);
        Assert.Equal((BiddingStatus.Offered, suppliers[0]), (bidding.Status, bidding.OfferedQuote!.SupplierId));
        Assert.Equal(firstDue.AddHours(72), bidding.OfferedQuote.ConfirmDueUtc);

        bidding.PassOn(QuoteOutcome.Declined, firstDue.AddHours(1));
        Assert.Equal(suppliers[2], bidding.OfferedQuote!.SupplierId);

        bidding.PassOn(QuoteOutcome.TimedOut, firstDue.AddHours(73));
        Assert.Equal(BiddingStatus.Unsuccessful, bidding.Status);
        Assert.Null(bidding.OfferedQuote);
        Assert.Equal([QuoteOutcome.TimedOut, QuoteOutcome.Declined, QuoteOutcome.TimedOut], bidding.Ranking.Select(q => q.Outcome!.Value));
    }

    [Fact]
    public void Before_the_close_a_supplier_sees_only_its_own_quote_and_the_purchaser_none_after_it_the_purchaser_sees_the_ranking()
    {
        var (bidding, suppliers) = WithQuotes(900m, 800m, 950m);
        var purchaser = Standing(Roles.PurchaserOperator, OrganizationKind.BudgetUnit, Unit);
        var second = Standing(Roles.Supplier, OrganizationKind.Supplier, suppliers[1]);

        Assert.Empty(BiddingQueries.SealedView(bidding, purchaser));
        Assert.Equal([800m], BiddingQueries.SealedView(bidding, second).Select(q => q.Price.Yuan));

        CloseAllValid(bidding);

        Assert.Equal([1, 2, 3], BiddingQueries.SealedView(bidding, purchaser).Select(q => q.Rank!.Value));
        Assert.Equal([800m], BiddingQueries.SealedView(bidding, second).Select(q => q.Price.Yuan));
        Assert.Empty(BiddingQueries.SealedView(bidding, Standing(Roles.PurchaserOperator, OrganizationKind.BudgetUnit, Guid.NewGuid())));
    }

    [Fact]
    public void The_requirement_window_must_last_the_rule_minimum_and_the_ceiling_must_fit_the_remaining_amount()
    {
        var context = new BiddingRequirementContext("A02010104", Money.FromYuan(10_000m), Terms, Posted);
        var validator = new BiddingRequirementValidator(context);
        BiddingRequirement Req(decimal ceiling, TimeSpan window) => new(Guid.Empty, Guid.Empty, "电脑", [new BiddingItemDraft("A02010104", "台式计算机", 1, "台", null)],
            ceiling, "学校", new DateOnly(2026, 12, 30), Posted, Posted + window);

        Assert.True(validator.Validate(Req(10_000m, TimeSpan.FromHours(48))).IsValid);
        var shortWindow = validator.Validate(Req(10_000m, TimeSpan.FromHours(48) - TimeSpan.FromMinutes(1)));
        Assert.Equal([nameof(BiddingRequirement.ClosesUtc)], shortWindow.Errors.Select(e => e.PropertyName));
        var tooDear = validator.Validate(Req(10_000.01m, TimeSpan.FromHours(48)));
        Assert.Equal([nameof(BiddingRequirement.CeilingYuan)], tooDear.Errors.Select(e => e.PropertyName));
        Assert.Contains("¥10,000.00", tooDear.Errors[0].ErrorMessage);
    }

    private static ActorStanding Standing(string role, OrganizationKind kind, Guid org) =>
        new(new Actor("someone", org, new HashSet<string> { role }), kind, "440700");
}
