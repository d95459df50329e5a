using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Tests.Bonds;

/// <summary>Bonds in memory between a Jiangmen unit, its agency and a supplier, on the default rules.</summary>
internal static class BondScenario
{
    public const string Region = "440700";
    public static readonly Guid Unit = Guid.NewGuid();
    public static readonly Guid Agency = Guid.NewGuid();
    public static readonly Guid Supplier = Guid.NewGuid();

    public static BondTerms Terms => BondRules.On(new RuleSet(BondRules.Defaults(), RegionDirectory.Guangdong), Region, new DateOnly(2026, 9, 1));

    /// <summary>10:00 Beijing time on the day, as UTC.</summary>
    public static DateTime At(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);

    public static Bond Bid(decimal budget = 1_600_000m, decimal amount = 32_000m)
    {
        var requirement = new BidBondRequirement(Guid.NewGuid(), 0, Money.FromYuan(budget), Money.FromYuan(amount), "agency", At(new DateOnly(2026, 9, 1)));
        return Bond.ForBid(requirement, Parties(requirement.ProjectId, Agency, Money.FromYuan(budget)), "agency", At(new DateOnly(2026, 9, 1)));
    }

    public static Bond Performance(decimal contractAmount = 48_000m, decimal amount = 4_800m) =>
        Bond.ForPerformance(Parties(null, null, Money.FromYuan(contractAmount)) with { ContractId = Guid.NewGuid() }, Money.FromYuan(amount), Terms, "operator", At(new DateOnly(2026, 9, 1)));

    public static BondParties Parties(Guid? project, Guid? agency, Money basis) =>
        new(project, 0, null, null, "JM-2026-001", "校园物业管理服务", Region, Unit, agency, Supplier, "江门市物业服务有限公司", basis);

    public static Bond In(BondStatus status, Bond bond)
    {
        var day = new DateOnly(2026, 9, 2);
        if (status >= BondStatus.Paid)
        {
            bond.Pay(new BondPayment(BondForm.BankTransfer, bond.Amount, day, "ZH-0001"), "supplier", At(day));
        }

        if (status >= BondStatus.Received)
        {
            bond.Receive("agency", At(day));
        }

        if (status >= BondStatus.Refunded)
        {
            bond.Refund("TH-0001", "agency", At(day.AddDays(1)));
        }

        return bond;
    }

    public static ActorStanding Standing(string role, Guid? org, OrganizationKind kind, string region = Region) =>
        new(new Actor(role + "-user", org ?? Guid.NewGuid(), new HashSet<string> { role }), kind, region);
}
