using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Bonds;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Tests.Contracts;

/// <summary>A contract in memory between a Jiangmen unit and a supplier, on the default rules.</summary>
internal static class ContractScenario
{
    public const string Region = "440700";
    public static readonly Guid Unit = Guid.NewGuid();
    public static readonly Guid Supplier = Guid.NewGuid();

    public static ContractTerms Terms(DateOnly day) =>
        ContractRules.On(new RuleSet(ContractRules.Defaults().Concat(BondRules.Defaults()), RegionDirectory.Guangdong), Region, day);

    public static ContractOrigin Origin(DateOnly awardedOn, decimal ceiling = 48_000m, ProcurementCategory? kind = ProcurementCategory.Goods) => new(ContractSource.Award, Guid.NewGuid(), "1", null, "JM-2026-001", "教学设备采购",
        "JH-2026-001", Region, Unit, "江门市第一中学", Supplier, "江门市办公设备有限公司", Money.FromYuan(ceiling), awardedOn, kind);

    public static ContractDraft Draft(decimal unitPrice = 4_800m, int quantity = 10, int termDays = 30, bool longer = false, string place = "江门市第一中学") => new(
        new BankAccount("中国工商银行江门分行", "2012 0000 1234"), new BankAccount("中国建设银行江门分行", "4405-0000-5678"),
        [new ContractItem("台式计算机", "台", quantity, Money.FromYuan(unitPrice))], new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), place,
        [new ContractInstalment(3000, PaymentCondition.Prepayment), new ContractInstalment(7000, PaymentCondition.OnAcceptance)], termDays, longer, Sme: true, Financing: false);

    public static GovContract Drafted(DateOnly awardedOn, ContractDraft? draft = null) =>
        GovContract.Draft(Origin(awardedOn), draft ?? Draft(), Terms(awardedOn), "operator", At(awardedOn));

    /// <summary>10:00 Beijing time on the day, as UTC.</summary>
    public static DateTime At(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);

    /// <summary>Sent, and confirmed by both on <paramref name="signedOn"/>.</summary>
    public static GovContract Signed(DateOnly awardedOn, DateOnly signedOn)
    {
        var contract = Drafted(awardedOn);
        contract.Send();
        contract.Confirm(ContractParty.Purchaser, "operator", At(signedOn));
        contract.Confirm(ContractParty.Supplier, "supplier", At(signedOn));
        return contract;
    }

    public static ActorStanding Operator => new(new Actor("operator", Unit, new HashSet<string> { Roles.PurchaserOperator }), OrganizationKind.BudgetUnit, Region);

    public static ActorStanding SupplierUser => new(new Actor("supplier", Supplier, new HashSet<string> { Roles.Supplier }), OrganizationKind.Supplier, Region);

    public static ActorStanding RegulatorOf(string region) => new(new Actor("finance", Guid.NewGuid(), new HashSet<string> { Roles.Regulator }), OrganizationKind.Regulator, region);
}
