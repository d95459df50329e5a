using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// Which contract steps an actor may take now, and why not: the transition table of <see cref="GovContract"/>
/// joined with who takes each step. The purchaser's operator revises, sends, confirms and announces; the
/// supplier confirms its own contracts; the purchaser's operator drafts an add-on (补充合同) from a signed
/// original (the amount cap is checked on drafting, <see cref="ContractRules.AddOnRefusal"/>); the finance department of the contract's region files or returns
/// it. Pages render this; <see cref="GovContracts"/> requires it.
/// </summary>
public static class ContractSteps
{
    private const string FilingCitation = "《中华人民共和国政府采购法》第四十七条";

    public static IReadOnlyList<ContractAction> All { get; } = Enum.GetValues<ContractAction>();

    /// <param name="signingHold">Why signing is suspended now (the finance department's running suspension of the procurement, a pending challenge or complaint, <see cref="Complaints.SigningHolds"/>), refusing both confirmations.</param>
    public static ActionSet<ContractAction> For(GovContract contract, ActorStanding who, Refusal? signingHold = null) =>
        new(All.Select(action => new AvailableAction<ContractAction>(action, WhyNot(action, contract, who, signingHold))).ToList());

    /// <summary>The signing hold while the contract still awaits signing (drafted or sent), for every reader of the contract; null once signed.</summary>
    public static Refusal? HoldOnSigning(GovContract contract, Refusal? hold) =>
        contract.Allows(ContractChange.Send) || contract.Allows(ContractChange.Sign) ? hold : null;

    /// <summary>Why a voided contract takes no step: a complaint decision revoked it.</summary>
    public static readonly Refusal VoidedByDecision = new("合同已依投诉处理决定撤销，不能再办理。", "The contract was voided by a complaint decision; it takes no further step.",
        "《政府采购质疑和投诉办法》（财政部令第94号）第三十一、三十二条");

    private static Refusal? WhyNot(ContractAction action, GovContract c, ActorStanding who, Refusal? hold) =>
        c.Status == ContractStatus.Voided ? VoidedByDecision : Step(action, c, who, hold);

    private static Refusal? Step(ContractAction action, GovContract c, ActorStanding who, Refusal? hold) => action switch
    {
        ContractAction.Revise => Purchaser(c, who) ?? State(c, ContractChange.Revise, "合同签订后不能修改。", "A signed contract cannot be revised."),
        ContractAction.Send => Purchaser(c, who) ?? State(c, ContractChange.Send, "只有草稿可以发送供应商。", "Only a draft is sent to the supplier."),
        ContractAction.ConfirmAsPurchaser => Purchaser(c, who) ?? hold ?? Confirmable(c, ContractParty.Purchaser),
        ContractAction.ConfirmAsSupplier => Supplier(c, who) ?? hold ?? Confirmable(c, ContractParty.Supplier),
        ContractAction.Publish => Purchaser(c, who) ?? State(c, ContractChange.Publish, "双方确认签订后才能发布合同公告。", "The announcement follows both confirmations."),
        ContractAction.DraftAddOn => Purchaser(c, who) ?? (c.IsAddOn ? GovContract.AddOnOfAddOn : null)
            ?? (c.Allows(ContractChange.AddOn) ? null : GovContract.NotSignedYet) ?? hold,
        ContractAction.File => Regulator(c, who) ?? State(c, ContractChange.File, "合同公告发布后才能备案。", "A contract is filed once announced.", FilingCitation),
        _ => Regulator(c, who) ?? State(c, ContractChange.Return, "只能退回待备案的合同。", "Only a contract awaiting filing can be returned."),
    };

    private static Refusal? State(GovContract c, ContractChange change, string zh, string en, string? citation = null) =>
        c.Allows(change) ? null : new Refusal(zh, en, citation);

    private static Refusal? Confirmable(GovContract c, ContractParty party)
    {
        if (c.Status != ContractStatus.SentToSupplier)
        {
            return new Refusal("合同不在待确认状态。", "The contract is not awaiting confirmation.");
        }

        return c.ConfirmationOf(party) is null ? null : new Refusal("您已确认当前合同文本。", "You have confirmed the current text.");
    }

    private static Refusal? Purchaser(GovContract c, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(c.PurchaserId) ? null
            : new Refusal("只能处理本单位的合同。", "You can only act on your own unit's contracts.", ground: RefusalGround.Jurisdiction));

    private static Refusal? Supplier(GovContract c, ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Belongs(c.SupplierId) ? null
            : new Refusal("只能处理本公司的合同。", "You can only act on your own company's contracts.", ground: RefusalGround.Jurisdiction));

    private static Refusal? Regulator(GovContract c, ActorStanding who) =>
        who.WhyNotRole(Roles.Regulator) ?? (who.Kind == OrganizationKind.Regulator && who.RegionCode == c.RegionCode ? null
            : new Refusal($"合同由项目所在地区（{c.RegionCode}）的财政部门备案。", $"The contract is filed by the finance department of its region ({c.RegionCode}).",
                FilingCitation, RefusalGround.Jurisdiction));
}
