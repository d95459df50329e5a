using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>Whether the actor's organisation runs framework agreements: a centralized procurement agency or a competent budget unit.</summary>
public sealed record FrameworkOwnerStanding(ActorStanding Who, bool IsOwnerKind)
{
    public const string OwnerRule = FrameworkRules.Measures + "：框架协议由集中采购机构或主管预算单位征集并确定入围供应商（条款待核实）";

    /// <summary>Why the actor may not record agreements, or null when they may.</summary>
    public Refusal? WhyNot()
    {
        if (!IsOwnerKind)
        {
            return new Refusal("框架协议由集中采购机构或主管预算单位录入。", "Framework agreements are recorded by the centralized agency or a competent budget unit.", OwnerRule, RefusalGround.Role);
        }

        return Who.Kind == OrganizationKind.Agency ? Who.WhyNotRole(Roles.Agency) : Who.WhyNotRole(Roles.PurchaserOperator);
    }

    public static async Task<FrameworkOwnerStanding> LoadAsync(GovProcurementDbContext db, ActorStanding who, CancellationToken ct)
    {
        var org = who.OrganizationId;
        var isOwner = org is { } id && who.Kind switch
        {
            OrganizationKind.Agency => await db.Organizations.OfType<Agency>().AnyAsync(a => a.Id == id && a.IsCentralized, ct),
            OrganizationKind.BudgetUnit => await db.Organizations.OfType<BudgetUnit>().AnyAsync(u => u.CompetentUnitId == id, ct),
            _ => false,
        };
        return new FrameworkOwnerStanding(who, isOwner);
    }
}

/// <summary>
/// Which agreement steps an actor may take now, and why not: the transition table of
/// <see cref="FrameworkAgreement"/> joined with who takes each step — the organisation that recorded
/// it, while it is a centralized agency or competent budget unit. Pages render this;
/// <see cref="FrameworkAgreements"/> requires it.
/// </summary>
public static class FrameworkSteps
{
    public static IReadOnlyList<FrameworkAction> All { get; } = Enum.GetValues<FrameworkAction>();

    public static ActionSet<FrameworkAction> For(FrameworkAgreement agreement, FrameworkOwnerStanding owner, DateOnly today) =>
        new(All.Select(action => new AvailableAction<FrameworkAction>(action, WhyNot(action, agreement, owner, today))).ToList());

    private static Refusal? WhyNot(FrameworkAction action, FrameworkAgreement agreement, FrameworkOwnerStanding owner, DateOnly today) =>
        owner.WhyNot() ?? (owner.Who.Belongs(agreement.OwnerId) ? null
            : new Refusal("只能管理本机构录入的框架协议。", "You can only manage agreements your organisation recorded.", ground: RefusalGround.Jurisdiction))
        ?? Rule(action, agreement, today);

    private static Refusal? Rule(FrameworkAction action, FrameworkAgreement agreement, DateOnly today)
    {
        if (action == FrameworkAction.AdmitSupplier && agreement.Status == FrameworkStatus.InForce)
        {
            if (agreement.Kind == FrameworkKind.Closed)
            {
                return new Refusal("封闭式框架协议在有效期内不得增加入围供应商。", "A closed agreement admits no supplier during its term.", FrameworkRules.ClosedAdmissionRule);
            }

            return agreement.IsInForceOn(today) ? null : new Refusal("只能在协议有效期内增加入围供应商。", "Suppliers are admitted only inside the term.");
        }

        var change = action switch
        {
            FrameworkAction.Edit => FrameworkChange.Edited,
            FrameworkAction.AdmitSupplier => FrameworkChange.SupplierAdmitted,
            FrameworkAction.RemoveSupplier => FrameworkChange.SupplierRemoved,
            FrameworkAction.PutInForce => FrameworkChange.PutInForce,
            _ => FrameworkChange.Terminated,
        };
        return agreement.Allows(change) ? null : new Refusal(
            $"框架协议当前为“{FrameworkTexts.Status(agreement.Status).Zh}”，不能执行此操作。",
            $"The agreement is {FrameworkTexts.Status(agreement.Status).En}; this step is not possible now.");
    }
}

/// <summary>A supplier's standing towards a second competition: admitted to the agreement, quoted already, and why it may not quote (debarred).</summary>
public sealed record CallOffSupplierFacts(bool IsAdmitted, bool HasQuoted, Refusal? Ineligible)
{
    public static CallOffSupplierFacts None { get; } = new(false, false, null);
}

/// <summary>
/// Which call-off steps an actor may take now: an admitted, eligible supplier quotes once in an open
/// second competition; the unit's operator withdraws it before the close and reads the platform's decision.
/// </summary>
public static class CallOffSteps
{
    public static IReadOnlyList<CallOffAction> All { get; } = Enum.GetValues<CallOffAction>();

    public static ActionSet<CallOffAction> For(FrameworkCallOff callOff, ActorStanding who, CallOffSupplierFacts supplier, DateTime nowUtc) =>
        new(All.Select(action => new AvailableAction<CallOffAction>(action, WhyNot(action, callOff, who, supplier, nowUtc))).ToList());

    private static Refusal? WhyNot(CallOffAction action, FrameworkCallOff callOff, ActorStanding who, CallOffSupplierFacts supplier, DateTime nowUtc) => action switch
    {
        CallOffAction.Quote => who.WhyNotRole(Roles.Supplier) ?? QuoteRefusal(callOff, supplier, nowUtc),
        _ => who.WhyNotRole(Roles.PurchaserOperator)
            ?? (who.Belongs(callOff.UnitId) ? null : new Refusal("只能处理本单位的框架协议采购。", "You can only act on your own unit's call-offs.", ground: RefusalGround.Jurisdiction))
            ?? PurchaserRule(action, callOff, nowUtc),
    };

    private static Refusal? QuoteRefusal(FrameworkCallOff callOff, CallOffSupplierFacts supplier, DateTime nowUtc)
    {
        if (!supplier.IsAdmitted)
        {
            return new Refusal("只有该框架协议的入围供应商可以参加二次竞价。", "Only the agreement's admitted suppliers take part.", FrameworkRules.SecondCompetitionRule, RefusalGround.Jurisdiction);
        }

        if (!callOff.IsOpenAt(nowUtc))
        {
            return new Refusal("二次竞价当前不接受报价。", "The second competition takes no quotes now.");
        }

        return supplier.HasQuoted ? new Refusal("贵公司已报价，每家供应商只能报价一次。", "You have quoted; each supplier quotes once.") : supplier.Ineligible;
    }

    private static Refusal? PurchaserRule(CallOffAction action, FrameworkCallOff callOff, DateTime nowUtc)
    {
        var now = action switch
        {
            CallOffAction.Withdraw => callOff.Allows(CallOffChange.Withdrawn) && nowUtc < callOff.ClosesUtc,
            _ => callOff.DecidedUtc is not null && callOff.ResultNotedUtc is null,
        };
        return now ? null : new Refusal(
            $"框架协议采购当前为“{FrameworkTexts.CallOffStatus(callOff.Status).Zh}”，不能执行此操作。",
            $"The call-off is {FrameworkTexts.CallOffStatus(callOff.Status).En}; this step is not possible now.");
    }
}
