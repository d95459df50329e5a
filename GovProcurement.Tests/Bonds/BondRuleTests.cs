using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;

namespace GovProcurement.Tests.Bonds;

/// <summary>
/// The caps exactly at and one fen over, and the refund deadlines on both sides around National Day 2026
/// (1–7 October off, Saturday 10 October a make-up working day).
/// </summary>
public sealed class BondRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    [Theory]
    [InlineData(1_600_000, 32_000, null)]
    [InlineData(1_600_000, 32_000.01, "32,000.00")]
    [InlineData(1_234_567.89, 24_691.35, null)]
    [InlineData(1_234_567.89, 24_691.36, "24,691.35")]
    public void A_bid_bond_is_at_most_two_percent_of_the_budget(double budget, double amount, string? cap)
    {
        var refusal = BondRules.BidBondRefusal(Money.FromYuan((decimal)budget), Money.FromYuan((decimal)amount), BondScenario.Terms);
        if (cap is null)
        {
            Assert.Null(refusal);
            return;
        }

        Assert.NotNull(refusal);
        Assert.Contains($"上限 ¥{cap}", refusal.Why.Zh, StringComparison.Ordinal);
        Assert.Contains("2%", refusal.Why.Zh, StringComparison.Ordinal);
        Assert.Contains($"¥{(decimal)amount:N2}", refusal.Why.Zh, StringComparison.Ordinal);
        Assert.Contains("实施条例》第三十三条", refusal.Citation, StringComparison.Ordinal);
        Assert.Contains("2%", refusal.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_performance_bond_is_at_most_ten_percent_of_the_contract_and_never_zero()
    {
        var terms = BondScenario.Terms;
        Assert.Null(BondRules.PerformanceBondRefusal(Money.FromYuan(48_000m), Money.FromYuan(4_800m), terms));
        var over = BondRules.PerformanceBondRefusal(Money.FromYuan(48_000m), Money.FromYuan(4_800.01m), terms);
        Assert.NotNull(over);
        Assert.Equal("履约保证金 ¥4,800.01 超过合同金额 ¥48,000.00 的 10%（上限 ¥4,800.00）。", over.Why.Zh);
        Assert.Contains("第四十八条", over.Citation, StringComparison.Ordinal);
        Assert.NotNull(BondRules.PerformanceBondRefusal(Money.FromYuan(48_000m), Money.Zero, terms));

        var thrown = Assert.Throws<DomainException>(() => BondScenario.Performance(48_000m, 4_800.01m));
        Assert.Contains("第四十八条", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(Money.FromYuan(4_800m), BondScenario.Performance(48_000m, 4_800m).Amount);
    }

    [Fact]
    public void A_losers_bid_bond_is_due_five_working_days_after_the_award_notice_across_the_holiday_and_the_make_up_day()
    {
        var bond = BondScenario.In(BondStatus.Received, BondScenario.Bid());
        var due = BondDeadlines.RefundDue(bond, new BondFacts(new DateOnly(2026, 9, 29), false, null, null), BondScenario.Terms, Calendar)!;

        // 30 Sep, 8 Oct, 9 Oct, Saturday 10 Oct (make-up), Monday 12 Oct.
        Assert.Equal(new DateOnly(2026, 10, 12), due.Due);
        Assert.Contains("自中标通知书发出之日起5个工作日内退还未中标供应商", due.Citation, StringComparison.Ordinal);
        Assert.Equal("中标通知书发出（2026-09-29）", due.CountsFrom.Zh);
        Assert.False(due.IsOverdue(bond, new DateOnly(2026, 10, 12)));
        Assert.True(due.IsOverdue(bond, new DateOnly(2026, 10, 13)));
    }

    [Fact]
    public void The_winners_bid_bond_waits_for_the_contract_then_is_due_five_working_days_after_signing()
    {
        var bond = BondScenario.In(BondStatus.Received, BondScenario.Bid());
        Assert.Null(BondDeadlines.RefundDue(bond, new BondFacts(new DateOnly(2026, 9, 28), true, null, null), BondScenario.Terms, Calendar));
        Assert.Null(BondDeadlines.RefundDue(bond, BondFacts.None, BondScenario.Terms, Calendar));

        var due = BondDeadlines.RefundDue(bond, new BondFacts(new DateOnly(2026, 9, 28), true, new DateOnly(2026, 9, 30), null), BondScenario.Terms, Calendar)!;

        // 8, 9, Saturday 10 (make-up), 12, 13 October.
        Assert.Equal(new DateOnly(2026, 10, 13), due.Due);
        Assert.Contains("自政府采购合同签订之日起5个工作日内", due.Citation, StringComparison.Ordinal);
        Assert.False(due.IsOverdue(bond, new DateOnly(2026, 10, 13)));
        Assert.True(due.IsOverdue(bond, new DateOnly(2026, 10, 14)));
    }

    [Fact]
    public void A_refund_on_the_due_day_is_in_time_and_one_day_later_is_late()
    {
        var facts = new BondFacts(new DateOnly(2026, 9, 29), false, null, null);
        var onTime = BondScenario.In(BondStatus.Received, BondScenario.Bid());
        onTime.Refund("TH-1", "agency", BondScenario.At(new DateOnly(2026, 10, 12)));
        var late = BondScenario.In(BondStatus.Received, BondScenario.Bid());
        late.Refund("TH-2", "agency", BondScenario.At(new DateOnly(2026, 10, 13)));
        var due = BondDeadlines.RefundDue(onTime, facts, BondScenario.Terms, Calendar)!;

        Assert.False(due.IsOverdue(onTime, new DateOnly(2026, 12, 1)));
        Assert.True(due.IsOverdue(late, new DateOnly(2026, 12, 1)));
        Assert.False(due.IsOverdue(BondScenario.Bid(), new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void A_performance_bond_of_a_contract_voided_before_its_period_ends_is_due_five_working_days_after_the_voiding()
    {
        var bond = BondScenario.In(BondStatus.Received, BondScenario.Performance());
        var voided = BondFacts.None with { PerformanceTo = new DateOnly(2027, 12, 31), ContractVoidedOn = new DateOnly(2026, 9, 30) };
        var due = BondDeadlines.RefundDue(bond, voided, BondScenario.Terms, Calendar)!;

        // 8, 9, Saturday 10 (make-up), 12, 13 October.
        Assert.Equal(new DateOnly(2026, 10, 13), due.Due);
        Assert.Equal("合同经投诉处理决定撤销（2026-09-30）", due.CountsFrom.Zh);
        Assert.True(due.IsOverdue(bond, new DateOnly(2026, 10, 14)));

        // Voided after the period had ended: the period's end still counts.
        var late = BondDeadlines.RefundDue(bond, voided with { PerformanceTo = new DateOnly(2026, 9, 29) }, BondScenario.Terms, Calendar)!;
        Assert.Equal(new DateOnly(2026, 10, 12), late.Due);
        Assert.StartsWith("合同履行期限届满", late.CountsFrom.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_performance_bond_is_due_five_working_days_after_the_performance_period_and_says_its_rule_is_unconfirmed()
    {
        var bond = BondScenario.In(BondStatus.Paid, BondScenario.Performance());
        var due = BondDeadlines.RefundDue(bond, BondFacts.None with { PerformanceTo = new DateOnly(2026, 9, 30) }, BondScenario.Terms, Calendar)!;

        Assert.Equal(new DateOnly(2026, 10, 13), due.Due);
        Assert.Contains("待核实", due.Citation, StringComparison.Ordinal);
        Assert.True(due.IsOverdue(bond, new DateOnly(2026, 10, 14)));
        Assert.False(due.IsOverdue(bond, new DateOnly(2026, 10, 13)));
    }

    [Fact]
    public void The_payment_is_the_required_amount_on_a_past_day_with_a_reference()
    {
        var bond = BondScenario.Bid();
        var today = new DateOnly(2026, 9, 2);
        Assert.Throws<DomainException>(() => bond.Pay(new BondPayment(BondForm.Insurance, Money.FromYuan(31_999.99m), today, "BD-1"), "s", BondScenario.At(today)));
        Assert.Throws<DomainException>(() => bond.Pay(new BondPayment(BondForm.Insurance, bond.Amount, today.AddDays(1), "BD-1"), "s", BondScenario.At(today)));
        Assert.Throws<DomainException>(() => bond.Pay(new BondPayment(BondForm.Insurance, bond.Amount, today, new string('1', Bond.ReferenceMaxLength + 1)), "s", BondScenario.At(today)));
        Assert.Throws<DomainException>(() => bond.Pay(new BondPayment((BondForm)9, bond.Amount, today, "BD-1"), "s", BondScenario.At(today)));
        Assert.Equal(BondStatus.Required, bond.Status);

        bond.Pay(new BondPayment(BondForm.Insurance, bond.Amount, today, " BD-1 "), "s", BondScenario.At(today));
        Assert.Equal((BondStatus.Paid, "BD-1", BondForm.Insurance), (bond.Status, bond.PaymentReference, bond.Form!.Value));
    }
}
