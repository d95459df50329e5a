using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Tests.Bonds;

/// <summary>
/// The bond's answer over every status, both kinds and every kind of actor, against the rules written out: the
/// supplier records paying its own bond; the purchaser's operator or the entrusted agency confirms receipt and
/// refunds a bid bond; only the purchaser's operator does so for a performance bond; a regulator reads only. Each
/// offered step succeeds on the aggregate; each step refused by the status is refused by the table too.
/// </summary>
public sealed class BondStepsTableTests
{
    public enum Party
    {
        OwnSupplier,
        OtherSupplier,
        OwnOperator,
        OwnReviewer,
        OtherOperator,
        OwnAgency,
        OtherAgency,
        Regulator,
        Admin,
    }

    private static ActorStanding StandingOf(Party party) => party switch
    {
        Party.OwnSupplier => BondScenario.Standing(Roles.Supplier, BondScenario.Supplier, OrganizationKind.Supplier),
        Party.OtherSupplier => BondScenario.Standing(Roles.Supplier, null, OrganizationKind.Supplier),
        Party.OwnOperator => BondScenario.Standing(Roles.PurchaserOperator, BondScenario.Unit, OrganizationKind.BudgetUnit),
        Party.OwnReviewer => BondScenario.Standing(Roles.PurchaserReviewer, BondScenario.Unit, OrganizationKind.BudgetUnit),
        Party.OtherOperator => BondScenario.Standing(Roles.PurchaserOperator, null, OrganizationKind.BudgetUnit),
        Party.OwnAgency => BondScenario.Standing(Roles.Agency, BondScenario.Agency, OrganizationKind.Agency),
        Party.OtherAgency => BondScenario.Standing(Roles.Agency, null, OrganizationKind.Agency),
        Party.Regulator => BondScenario.Standing(Roles.Regulator, null, OrganizationKind.Regulator),
        _ => BondScenario.Standing(Roles.PlatformAdmin, null, OrganizationKind.Regulator, "440000"),
    };

    private static readonly Dictionary<(BondKind, BondStatus), List<(Party, BondAction)>> Expected = new()
    {
        [(BondKind.Bid, BondStatus.Required)] = [(Party.OwnSupplier, BondAction.RecordPayment)],
        [(BondKind.Bid, BondStatus.Paid)] = [(Party.OwnOperator, BondAction.ConfirmReceipt), (Party.OwnAgency, BondAction.ConfirmReceipt)],
        [(BondKind.Bid, BondStatus.Received)] = [(Party.OwnOperator, BondAction.Refund), (Party.OwnAgency, BondAction.Refund)],
        [(BondKind.Bid, BondStatus.Refunded)] = [],
        [(BondKind.Performance, BondStatus.Required)] = [(Party.OwnSupplier, BondAction.RecordPayment)],
        [(BondKind.Performance, BondStatus.Paid)] = [(Party.OwnOperator, BondAction.ConfirmReceipt)],
        [(BondKind.Performance, BondStatus.Received)] = [(Party.OwnOperator, BondAction.Refund)],
        [(BondKind.Performance, BondStatus.Refunded)] = [],
    };

