using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Acceptance;

/// <summary>
/// Which acceptance steps an actor may take now, and why not: the transition table of <see cref="ContractAcceptance"/>
/// joined with who takes each step. The purchaser's operator records deliveries, plans the acceptance, records the
/// result and confirms the record for the purchaser; the supplier confirms it for itself. Pages render this;
/// <see cref="ContractAcceptances"/> requires it.
/// </summary>
public static class AcceptanceSteps
{
    private const string Citation = "《财政部关于进一步加强政府采购需求和履约验收管理的指导意见》（财库〔2016〕205号）";

    public static IReadOnlyList<AcceptanceAction> All { get; } = Enum.GetValues<AcceptanceAction>();

    /// <param name="signed">Whether the contract is signed: only a signed contract is performed and accepted.</param>
    public static ActionSet<AcceptanceAction> For(ContractAcceptance acceptance, bool signed, ActorStanding who) =>
        new(All.Select(action => new AvailableAction<AcceptanceAction>(action, WhyNot(action, acceptance, signed, who))).ToList());

    private static Refusal? WhyNot(AcceptanceAction action, ContractAcceptance a, bool signed, ActorStanding who) => action switch
    {
        AcceptanceAction.RecordDelivery => Purchaser(a, who) ?? Signed(signed) ?? State(a, AcceptanceChange.Deliver, "交付登记已完毕，验收合格后不再登记交付。", "Deliveries are recorded before the acceptance, or again after a failed one.")
            ?? (a.Status == AcceptanceStatus.Delivering && a.FullyDelivered ? new Refusal("合同标的已全部交付，请确认交付完毕。", "Every item is delivered: mark delivery complete.") : null),
        AcceptanceAction.CompleteDelivery => Purchaser(a, who) ?? Signed(signed) ?? State(a, AcceptanceChange.CompleteDelivery, "只有交付中的合同可以确认交付完毕。", "Only a contract being delivered can be marked delivered.")
            ?? (a.FullyDelivered ? null : new Refusal("尚有标的未按合同数量交付完毕。", "Some items are not yet delivered in full.")),
        AcceptanceAction.PlanAcceptance => Purchaser(a, who) ?? Signed(signed) ?? State(a, AcceptanceChange.Plan, "交付完毕后、记录验收结果前制定验收方案。", "The plan is set after delivery and before the result.", Citation),
        AcceptanceAction.RecordResult => Purchaser(a, who) ?? Signed(signed) ?? State(a, AcceptanceChange.Conclude, "制定验收方案后才能记录验收结果。", "The result follows the acceptance plan.", Citation)
            ?? (a.ConfirmationOf(ContractParty.Purchaser) is not null || a.ConfirmationOf(ContractParty.Supplier) is not null
                ? new Refusal("验收书已有一方确认，不能再修改验收结果。", "A party has confirmed the record: the result cannot change now.") : null),
        AcceptanceAction.ConfirmAsPurchaser => Purchaser(a, who) ?? Confirmable(a, ContractParty.Purchaser),
        _ => Supplier(a, who) ?? Confirmable(a, ContractParty.Supplier),
    };

    private static Refusal? Signed(bool signed) =>
        signed ? null : new Refusal("合同签订后才能登记交付和验收。", "Deliveries and acceptance follow the signing of the contract.");

    private static Refusal? State(ContractAcceptance a, AcceptanceChange change, string zh, string en, string? citation = null) =>
        a.Allows(change) ? null : new Refusal(zh, en, citation);

    private static Refusal? Confirmable(ContractAcceptance a, ContractParty party)
    {
        if (a.Status != AcceptanceStatus.Concluded)
        {
            return new Refusal("验收书不在待确认状态。", "The acceptance record is not awaiting confirmation.");
        }

        return a.ConfirmationOf(party) is null ? null : new Refusal("您已确认当前验收书。", "You have confirmed the current record.");
    }

    private static Refusal? Purchaser(ContractAcceptance a, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(a.PurchaserId) ? null
            : new Refusal("只能处理本单位合同的验收。", "You can only act on your own unit's acceptances.", ground: RefusalGround.Jurisdiction));

    private static Refusal? Supplier(ContractAcceptance a, ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Belongs(a.SupplierId) ? null
            : new Refusal("只能确认本公司合同的验收书。", "You can only confirm your own company's acceptance records.", ground: RefusalGround.Jurisdiction));
}
