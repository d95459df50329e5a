using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Contracts;

/// <summary>The contract's rules at their boundaries: the ceiling, the payment term, the digests, the deadlines on the 2026 calendar, and who files.</summary>
public sealed class ContractLifecycleTests
{
    private static readonly DateOnly Award = new(2026, 9, 1);

    [Fact]
    public void The_amount_may_equal_the_award_but_not_exceed_it_by_one_fen()
    {
        var exact = Drafted(Award, Draft(unitPrice: 4_800m, quantity: 10));
        Assert.Equal(Money.FromYuan(48_000m), exact.Amount);
        Assert.Equal("肆万捌仟元整", exact.AmountInCapitals);

        var thrown = Assert.Throws<DomainException>(() => Drafted(Award, Draft(unitPrice: 4_800.01m, quantity: 10)));
        Assert.Contains("超过中标（成交）金额", thrown.Message);
        Assert.Throws<DomainException>(() => exact.Revise(Draft(unitPrice: 4_800.01m, quantity: 10), Terms(Award)));
        Assert.Equal(Money.FromYuan(48_000m), exact.Amount);
    }

    [Theory]
    [InlineData(30, false, true)]
    [InlineData(31, false, false)]
    [InlineData(31, true, true)]
    [InlineData(60, true, true)]
    [InlineData(61, true, false)]
    [InlineData(0, false, false)]
    public void The_payment_term_is_at_most_30_days_or_60_by_agreement(int days, bool agreed, bool accepted)
    {
        var draft = () => Drafted(Award, Draft(termDays: days, longer: agreed));
        if (accepted)
        {
            Assert.Equal(days, draft().PaymentTermDays);
        }
        else
        {
            Assert.Contains("保障中小企业款项支付条例", Assert.Throws<DomainException>(draft).Message);
        }
    }

    [Fact]
    public void Instalments_must_add_up_to_the_whole_amount()
    {
        var draft = Draft() with { Instalments = [new ContractInstalment(3000, PaymentCondition.Prepayment), new ContractInstalment(6999, PaymentCondition.OnDelivery)] };
        Assert.Throws<DomainException>(() => Drafted(Award, draft));
    }

    [Fact]
    public void Bank_accounts_and_place_are_bounded()
    {
        Assert.Throws<DomainException>(() => Drafted(Award, Draft() with { SupplierBank = new BankAccount("银行", "12AB") }));
        Assert.Throws<DomainException>(() => Drafted(Award, Draft() with { SupplierBank = new BankAccount("银行", new string('1', BankAccount.AccountMaxLength + 1)) }));
        Assert.Throws<DomainException>(() => Drafted(Award, Draft(place: new string('地', ContractDraft.PlaceMaxLength + 1))));
    }

    [Fact]
    public void Each_confirmation_records_who_when_and_the_digest_and_the_second_signs()
    {
        var contract = Drafted(Award);
        contract.Send();
        var at = At(new DateOnly(2026, 9, 10));
        contract.Confirm(ContractParty.Purchaser, "operator", at);

        var confirmation = contract.ConfirmationOf(ContractParty.Purchaser)!;
        Assert.Equal(("operator", at, contract.Digest), (confirmation.By, confirmation.AtUtc, confirmation.Digest));
        Assert.Equal(64, confirmation.Digest.Length);
        Assert.Equal(ContractStatus.SentToSupplier, contract.Status);

        contract.Confirm(ContractParty.Supplier, "supplier", at.AddHours(1));
        Assert.Equal(ContractStatus.Signed, contract.Status);
        Assert.Equal(new DateOnly(2026, 9, 10), contract.SignedOn);
    }

