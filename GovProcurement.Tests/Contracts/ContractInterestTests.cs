using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Payments;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.Seeding;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Contracts;

/// <summary>
/// A contract may name its own late-payment interest (basis points a day): the schedule then counts at that rate and says
/// 合同约定; a contract that names none counts at the rule's 0.05 % with its citation. The rate is bounded (1 to 30), and a
/// contract that names none has the same text and digest as before the term existed.
/// </summary>
public sealed class ContractInterestTests
{
    private static readonly DateOnly Award = new(2026, 9, 1);
    private static readonly DateOnly SignedOn = new(2026, 9, 10);
    private static readonly DateOnly Accepted = new(2026, 10, 20);

    private static PaymentTerms Rules(DateOnly day) => PaymentRules.On(new RuleSet(DefaultProcurementRules.All(), RegionDirectory.Guangdong), ContractScenario.Region, day);

    private static GovContract Signed(int? interest)
    {
        var contract = Drafted(Award, Draft() with { LatePaymentInterestDailyBasisPoints = interest });
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", At(SignedOn));
        contract.Confirm(ContractParty.Supplier, "supplier", At(SignedOn));
        return contract;
    }

    [Theory]
    [InlineData(3, 2_016)] // 33,600 yuan × 0.03 % × 2 days = 20.16 yuan
    [InlineData(10, 6_720)]
    [InlineData(null, 3_360)] // the rule's 0.05 %
    public void The_contracts_rate_is_used_when_named_and_the_rules_otherwise(int? named, long interestFen)
    {
        var contract = Signed(named);
        // The acceptance instalment (70 %) is due 30 days after acceptance; two days after that it is two days late.
        var due = Accepted.AddDays(30);

        var schedule = PaymentSchedule.Of(contract, new ContractMilestones(null, Accepted), [], Rules(SignedOn), due.AddDays(2));

        var late = schedule.Instalments[1];
        Assert.Equal((InstalmentState.Overdue, 2), (late.State, late.DaysOverdue));
        Assert.Equal(new Money(interestFen), late.Interest);
        Assert.Equal(named is not null, schedule.InterestNamedByContract);
        Assert.Equal(named ?? 5, schedule.InterestRule.Value);
        if (named is null)
        {
            Assert.Contains("保障中小企业款项支付条例", schedule.InterestRule.Citation, StringComparison.Ordinal);
            Assert.Contains("万分之五", schedule.InterestRule.Citation, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("合同约定", schedule.InterestRule.Citation);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void The_named_rate_is_1_to_30_basis_points_a_day(int named, bool allowed)
    {
        var draft = Draft() with { LatePaymentInterestDailyBasisPoints = named };
        var field = ContractDraftValidator.Instance.Validate(draft).Errors.Where(e => e.PropertyName == nameof(ContractDraft.LatePaymentInterestDailyBasisPoints)).ToList();
        if (allowed)
        {
            Assert.Equal(named, Drafted(Award, draft).LatePaymentInterestDailyBasisPoints);
            Assert.Empty(field);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => Drafted(Award, draft));
            Assert.Contains("每日万分之 1 至 30", refused.Message, StringComparison.Ordinal);
            Assert.Single(field);
        }
    }

    [Fact]
    public void A_contract_that_names_none_keeps_its_text_and_digest_and_one_that_names_a_rate_adds_one_line()
    {
        var contract = Drafted(Award);
        var text = ContractText.Of(contract);
        var digest = contract.Digest;
        Assert.Null(contract.LatePaymentInterestDailyBasisPoints);
        Assert.DoesNotContain("逾期付款利息", text, StringComparison.Ordinal);

        contract.Revise(Draft() with { LatePaymentInterestDailyBasisPoints = 3 }, Terms(Award));
        Assert.NotEqual(digest, contract.Digest);
        const string line = "逾期付款利息：按每日万分之3（0.03%）计";
        var named = ContractText.Of(contract);
        Assert.Contains(line, named, StringComparison.Ordinal);
        Assert.Equal(text, named.Replace(line + Environment.NewLine, "", StringComparison.Ordinal));

        contract.Revise(Draft(), Terms(Award));
        Assert.Equal((text, digest), (ContractText.Of(contract), contract.Digest));
    }
}
