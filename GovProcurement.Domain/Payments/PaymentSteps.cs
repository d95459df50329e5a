using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Payments;

/// <summary>What can be done with a contract's payments.</summary>
public enum PaymentAction
{
    /// <summary>Record one payment against an instalment (the purchaser's operator).</summary>
    Record = 1,

    /// <summary>Read the schedule, the payments and what is overdue (both parties and the region's finance department).</summary>
    Read = 2,
}

/// <summary>
/// Which payment steps an actor may take on a contract now, and why not: the purchaser's operator of the
/// contract's unit records payments on a signed contract until it is paid in full; the unit, the supplier and
/// the finance department of the contract's region read them. Pages render this; <see cref="ContractPayments"/> requires it.
/// </summary>
public static class PaymentSteps
{
    private const string Citation = "《保障中小企业款项支付条例》";

    public static IReadOnlyList<PaymentAction> All { get; } = Enum.GetValues<PaymentAction>();

    public static ActionSet<PaymentAction> For(GovContract contract, PaymentSchedule schedule, ActorStanding who) =>
        new(All.Select(action => new AvailableAction<PaymentAction>(action, WhyNot(action, contract, schedule, who))).ToList());

    /// <summary>Whether the actor is a party to the contract or the finance department of its region.</summary>
    public static bool Reads(GovContract c, ActorStanding who) =>
        who.Belongs(c.PurchaserId) || who.Belongs(c.SupplierId) || (who.Kind == OrganizationKind.Regulator && who.IsIn(Roles.Regulator) && who.RegionCode == c.RegionCode);

    private static Refusal? WhyNot(PaymentAction action, GovContract c, PaymentSchedule schedule, ActorStanding who) => action switch
    {
        PaymentAction.Record => WhyNotRecord(c.PurchaserId, c.SignedOn, schedule, who),
        _ => Reads(c, who) ? null : new Refusal("只有合同双方和合同所在地区的财政部门可以查看付款情况。",
            "Only the parties and the finance department of the contract's region read its payments.", ground: RefusalGround.Jurisdiction),
    };

    /// <summary>
    /// Why the actor may not record a payment on the contract of <paramref name="purchaserId"/>, signed on <paramref name="signedOn"/>
    /// (null before), with its <paramref name="schedule"/>; null when it may. <see cref="For"/> answers the same for a whole contract;
    /// the to-do counts ask this of the few columns they read.
    /// </summary>
    public static Refusal? WhyNotRecord(Guid purchaserId, DateOnly? signedOn, PaymentSchedule schedule, ActorStanding who) =>
        Purchaser(purchaserId, who) ?? Recordable(signedOn, schedule);

    private static Refusal? Recordable(DateOnly? signedOn, PaymentSchedule schedule)
    {
        if (signedOn is null)
        {
            return new Refusal("合同签订后才能登记付款。", "Payments are recorded once the contract is signed.");
        }

        return schedule.Outstanding > Money.Zero ? null
            : new Refusal($"合同款项 {schedule.Amount} 已全部付清。", $"The contract's {schedule.Amount} is paid in full.", Citation);
    }

    private static Refusal? Purchaser(Guid purchaserId, ActorStanding who) =>
        who.WhyNotRole(Roles.PurchaserOperator) ?? (who.Belongs(purchaserId) ? null
            : new Refusal("只能登记本单位合同的付款。", "You can only record payments on your own unit's contracts.", ground: RefusalGround.Jurisdiction));
}
