using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Regions;
using GovProcurement.Domain.Rules;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Acceptance;

/// <summary>The acceptance of a contract in memory: ten desktops signed on 2026-09-10, on the default rules.</summary>
internal static class AcceptanceScenario
{
    public static readonly DateOnly SignedOn = new(2026, 9, 10);

    public static AcceptanceTerms Rules => AcceptanceRules.On(new RuleSet(AcceptanceRules.Defaults(), RegionDirectory.Guangdong), Contracts.ContractScenario.Region, SignedOn);

    public static GovContract Contract() => Signed(new DateOnly(2026, 9, 1), SignedOn);

    public static ContractAcceptance Opened(GovContract? contract = null) => ContractAcceptance.Open(contract ?? Contract(), "operator", At(SignedOn));

    public static void Deliver(ContractAcceptance a, DateOnly on, int quantity, string? note = null) =>
        a.RecordDelivery(new DeliveryDraft(on, [new DeliveryLine(1, quantity)], note), SignedOn, on, "operator", At(on));

    public static IReadOnlyList<AcceptanceMember> Group(bool withRecipient = false) =>
    [
        new("张三", AcceptanceMemberRole.PurchaserRepresentative), new("李四", AcceptanceMemberRole.User),
        new("王五", withRecipient ? AcceptanceMemberRole.ServiceRecipient : AcceptanceMemberRole.Expert),
    ];

    public static AcceptancePlanDraft Plan(DateOnly on, bool publicService = false) => new(on, AcceptanceMethod.ByPurchaser, publicService, Group(publicService));

    public static AcceptanceResultDraft Passed() => new([new ItemCheck(1, true, true, true, null)], true, null);

    public static AcceptanceResultDraft Failed() => new([new ItemCheck(1, true, false, true, "两台无法开机")], false, "两台设备不能正常使用，更换后重新验收");

    /// <summary>Delivered in full on 2026-10-12 and 2026-10-15, planned for 2026-10-20 and concluded that day.</summary>
    public static ContractAcceptance Concluded(AcceptanceResultDraft? result = null, bool publicService = false) => Concluded(Contract(), result, publicService);

    public static ContractAcceptance Concluded(GovContract contract, AcceptanceResultDraft? result = null, bool publicService = false)
    {
        var a = Opened(contract);
        Deliver(a, new DateOnly(2026, 10, 12), 6);
        Deliver(a, new DateOnly(2026, 10, 15), 4);
        a.CompleteDelivery();
        a.Plan(Plan(new DateOnly(2026, 10, 20), publicService), Rules);
        a.Conclude(result ?? Passed(), new DateOnly(2026, 10, 20), "operator", At(new DateOnly(2026, 10, 20)));
        return a;
    }
}