    public static TheoryData<BondKind, BondStatus> Cases()
    {
        var data = new TheoryData<BondKind, BondStatus>();
        foreach (var kind in Enum.GetValues<BondKind>())
        {
            foreach (var status in Enum.GetValues<BondStatus>())
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    private static Bond Fresh(BondKind kind, BondStatus status) => BondScenario.In(status, kind == BondKind.Bid ? BondScenario.Bid() : BondScenario.Performance());

    private static BondChange ChangeOf(BondAction action) => action switch
    {
        BondAction.RecordPayment => BondChange.Pay,
        BondAction.ConfirmReceipt => BondChange.Receive,
        _ => BondChange.Refund,
    };

    private static void Take(Bond bond, BondAction action)
    {
        var now = BondScenario.At(new DateOnly(2026, 9, 3));
        switch (action)
        {
            case BondAction.RecordPayment: bond.Pay(new BondPayment(BondForm.GuaranteeLetter, bond.Amount, new DateOnly(2026, 9, 3), "BH-9"), "actor", now); break;
            case BondAction.ConfirmReceipt: bond.Receive("actor", now); break;
            default: bond.Refund("TH-9", "actor", now); break;
        }
    }

    [Fact]
    public void Every_row_of_the_table_is_offered_to_someone_and_every_offer_is_a_row()
    {
        foreach (var row in Bond.Table)
        {
            Assert.True(Expected.Any(e => e.Key.Item2 == row.From && e.Value.Any(o => ChangeOf(o.Item2) == row.Change)), $"{row} is offered to no one");
        }

        Assert.All(Expected.SelectMany(e => e.Value.Select(o => (e.Key.Item2, ChangeOf(o.Item2)))), row => Assert.Contains(row, Bond.Table));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_is_offered_succeeds_and_what_the_status_refuses_the_table_refuses(BondKind kind, BondStatus status)
    {
        var offered = new List<(Party, BondAction)>();
        foreach (var party in Enum.GetValues<Party>())
        {
            var bond = Fresh(kind, status);
            var steps = BondSteps.For(bond, StandingOf(party));
            foreach (var step in steps.All)
            {
                if (step.IsAvailable)
                {
                    offered.Add((party, step.Action));
                    var taken = Fresh(kind, status);
                    Take(taken, step.Action);
                    Assert.NotEqual(status, taken.Status);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(step.WhyNot!.Why.Zh));
                    Assert.False(string.IsNullOrWhiteSpace(step.WhyNot.Why.En));
                    if (step.WhyNot.Ground == RefusalGround.Rule)
                    {
                        Assert.False(bond.Allows(ChangeOf(step.Action)));
                        Assert.Throws<DomainException>(() => Take(Fresh(kind, status), step.Action));
                    }
                }
            }
        }

        Assert.Equal(Expected[(kind, status)].Order(), offered.Order());
    }

    [Fact]
    public void A_closed_payment_window_refuses_the_supplier_with_its_reason_and_others_see_only_their_own_refusal()
    {
        var closed = new Refusal("投标保证金应在投标截止时间前缴纳。", "The bid bond is paid before the bid deadline.");
        var bond = BondScenario.Bid();

        Assert.Same(closed, BondSteps.For(bond, StandingOf(Party.OwnSupplier), closed).WhyNot(BondAction.RecordPayment));
        Assert.Equal(RefusalGround.Jurisdiction, BondSteps.For(bond, StandingOf(Party.OtherSupplier), closed).WhyNot(BondAction.RecordPayment)!.Ground);
        Assert.Equal(RefusalGround.Role, BondSteps.For(bond, StandingOf(Party.Regulator), closed).WhyNot(BondAction.RecordPayment)!.Ground);
    }

    [Fact]
    public void The_regulator_of_the_region_and_the_parties_see_the_bond_and_nobody_else_does()
    {
        var bond = BondScenario.Bid();
        string[] jurisdiction = [BondScenario.Region];

        Assert.True(BondSteps.Sees(bond, StandingOf(Party.OwnSupplier), []));
        Assert.True(BondSteps.Sees(bond, StandingOf(Party.OwnAgency), []));
        Assert.True(BondSteps.Sees(bond, StandingOf(Party.OwnReviewer), []));
        Assert.True(BondSteps.Sees(bond, StandingOf(Party.Regulator), jurisdiction));
        Assert.False(BondSteps.Sees(bond, StandingOf(Party.Regulator), ["440784"]));
        Assert.False(BondSteps.Sees(bond, StandingOf(Party.OtherSupplier), jurisdiction));
        Assert.False(BondSteps.Sees(bond, StandingOf(Party.OtherAgency), jurisdiction));
    }
}
