using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;

namespace GovProcurement.Domain.Bonds;

/// <summary>
/// Which bond steps an actor may take now, and why not: the transition table of <see cref="Bond"/> joined with who
/// takes each step. The supplier records paying its own bond; the purchaser's operator or the entrusted agency
/// confirms receiving a bid bond and refunds it; for a performance bond the purchaser's operator does so, or the
/// project's entrusted agency where there is one (a contract from an e-mall order has none). The regulator of the
/// region reads, and takes no step. Pages render this; <see cref="BondDesk"/> requires it.
/// </summary>
public static class BondSteps
{
    private const string BidBondCitation = "《中华人民共和国政府采购法实施条例》第三十三条";
    private const string PerformanceBondCitation = "《中华人民共和国政府采购法实施条例》第四十八条";

    public static IReadOnlyList<BondAction> All { get; } = Enum.GetValues<BondAction>();

    /// <param name="paymentClosed">Why the supplier may not record paying now (not registered; the bid deadline passed), refusing the payment.</param>
    public static ActionSet<BondAction> For(Bond bond, ActorStanding who, Refusal? paymentClosed = null) =>
        new(All.Select(action => new AvailableAction<BondAction>(action, WhyNot(action, bond, who, paymentClosed))).ToList());

    /// <summary>Whether the actor may see the bond: its supplier, its purchaser, its agency, or a regulator whose jurisdiction holds its region.</summary>
    public static bool Sees(Bond bond, ActorStanding who, IReadOnlyCollection<string> jurisdiction) =>
        who.Belongs(bond.SupplierId) || who.Belongs(bond.PurchaserId) || (bond.AgencyId is { } agency && who.Belongs(agency))
        || (who.IsIn(Roles.Regulator) && who.Kind == OrganizationKind.Regulator && jurisdiction.Contains(bond.RegionCode));

    /// <summary>Whether the purchaser's operator or the agency may state the project's bid bond: before the announcement, in the documents.</summary>
    public static ActionSet<BondDemandAction> ForProject(ProcurementProject project, ActorStanding who) =>
        new([new(BondDemandAction.StateBidBond, ProjectParty(project.PurchaserId, project.AgencyId, who)
            ?? (project.Status == ProjectStatus.Preparing ? null
                : new Refusal("投标保证金须在采购文件中载明，应在发布采购公告前设置。", "The bid bond is stated in the documents, before the announcement.", BidBondCitation)))]);

    /// <summary>Whether the purchaser's operator may require the contract's performance bond: one the contract states, once signed, once.</summary>
    public static ActionSet<BondDemandAction> ForContract(GovContract contract, ActorStanding who, bool alreadyRequired) =>
        new([new(BondDemandAction.RequirePerformanceBond, Purchaser(contract.PurchaserId, who)
            ?? (contract.PerformanceBondShare == 0 ? NoBondTerm
                : contract.SignedOn is null ? new Refusal("合同签订后才能要求履约保证金。", "A performance bond is required once the contract is signed.", PerformanceBondCitation)
                : alreadyRequired ? new Refusal("已要求该合同的履约保证金。", "The contract's performance bond has been required already.") : null))]);

    /// <summary>Why a contract without a bond term has no bond to require: the bond is agreed in the contract.</summary>
    public static readonly Refusal NoBondTerm = new("合同未约定履约保证金。", "The contract states no performance bond.", PerformanceBondCitation);

    private static Refusal? WhyNot(BondAction action, Bond b, ActorStanding who, Refusal? paymentClosed) => action switch
    {
        BondAction.RecordPayment => Supplier(b, who) ?? State(b, BondChange.Pay) ?? paymentClosed,
        BondAction.ConfirmReceipt => Holder(b, who) ?? State(b, BondChange.Receive),
        _ => Holder(b, who) ?? State(b, BondChange.Refund),
    };

    private static Refusal? State(Bond b, BondChange change) => b.Allows(change) ? null : b.Status switch
    {
        BondStatus.Required => new Refusal("供应商尚未登记缴纳保证金。", "The supplier has not recorded paying the bond."),
        BondStatus.Paid => change == BondChange.Pay
            ? new Refusal("保证金已登记缴纳，待确认收到。", "The bond is recorded as paid and awaits confirmation.")
            : new Refusal("确认收到保证金后才能退还。", "A bond is refunded once its receipt is confirmed."),
        BondStatus.Received => new Refusal("保证金已确认收到。", "The bond's receipt has been confirmed."),
        _ => new Refusal("保证金已退还。", "The bond has been refunded."),
    };

    private static Refusal? Supplier(Bond b, ActorStanding who) =>
        who.WhyNotRole(Roles.Supplier) ?? (who.Belongs(b.SupplierId) ? null
            : new Refusal("只能登记本公司的保证金。", "You can only record your own company's bond.", ground: RefusalGround.Jurisdiction));

    private static Refusal? Holder(Bond b, ActorStanding who) =>
        b.Kind == BondKind.Performance && b.AgencyId is null ? Purchaser(b.PurchaserId, who) : ProjectParty(b.PurchaserId, b.AgencyId, who);

    private static Refusal? Purchaser(Guid purchaserId, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(purchaserId) ? null
            : new Refusal("只能处理本单位的保证金。", "You can only act on your own unit's bonds.", ground: RefusalGround.Jurisdiction));

    private static Refusal? ProjectParty(Guid purchaserId, Guid? agencyId, ActorStanding who)
    {
        if (!who.IsIn(Roles.PurchaserOperator) && !who.IsIn(Roles.Agency))
        {
            return new Refusal("此步骤由采购人或采购代理机构办理。", "This step is for the purchaser or the agency.", ground: RefusalGround.Role);
        }

        var own = (who.IsIn(Roles.PurchaserOperator) && who.Belongs(purchaserId)) || (who.IsIn(Roles.Agency) && agencyId is { } agency && who.Belongs(agency));
        return own ? null : new Refusal("只能处理本单位（本机构）项目的保证金。", "You act only on your own unit's or agency's projects.", ground: RefusalGround.Jurisdiction);
    }
}
