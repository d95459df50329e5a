using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Bonds;

/// <summary>What the supplier records when it pays a bond: the form, the amount, the day and the bank's or insurer's reference.</summary>
public sealed record BondPayment(BondForm Form, Money Amount, DateOnly PaidOn, string Reference);

/// <summary>Who owes a bond to whom and for what: the project or contract it secures, and the amount it may be at most measured from.</summary>
public sealed record BondParties(Guid? ProjectId, int LotNumber, Guid? RequirementId, Guid? ContractId, string Reference, string Title, string RegionCode,
    Guid PurchaserId, Guid? AgencyId, Guid SupplierId, string SupplierName, Money Basis);

/// <summary>
/// A bond (保证金) one supplier gives: the bid bond a project requires of each bidder (投标保证金, 实施条例第三十三条) or
/// the performance bond a contract requires of the winner (履约保证金, 第四十八条). Required → paid (the supplier
/// records it) → received (the purchaser, or the project's agency where there is one, confirms) → refunded. A
/// performance bond may secure a contract with no project (drafted from an e-mall order). The status changes only through the table.
/// </summary>
public sealed class Bond : VersionedEntity
{
    public const int ReferenceMaxLength = 64;

    private static readonly Dictionary<(BondStatus From, BondChange Change), BondStatus> Transitions = new()
    {
        [(BondStatus.Required, BondChange.Pay)] = BondStatus.Paid,
        [(BondStatus.Paid, BondChange.Receive)] = BondStatus.Received,
        [(BondStatus.Received, BondChange.Refund)] = BondStatus.Refunded,
    };

    private Bond()
    {
        Number = Reference = Title = RegionCode = SupplierName = RequiredBy = "";
    }

    private Bond(BondKind kind, BondParties parties, Money amount, string actor, DateTime nowUtc) : this()
    {
        Id = Guid.NewGuid();
        Number = $"BZ-{parties.RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        Kind = kind;
        Status = BondStatus.Required;
        ProjectId = parties.ProjectId;
        LotNumber = parties.LotNumber;
        RequirementId = parties.RequirementId;
        ContractId = parties.ContractId;
        Reference = parties.Reference;
        Title = parties.Title;
        RegionCode = parties.RegionCode;
        PurchaserId = parties.PurchaserId;
        AgencyId = parties.AgencyId;
        SupplierId = parties.SupplierId;
        SupplierName = parties.SupplierName;
        Basis = parties.Basis;
        Amount = amount;
        RequiredBy = actor;
        RequiredUtc = nowUtc;
    }

    /// <summary>A registered supplier's bid bond under the project's requirement (checked against the cap when it was stated).</summary>
    public static Bond ForBid(BidBondRequirement requirement, BondParties parties, string actor, DateTime nowUtc) =>
        new(BondKind.Bid, parties with { RequirementId = requirement.Id, LotNumber = requirement.LotNumber, Basis = requirement.Budget }, requirement.Amount, actor, nowUtc);

    /// <summary>The performance bond of a signed contract, checked against the cap.</summary>
    public static Bond ForPerformance(BondParties parties, Money amount, BondTerms terms, string actor, DateTime nowUtc) =>
        BondRules.PerformanceBondRefusal(parties.Basis, amount, terms) is { } refusal
            ? throw refusal.ToException()
            : new(BondKind.Performance, parties, amount, actor, nowUtc);

    public Guid Id { get; private set; }

    /// <summary>A readable number: 保证金, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public BondKind Kind { get; private set; }

    public BondStatus Status { get; private set; }

    public Guid? ProjectId { get; private set; }

    /// <summary>The lot the bid bond is for; 0 for the whole project (and for a performance bond).</summary>
    public int LotNumber { get; private set; }

    public Guid? RequirementId { get; private set; }

    public Guid? ContractId { get; private set; }

    /// <summary>The project's or the contract's number.</summary>
    public string Reference { get; private set; }

    public string Title { get; private set; }

    public string RegionCode { get; private set; }

    public Guid PurchaserId { get; private set; }

    /// <summary>The entrusted agency of the project, if any; null for a performance bond of a contract from an e-mall order.</summary>
    public Guid? AgencyId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    /// <summary>The budget (of the project or lot) or the contract amount the cap is a share of.</summary>
    public Money Basis { get; private set; }