    [Fact]
    public void A_change_after_one_confirmation_changes_the_digest_and_voids_it()
    {
        var contract = Drafted(Award);
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", At(Award));
        var confirmed = contract.Digest;

        contract.Revise(Draft(unitPrice: 4_700m), Terms(Award));

        Assert.NotEqual(confirmed, contract.Digest);
        Assert.Null(contract.ConfirmationOf(ContractParty.Purchaser));
        Assert.Equal(ContractStatus.Draft, contract.Status);
        contract.Send();
        Assert.True(ContractSteps.For(contract, Operator).Allows(ContractAction.ConfirmAsPurchaser));
        contract.Confirm(ContractParty.Supplier, "supplier", At(Award));
        Assert.Equal(ContractStatus.SentToSupplier, contract.Status);
    }

    [Fact]
    public void The_same_terms_give_the_same_digest_and_any_term_changes_it()
    {
        var a = Drafted(Award);
        var b = Drafted(Award);
        Assert.NotEqual(a.Digest, b.Digest); // each contract's own number is in its text
        var before = a.Digest;
        a.Revise(Draft(), Terms(Award));
        Assert.Equal(before, a.Digest);
        a.Revise(Draft() with { Financing = true }, Terms(Award));
        Assert.NotEqual(before, a.Digest);
        var financed = a.Digest;
        a.Revise(Draft() with { Financing = true, PerformanceBondShare = 500 }, Terms(Award));
        Assert.NotEqual(financed, a.Digest);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1000, true)] // exactly 10 % of the amount
    [InlineData(1001, false)]
    public void The_performance_bond_term_is_at_most_ten_percent_of_the_contract_amount(int share, bool allowed)
    {
        var draft = Draft() with { PerformanceBondShare = share };
        if (allowed)
        {
            var contract = Drafted(Award, draft);
            Assert.Equal(new Money(contract.Amount.Fen * share / 10_000), contract.PerformanceBond);
            Assert.Equal(share > 0, ContractText.Of(contract).Contains("履约保证金", StringComparison.Ordinal));
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => Drafted(Award, draft));
            Assert.Contains("0 至 10%", refused.Message, StringComparison.Ordinal);
            Assert.Contains("第四十八条", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2026-03-02", "2026-04-01", "2026-04-01", false)]
    [InlineData("2026-03-02", "2026-04-01", "2026-04-02", true)]
    [InlineData("2026-09-07", "2026-10-08", "2026-10-08", false)] // day 30 is 10-07, a holiday: the next working day
    [InlineData("2026-09-07", "2026-10-08", "2026-10-09", true)]
    public void Signing_is_due_30_days_after_the_award_notice(string award, string due, string signed, bool late)
    {
        var contract = Signed(DateOnly.Parse(award), DateOnly.Parse(signed));
        var deadline = ContractDeadlines.For(contract, Terms(DateOnly.Parse(award)), WorkingDayCalendar.China)[0];

        Assert.Equal(DateOnly.Parse(due), deadline.Due);
        Assert.Equal(late, deadline.IsOverdue(DateOnly.Parse(signed)));
        Assert.Contains("第四十六条", deadline.Citation);
    }

    [Theory]
    [InlineData("2026-10-12", false)] // signed Fri 10-09: Sat 10-10 is a make-up working day, Mon 10-12 the second
    [InlineData("2026-10-13", true)]
    public void Publication_is_due_2_working_days_after_signing_counting_a_make_up_day(string published, bool late)
    {
        var contract = Signed(Award, new DateOnly(2026, 10, 9));
        contract.Publish(null, At(DateOnly.Parse(published)));
        var deadline = ContractDeadlines.For(contract, Terms(Award), WorkingDayCalendar.China)[1];

        Assert.Equal(new DateOnly(2026, 10, 12), deadline.Due);
        Assert.Equal(late, deadline.IsOverdue(DateOnly.Parse(published)));
        Assert.Contains("第五十条", deadline.Citation);
    }

    [Theory]
    [InlineData("2026-10-12", false)] // signed Thu 09-24: Mid-Autumn and National Day skipped, 10-10 counted
    [InlineData("2026-10-13", true)]
    public void Filing_is_due_7_working_days_after_signing_across_the_holidays(string filed, bool late)
    {
        var contract = Signed(Award, new DateOnly(2026, 9, 24));
        contract.Publish(null, At(new DateOnly(2026, 9, 25)));
        contract.File("finance", At(DateOnly.Parse(filed)));
        var deadline = ContractDeadlines.For(contract, Terms(Award), WorkingDayCalendar.China)[2];

        Assert.Equal(new DateOnly(2026, 10, 12), deadline.Due);
        Assert.Equal(late, deadline.IsOverdue(DateOnly.Parse(filed)));
        Assert.Contains("第四十七条", deadline.Citation);
    }

    [Fact]
    public void Only_the_finance_department_of_the_contracts_region_files_or_returns_it()
    {
        var contract = Signed(Award, new DateOnly(2026, 9, 10));
        Assert.False(ContractSteps.For(contract, RegulatorOf(Region)).Allows(ContractAction.File));
        contract.Publish(null, At(new DateOnly(2026, 9, 11)));

        var own = ContractSteps.For(contract, RegulatorOf(Region));
        var other = ContractSteps.For(contract, RegulatorOf("440100"));
        Assert.True(own.Allows(ContractAction.File) && own.Allows(ContractAction.Return));
        Assert.Equal(RefusalGround.Jurisdiction, other.WhyNot(ContractAction.File)!.Ground);
        Assert.False(ContractSteps.For(contract, Operator).Allows(ContractAction.File));
        Assert.False(ContractSteps.For(contract, SupplierUser).Allows(ContractAction.File));
    }

    [Fact]
    public void A_returned_contract_goes_back_to_draft_with_its_reason_and_both_confirm_again()
    {
        var contract = Signed(Award, new DateOnly(2026, 9, 10));
        contract.Publish(null, At(new DateOnly(2026, 9, 11)));
        contract.Return("付款条件与采购文件不一致");

        Assert.Equal(ContractStatus.Draft, contract.Status);
        Assert.Equal("付款条件与采购文件不一致", contract.ReturnReason);
        Assert.Null(contract.ConfirmationOf(ContractParty.Supplier));
        Assert.Null(contract.SignedOn);
        Assert.Throws<DomainException>(() => Signed(Award, Award).Return(" "));
    }

    [Fact]
    public void The_steps_follow_the_table_for_each_party()
    {
        var contract = Drafted(Award);
        Assert.Equal([ContractAction.Revise, ContractAction.Send], ContractSteps.For(contract, Operator).Available);
        Assert.Empty(ContractSteps.For(contract, SupplierUser).Available);
        contract.Send();
        Assert.Equal([ContractAction.ConfirmAsSupplier], ContractSteps.For(contract, SupplierUser).Available);
        contract.Confirm(ContractParty.Supplier, "supplier", At(Award));
        Assert.Empty(ContractSteps.For(contract, SupplierUser).Available);
        Assert.Equal([ContractAction.Revise, ContractAction.ConfirmAsPurchaser], ContractSteps.For(contract, Operator).Available);
        Assert.NotNull(ContractSteps.For(contract, Operator).WhyNot(ContractAction.Publish));
    }

    [Theory]
    [InlineData(4_800_00, true)]
    [InlineData(4_800_01, false)]
    public void Add_ons_together_may_reach_10_percent_of_the_original_and_no_more(long addOnFen, bool allowed)
    {
        var refusal = ContractRules.AddOnRefusal(Money.FromYuan(48_000m), Money.Zero, new Money(addOnFen), Terms(Award));
        Assert.Equal(allowed, refusal is null);
        if (!allowed)
        {
            Assert.Contains("第四十九条", refusal!.Citation);
            Assert.NotNull(ContractRules.AddOnRefusal(Money.FromYuan(48_000m), new Money(4_000_00), new Money(800_01), Terms(Award)));
        }
    }
}
