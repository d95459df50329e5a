using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Payments;

/// <summary>
/// The schedule at its boundaries: the shares in fen with the remainder on the last instalment, the due dates from signing, delivery and
/// acceptance plus the term (30 days, or the agreed longer term never beyond its cap), the due day itself not overdue and the next day
/// overdue, and the late interest of 0.05 % a day exact to the fen.
/// </summary>
public sealed class PaymentScheduleTests
{
    private static readonly DateOnly Award = new(2026, 9, 1);
    private static readonly DateOnly SignedOn = new(2026, 9, 10);
    private static readonly DateOnly Delivered = new(2026, 10, 8);
    private static readonly DateOnly Accepted = new(2026, 10, 20);

    private static readonly IReadOnlyList<ContractInstalment> ThreeInstalments =
        [new(3000, PaymentCondition.Prepayment), new(3000, PaymentCondition.OnDelivery), new(4000, PaymentCondition.OnAcceptance)];

    private static PaymentTerms Rules(DateOnly day) =>
        PaymentRules.On(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), GovProcurement.Tests.Contracts.ContractScenario.Region, day);

    private static GovContract Signed(decimal unitPrice = 4_800m, int quantity = 10, int termDays = 30, bool longer = false)
    {
        var contract = GovContract.Draft(Origin(Award, 50_000m), Draft(unitPrice, quantity, termDays, longer) with { Instalments = ThreeInstalments }, Terms(Award), "operator", At(Award));
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", At(SignedOn));
        contract.Confirm(ContractParty.Supplier, "supplier", At(SignedOn));
        return contract;
    }

    private static PaymentSchedule Schedule(GovContract contract, DateOnly asOf, ContractMilestones? milestones = null, params ContractPayment[] payments) =>
        PaymentSchedule.Of(contract, milestones ?? new ContractMilestones(Delivered, Accepted), payments, Rules(SignedOn), asOf);

    private static ContractPayment Paid(GovContract contract, int instalment, long fen, DateOnly on) =>
        new(contract.Id, instalment, new Money(fen), on, "凭证", "operator", At(on));

    [Fact]
    public void The_shares_are_whole_fen_and_the_last_instalment_takes_the_remainder()
    {
        var contract = Signed(unitPrice: 3_333.33m, quantity: 1);

        var amounts = Schedule(contract, SignedOn).Instalments.Select(i => i.Amount.Fen).ToArray();

        Assert.Equal([99_999L, 99_999L, 133_335L], amounts);
        Assert.Equal(contract.Amount.Fen, amounts.Sum());
    }

    [Fact]
    public void Each_instalment_is_due_the_term_after_signing_delivery_or_acceptance_and_waits_without_its_milestone()
    {
        var contract = Signed();

        var dated = Schedule(contract, SignedOn).Instalments;
        Assert.Equal([SignedOn, Delivered, Accepted], dated.Select(i => i.StartsOn!.Value));
        // 2026-10-10 is a make-up working Saturday and stays; 2026-11-07 is a Saturday off, so the delivery instalment is due Monday 11-09.
        Assert.Equal([new DateOnly(2026, 10, 10), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 19)], dated.Select(i => i.DueOn!.Value));

        var waiting = Schedule(contract, SignedOn, ContractMilestones.None).Instalments;
        Assert.Equal(new DateOnly(2026, 10, 10), waiting[0].DueOn);
        Assert.Equal([null, null], waiting.Skip(1).Select(i => i.DueOn));
        Assert.Equal(["待交付", "待验收"], waiting.Skip(1).Select(i => i.Waiting!.Zh));
        Assert.All(waiting.Skip(1), i => Assert.Equal(InstalmentState.AwaitingMilestone, i.State));

        var delivered = Schedule(contract, SignedOn, new ContractMilestones(Delivered, null)).Instalments;
        Assert.Equal(new DateOnly(2026, 11, 9), delivered[1].DueOn);
        Assert.Equal("待验收", delivered[2].Waiting!.Zh);
    }

    [Theory]
    [InlineData(30, false, 30)]
    [InlineData(15, false, 15)]
    [InlineData(45, true, 45)]
    [InlineData(60, true, 60)]
    public void The_term_is_the_contracts_own_within_30_days_or_the_agreed_longer_term(int termDays, bool longer, int expectedDays)
    {
        var schedule = Schedule(Signed(termDays: termDays, longer: longer), SignedOn);

        Assert.Equal(expectedDays, schedule.TermRule.Value);
        Assert.Equal(PaymentSchedule.DueOn(Accepted, expectedDays), schedule.Instalments[2].DueOn);
        Assert.Contains("保障中小企业款项支付条例", schedule.TermRule.Citation);
        Assert.Contains(longer ? "最长不得超过60日" : "30日内", schedule.TermRule.Citation);
    }

    [Fact]
    public void An_agreed_term_is_never_beyond_the_longest_the_rules_allow_when_they_apply()
    {
        var contract = Signed(termDays: 60, longer: true);
        var shorter = Rules(SignedOn) with { AgreedPaymentTermDays = new ContractRule(45, "更短的约定期限") };

        var schedule = PaymentSchedule.Of(contract, new ContractMilestones(Delivered, Accepted), [], shorter, SignedOn);

        Assert.Equal(new ContractRule(45, "更短的约定期限"), schedule.TermRule);
        Assert.Equal(Accepted.AddDays(45), schedule.Instalments[2].DueOn);
        Assert.Equal(new DateOnly(2026, 12, 21), Schedule(contract, SignedOn).Instalments[2].DueOn); // 60 days is Saturday 12-19, moved to Monday
    }

    [Fact]
    public void The_due_day_is_not_overdue_the_next_day_is_and_each_day_adds_the_interest()
    {
        var contract = Signed();
        var due = new DateOnly(2026, 11, 19);

        var onTheDay = Schedule(contract, due).Instalments[2];
        Assert.Equal((InstalmentState.Open, 0, 0L), (onTheDay.State, onTheDay.DaysOverdue, onTheDay.Interest.Fen));

        var nextDay = Schedule(contract, due.AddDays(1)).Instalments[2];
        Assert.Equal(InstalmentState.Overdue, nextDay.State);
        Assert.Equal(1, nextDay.DaysOverdue);
        Assert.Equal(Money.FromYuan(9.60m), nextDay.Interest); // 19,200 yuan × 0.05 %

        var month = Schedule(contract, due.AddDays(30)).Instalments[2];
        Assert.Equal((30, Money.FromYuan(288m)), (month.DaysOverdue, month.Interest));
        Assert.Contains("万分之五", Schedule(contract, due).InterestRule.Citation);
        Assert.Contains("待核实", Schedule(contract, due).InterestRule.Citation);
    }

    [Fact]
    public void Interest_counts_a_late_payment_to_its_day_and_the_rest_to_today_rounded_once_to_the_fen()
    {
        var contract = Signed(unitPrice: 3_333.33m, quantity: 1);
        var due = new DateOnly(2026, 10, 10);

        var schedule = Schedule(contract, due.AddDays(10), null, Paid(contract, 1, 50_000, due.AddDays(3)), Paid(contract, 2, 99_999, due));
        var first = schedule.Instalments[0];

        // 500.00 yuan 3 days late and 499.99 yuan 10 days late: (50,000 × 3 + 49,999 × 10) fen-days × 0.05 % = 324.995 fen.
        Assert.Equal(new Money(325), first.Interest);
        Assert.Equal((10, new Money(49_999), InstalmentState.Overdue), (first.DaysOverdue, first.Outstanding, first.State));
        Assert.Equal(InstalmentState.Paid, schedule.Instalments[1].State);
        Assert.Equal(new Money(325), schedule.Interest);
    }

    [Fact]
    public void A_late_payment_in_full_stops_the_interest_at_its_day()
    {
        var contract = Signed();
        var due = new DateOnly(2026, 10, 10);

        var paid = Schedule(contract, due.AddDays(40), null, Paid(contract, 1, 1_440_000, due.AddDays(5))).Instalments[0];

        Assert.Equal((InstalmentState.Paid, 5, Money.FromYuan(36m)), (paid.State, paid.DaysOverdue, paid.Interest)); // 14,400 × 0.05 % × 5
        Assert.Equal("已付清（逾期 5 日支付）", PaymentTexts.State(paid).Zh);
    }

    [Fact]
    public void A_payment_after_the_day_looked_at_is_not_counted()
    {
        var contract = Signed();
        var due = new DateOnly(2026, 10, 10);

        var before = Schedule(contract, due.AddDays(2), null, Paid(contract, 1, 1_440_000, due.AddDays(5))).Instalments[0];

        Assert.Equal((InstalmentState.Overdue, 2, Money.Zero), (before.State, before.DaysOverdue, before.Paid));
    }

    [Theory]
    [InlineData("2026-09-01", "2026-10-08", "2026-10-09")] // 30 days is 10-01, in National Day (10-01 to 10-07); 10-08 is the first working day
    [InlineData("2026-09-10", "2026-10-10", "2026-10-11")] // 30 days is Saturday 10-10, a make-up working day: it stays
    [InlineData("2026-10-20", "2026-11-19", "2026-11-20")] // 30 days is Thursday 11-19: a working day, no move
    [InlineData("2026-11-27", "2026-12-28", "2026-12-29")] // 30 days is Sunday 12-27: due Monday 12-28
    public void A_due_date_on_a_rest_day_moves_to_the_next_working_day_and_the_day_after_it_is_overdue(string signed, string due, string firstLate)
    {
        var start = DateOnly.Parse(signed, System.Globalization.CultureInfo.InvariantCulture);
        var dueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        var awarded = start.AddDays(-5);
        var contract = GovContract.Draft(Origin(awarded, 50_000m), Draft() with { Instalments = [new(10_000, PaymentCondition.Prepayment)] }, Terms(awarded), "operator", At(awarded));
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", At(start));
        contract.Confirm(ContractParty.Supplier, "supplier", At(start));

        var onTheDay = PaymentSchedule.Of(contract, ContractMilestones.None, [], Rules(start), dueOn).Instalments[0];
        Assert.Equal((dueOn, InstalmentState.Open, 0), (onTheDay.DueOn!.Value, onTheDay.State, onTheDay.DaysOverdue));
        var late = PaymentSchedule.Of(contract, ContractMilestones.None, [], Rules(start), DateOnly.Parse(firstLate, System.Globalization.CultureInfo.InvariantCulture)).Instalments[0];
        Assert.Equal((InstalmentState.Overdue, 1), (late.State, late.DaysOverdue));
    }
}
