using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;

namespace GovProcurement.Tests.Mall.Frameworks;

/// <summary>The framework agreement's own rules at their edges, on the aggregates alone: the term, admission, rotation, the second competition.</summary>
public sealed class FrameworkRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly RuleSet Rules = new(DefaultProcurementRules.All(), RegionDirectory.Guangdong);
    private static readonly Guid Owner = Guid.NewGuid();

    private static FrameworkTermLimit Limit(ProcurementCategory category, DateOnly start) =>
        FrameworkRules.MaximumTerm(Rules, "440700", start, category) is { } rule ? new((int)rule.Value, rule.Citation) : null!;

    public static FrameworkDraft Draft(FrameworkKind kind = FrameworkKind.Closed, DateOnly? start = null, DateOnly? end = null, string code = "A02010104", decimal price = 4_500m) =>
        new("2026—2027年江门市台式计算机框架协议", "JMKJXY-2026-001", kind, "440700", start ?? Today, end ?? Today.AddYears(1).AddDays(-1),
            [new FrameworkItemDraft(code, "台式计算机", "i5 / 16G / 512G SSD", "台", price)]);

    private static FrameworkAgreement Agreement(FrameworkKind kind = FrameworkKind.Closed, int suppliers = 3)
    {
        var agreement = new FrameworkAgreement(Draft(kind), Owner, "江门市公共资源交易中心", Limit(ProcurementCategory.Goods, Today), "jmggzy", Now);
        for (var i = 0; i < suppliers; i++)
        {
            agreement.Admit(Guid.NewGuid(), $"供应商{i + 1}", new Dictionary<int, Money>(), Today, Now);
        }

        return agreement;
    }

    private static FrameworkErrors Validate(FrameworkDraft draft, ProcurementCategory category = ProcurementCategory.Goods) =>
        new(new FrameworkDraftValidator(new FrameworkDraftContext("440700", Limit(category, draft.StartsOn))).Validate(draft).Errors.Select(e => e.PropertyName).ToList());

    private sealed record FrameworkErrors(IReadOnlyList<string> Fields);

    [Fact]
    public void A_goods_term_may_run_one_year_to_the_day_before_and_not_a_day_more()
    {
        Assert.Empty(Validate(Draft(end: Today.AddYears(1).AddDays(-1))).Fields);
        Assert.Equal([nameof(FrameworkDraft.EndsOn)], Validate(Draft(end: Today.AddYears(1))).Fields);
    }

    [Fact]
    public void A_services_term_may_run_two_years_and_each_term_rule_says_it_is_to_be_confirmed()
    {
        var services = Draft(end: Today.AddYears(2).AddDays(-1), code: "C1204");

        Assert.Empty(Validate(services, ProcurementCategory.Services).Fields);
        Assert.Equal([nameof(FrameworkDraft.EndsOn)], Validate(services with { EndsOn = Today.AddYears(2) }, ProcurementCategory.Services).Fields);
        Assert.All(FrameworkRules.Defaults(), r => Assert.Contains("待核实", r.Citation));
        Assert.All(FrameworkRules.Defaults(), r => Assert.Equal(ProcurementRuleBook.UnitOf(r.Kind), r.Unit));
    }

    [Fact]
    public void An_agreement_starting_before_order_110_came_into_force_has_no_term_rule_and_is_refused_at_the_start()
    {
        var early = Draft(start: new DateOnly(2022, 2, 28), end: new DateOnly(2022, 12, 31));

        Assert.Null(FrameworkRules.MaximumTerm(Rules, "440700", early.StartsOn, ProcurementCategory.Goods));
        Assert.Equal([nameof(FrameworkDraft.StartsOn)], Validate(early).Fields);
    }

    [Fact]
    public void A_closed_agreement_in_force_refuses_a_new_supplier_and_an_open_one_admits_it_inside_the_term()
    {
        var closed = Agreement(FrameworkKind.Closed);
        var open = Agreement(FrameworkKind.Open);
        closed.PutInForce(2, "c", Today, Now);
        open.PutInForce(2, "c", Today, Now);
        var agency = new FrameworkOwnerStanding(new ActorStanding(new Actor("jmggzy", Owner, new HashSet<string> { Roles.Agency }), OrganizationKind.Agency, "440700"), true);

        var refusal = FrameworkSteps.For(closed, agency, Today).WhyNot(FrameworkAction.AdmitSupplier);
        var thrown = Assert.Throws<DomainException>(() => closed.Admit(Guid.NewGuid(), "新供应商", new Dictionary<int, Money>(), Today, Now));
        open.Admit(Guid.NewGuid(), "新供应商", new Dictionary<int, Money>(), Today, Now);

        Assert.Contains("封闭式框架协议在有效期内不得增加入围供应商", refusal!.Why.Zh);
        Assert.Contains("封闭式", thrown.Text.Zh);
        Assert.Equal(3, closed.Suppliers.Count);
        Assert.Equal([1, 2, 3, 4], open.Suppliers.Select(s => s.RotationOrder));
        Assert.True(FrameworkSteps.For(open, agency, Today).Allows(FrameworkAction.AdmitSupplier));
        Assert.False(FrameworkSteps.For(open, agency, Today.AddYears(1)).Allows(FrameworkAction.AdmitSupplier));
    }

    [Fact]
    public void A_closed_agreement_needs_the_rules_minimum_of_suppliers_to_come_into_force()
    {
        var one = Agreement(FrameworkKind.Closed, suppliers: 1);

        var refused = Assert.Throws<DomainException>(() => one.PutInForce(2, "财政部令第110号（待核实）", Today, Now));

        Assert.Contains("不少于 2 家", refused.Text.Zh);
        Assert.Equal(FrameworkStatus.Draft, one.Status);
    }

    [Fact]
    public void An_agreement_is_in_force_through_its_last_day_and_expires_the_day_after()
    {
        var agreement = Agreement();
        agreement.PutInForce(2, "c", Today, Now);
        var last = agreement.EndsOn;

        Assert.True(agreement.IsInForceOn(last));
        Assert.Throws<DomainException>(() => agreement.Expire(last, Now));
        agreement.Expire(last.AddDays(1), Now);
        Assert.False(agreement.IsInForceOn(last));
        Assert.Equal(FrameworkStatus.Expired, agreement.Status);
    }

    [Fact]
    public void The_rotation_takes_the_next_in_order_wraps_around_and_passes_over_an_excluded_supplier()
    {
        var suppliers = Agreement().Suppliers;

        Assert.Equal(1, FrameworkRotation.Next(suppliers, 0)!.RotationOrder);
        Assert.Equal(2, FrameworkRotation.Next(suppliers, 1)!.RotationOrder);
        Assert.Equal(1, FrameworkRotation.Next(suppliers, 3)!.RotationOrder);
        Assert.Equal(3, FrameworkRotation.Next(suppliers.Where(s => s.RotationOrder != 2), 1)!.RotationOrder);
        Assert.Null(FrameworkRotation.Next([], 1));
    }

    private static (FrameworkCallOff CallOff, FrameworkAgreement Agreement) Competition()
    {
        var agreement = Agreement();
        agreement.PutInForce(2, "c", Today, Now);
        var subject = new CallOffSubject(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "440700", agreement, agreement.Items[0], 10);
        return (FrameworkCallOff.Compete(subject, Now.AddHours(24), FrameworkRules.SecondCompetition(Rules, "440700", Today), "op", Now), agreement);
    }

    [Fact]
    public void A_second_competition_quote_at_the_agreement_price_is_taken_and_one_fen_above_is_refused()
    {
        var (callOff, agreement) = Competition();
        var ceiling = agreement.PriceFor(agreement.Items[0], agreement.Suppliers[0].SupplierId);

        var above = Assert.Throws<DomainException>(() => callOff.Quote(agreement.Suppliers[0].SupplierId, "供应商1", ceiling + new Money(1), ceiling, Now));
        var quote = callOff.Quote(agreement.Suppliers[0].SupplierId, "供应商1", ceiling, ceiling, Now);

        Assert.Contains("不高于协议价格", above.Text.Zh);
        Assert.Equal(Money.FromYuan(45_000m), quote.Amount);
    }

    [Fact]
    public void Equal_quotes_rank_by_who_quoted_first_and_the_lowest_wins_at_the_close()
    {
        var (callOff, agreement) = Competition();
        var ceiling = Money.FromYuan(4_500m);
        var s = agreement.Suppliers;
        callOff.Quote(s[0].SupplierId, s[0].SupplierName, Money.FromYuan(4_300m), ceiling, Now.AddMinutes(1));
        callOff.Quote(s[1].SupplierId, s[1].SupplierName, Money.FromYuan(4_200m), ceiling, Now.AddMinutes(3));
        callOff.Quote(s[2].SupplierId, s[2].SupplierName, Money.FromYuan(4_200m), ceiling, Now.AddMinutes(2));

        Assert.Throws<DomainException>(() => callOff.Close(_ => null, Money.FromYuan(1_000_000m), Now.AddHours(24).AddTicks(-1)));
        var winner = callOff.Close(_ => null, Money.FromYuan(1_000_000m), Now.AddHours(24));

        Assert.Equal(s[2].SupplierId, winner!.SupplierId);
        Assert.Equal((CallOffStatus.Awarded, Money.FromYuan(42_000m)), (callOff.Status, callOff.Amount!.Value));
        Assert.Equal([s[2].SupplierId, s[1].SupplierId, s[0].SupplierId], callOff.Ranking.Select(q => q.SupplierId));
    }

    [Fact]
    public void An_excluded_only_quote_fails_the_competition_and_so_does_a_win_above_the_plan_lines_remaining_amount()
    {
        var (excluded, a) = Competition();
        excluded.Quote(a.Suppliers[0].SupplierId, "供应商1", Money.FromYuan(4_000m), Money.FromYuan(4_500m), Now);
        var (tooDear, b) = Competition();
        tooDear.Quote(b.Suppliers[0].SupplierId, "供应商1", Money.FromYuan(4_000m), Money.FromYuan(4_500m), Now);

        Assert.Null(excluded.Close(_ => new Refusal("禁止参加政府采购活动", "debarred"), Money.FromYuan(1_000_000m), Now.AddHours(24)));
        Assert.Null(tooDear.Close(_ => null, Money.FromYuan(39_999.99m), Now.AddHours(24)));

        Assert.Equal(CallOffStatus.Failed, excluded.Status);
        Assert.Contains("禁止参加", excluded.Quotes[0].InvalidReason);
        Assert.Equal(CallOffStatus.Failed, tooDear.Status);
        Assert.Contains("超过计划明细的剩余额度", tooDear.EndReason);
        Assert.Null(tooDear.SupplierId);
    }
}