    public Money Amount { get; private set; }

    public string RequiredBy { get; private set; }

    public DateTime RequiredUtc { get; private set; }

    public BondForm? Form { get; private set; }

    public Money? PaidAmount { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? PaymentReference { get; private set; }

    public string? PaidBy { get; private set; }

    public DateTime? PaidUtc { get; private set; }

    public string? ReceivedBy { get; private set; }

    public DateTime? ReceivedUtc { get; private set; }

    public string? RefundedBy { get; private set; }

    public DateTime? RefundedUtc { get; private set; }

    public string? RefundReference { get; private set; }

    /// <summary>The Beijing day of the refund, once refunded.</summary>
    public DateOnly? RefundedOn => RefundedUtc is { } at ? BeijingTime.Day(at) : null;

    /// <summary>True while the supplier's money (or guarantee) is with the purchaser or agency: paid and not yet refunded.</summary>
    public bool IsHeld => Status is BondStatus.Paid or BondStatus.Received;

    /// <summary>The transition table's rows, for the tests that hold every row to a step.</summary>
    public static IReadOnlyCollection<(BondStatus From, BondChange Change)> Table => Transitions.Keys;

    public bool Allows(BondChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>The supplier records paying the required amount, on a day not after today.</summary>
    public void Pay(BondPayment payment, string by, DateTime nowUtc)
    {
        if (!Enum.IsDefined(payment.Form))
        {
            throw new DomainException("请选择保证金的缴纳形式。", "Choose how the bond is given.");
        }

        if (payment.Amount != Amount)
        {
            throw new DomainException($"缴纳金额应为要求的保证金 {Amount}。", $"The amount paid must be the required {Amount}.");
        }

        if (payment.PaidOn > BeijingTime.Day(nowUtc))
        {
            throw new DomainException("缴纳日期不能晚于今天。", "The payment day cannot be in the future.");
        }

        var reference = Texts.Required(payment.Reference, ReferenceMaxLength, "缴纳凭证号（转账流水号、保函或保单编号）", "The payment reference");
        Move(BondChange.Pay);
        (Form, PaidAmount, PaidOn, PaymentReference, PaidBy, PaidUtc) = (payment.Form, payment.Amount, payment.PaidOn, reference, by, nowUtc);
    }

    /// <summary>The purchaser or agency confirms receiving the bond.</summary>
    public void Receive(string by, DateTime nowUtc)
    {
        Move(BondChange.Receive);
        (ReceivedBy, ReceivedUtc) = (by, nowUtc);
    }

    /// <summary>The purchaser or agency refunds the bond (a returned guarantee letter or policy counts as refunded).</summary>
    public void Refund(string reference, string by, DateTime nowUtc)
    {
        var text = Texts.Required(reference, ReferenceMaxLength, "退还凭证号", "The refund reference");
        Move(BondChange.Refund);
        (RefundReference, RefundedBy, RefundedUtc) = (text, by, nowUtc);
    }

    private void Move(BondChange change)
    {
        if (!Transitions.TryGetValue((Status, change), out var next))
        {
            throw new DomainException("保证金当前状态不能执行此操作。", "The bond cannot take this step now.");
        }

        Status = next;
    }
}

/// <summary>
/// The bid bond a project (or one of its lots) requires of every bidder, as the purchaser or agency states it in the
/// documents before the announcement: at most the rule's share of the budget (实施条例第三十三条).
/// </summary>
public sealed class BidBondRequirement
{
    private BidBondRequirement()
    {
        StatedBy = "";
    }

    internal BidBondRequirement(Guid projectId, int lotNumber, Money budget, Money amount, string by, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        LotNumber = lotNumber;
        Restate(budget, amount, by, nowUtc);
        StatedBy = by;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The lot; 0 for the whole project.</summary>
    public int LotNumber { get; private set; }

    /// <summary>The budget the amount was checked against.</summary>
    public Money Budget { get; private set; }

    public Money Amount { get; private set; }

    public string StatedBy { get; private set; }

    public DateTime StatedUtc { get; private set; }

    internal void Restate(Money budget, Money amount, string by, DateTime nowUtc) =>
        (Budget, Amount, StatedBy, StatedUtc) = (budget, amount, by, nowUtc);
}
