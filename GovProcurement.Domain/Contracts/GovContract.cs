using System.Text.Json;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Contracts;

/// <summary>Which party confirms.</summary>
public enum ContractParty
{
    Purchaser = 1,
    Supplier = 2,
}

/// <summary>One party's confirmation: who, when, and the SHA-256 digest of the exact text they confirmed.</summary>
public sealed record ContractConfirmation(string By, DateTime AtUtc, string Digest);

/// <summary>
/// A government procurement contract (政府采购合同), drafted by the purchaser's operator from an award or a
/// confirmed e-mall order. Both parties confirm the same text (<see cref="ContractText"/>): a confirmation
/// counts only while its digest is the text's current one, and any revision voids both. Signed when the
/// second party confirms; then announced, then filed (备案) by the region's finance department, which may
/// return it to draft with a reason. The status changes only through the table.
/// </summary>
public sealed class GovContract : VersionedEntity
{
    public const int ReasonMaxLength = Texts.ReasonMaxLength;

    private static readonly Dictionary<(ContractStatus From, ContractChange Change), ContractStatus> Transitions = new()
    {
        [(ContractStatus.Draft, ContractChange.Revise)] = ContractStatus.Draft,
        [(ContractStatus.Draft, ContractChange.Send)] = ContractStatus.SentToSupplier,
        [(ContractStatus.SentToSupplier, ContractChange.Revise)] = ContractStatus.Draft,
        [(ContractStatus.SentToSupplier, ContractChange.Sign)] = ContractStatus.Signed,
        [(ContractStatus.Signed, ContractChange.Publish)] = ContractStatus.Published,
        [(ContractStatus.Published, ContractChange.File)] = ContractStatus.Filed,
        [(ContractStatus.Published, ContractChange.Return)] = ContractStatus.Draft,
        [(ContractStatus.Signed, ContractChange.AddOn)] = ContractStatus.Signed,
        [(ContractStatus.Published, ContractChange.AddOn)] = ContractStatus.Published,
        [(ContractStatus.Filed, ContractChange.AddOn)] = ContractStatus.Filed,
        [(ContractStatus.Draft, ContractChange.Void)] = ContractStatus.Voided,
        [(ContractStatus.SentToSupplier, ContractChange.Void)] = ContractStatus.Voided,
        [(ContractStatus.Signed, ContractChange.Void)] = ContractStatus.Voided,
        [(ContractStatus.Published, ContractChange.Void)] = ContractStatus.Voided,
        [(ContractStatus.Filed, ContractChange.Void)] = ContractStatus.Voided,
    };

    private GovContract()
    {
        Number = LotNumbers = Reference = Title = PlanNumber = RegionCode = PurchaserName = SupplierName = "";
        PurchaserBankName = PurchaserAccount = SupplierBankName = SupplierAccount = PerformancePlace = ItemsJson = InstalmentsJson = CreatedBy = "";
    }

    private GovContract(ContractOrigin origin, ContractDraft draft, string actor, DateTime nowUtc) : this()
    {
        Id = Guid.NewGuid();
        Number = $"HT-{origin.RegionCode}-{BeijingTime.Day(nowUtc):yyyyMMdd}-{Id.ToString("N")[..6].ToUpperInvariant()}";
        Source = origin.Source;
        ProjectId = origin.ProjectId;
        LotNumbers = origin.LotNumbers;
        OrderId = origin.OrderId;
        Reference = origin.Reference;
        Title = origin.Title;
        PlanNumber = origin.PlanNumber;
        RegionCode = origin.RegionCode;
        PurchaserId = origin.PurchaserId;
        PurchaserName = origin.PurchaserName;
        SupplierId = origin.SupplierId;
        SupplierName = origin.SupplierName;
        Ceiling = origin.Ceiling;
        AwardedOn = origin.AwardedOn;
        Kind = origin.Kind;
        Status = ContractStatus.Draft;
        CreatedBy = actor;
        CreatedUtc = nowUtc;
        Apply(draft);
    }

    /// <summary>Drafts a contract; the draft is checked against the award's ceiling and the rules in force.</summary>
    public static GovContract Draft(ContractOrigin origin, ContractDraft draft, ContractTerms terms, string actor, DateTime nowUtc) =>
        new(origin, draft.Validated(origin, terms), actor, nowUtc);

    /// <summary>
    /// Drafts an add-on (补充合同, 政府采购法第四十九条) of a signed contract: the same parties and subject, and the
    /// amounts of all its add-ons, <paramref name="earlierAddOns"/> and this one, within the rule's share of the
    /// original amount. The add-on then takes the same confirmation, announcement and filing steps as any contract.
    /// </summary>
    public static GovContract DraftAddOn(GovContract parent, string reason, ContractDraft draft, ContractTerms terms, Money earlierAddOns, string actor, DateTime nowUtc)
    {
        if (parent.ParentId is not null)
        {
            throw AddOnOfAddOn.ToException();
        }

        if (!parent.Allows(ContractChange.AddOn))
        {
            throw NotSignedYet.ToException();
        }

        var why = Texts.RequireReason(reason);
        if (ContractRules.AddOnRefusal(parent.Amount, earlierAddOns, draft.Amount, terms) is { } refusal)
        {
            throw refusal.ToException();
        }

        var origin = parent.Origin with { Ceiling = ContractRules.AddOnCap(parent.Amount, terms) };
        return new GovContract(origin, draft.Validated(origin, terms), actor, nowUtc)
        {
            ParentId = parent.Id,
            ParentNumber = parent.Number,
            AddOnReason = why,
        };
    }

    /// <summary>Why an add-on is not drafted from an add-on: the add-ons all refer to the original contract and share its cap.</summary>
    public static readonly Refusal AddOnOfAddOn = new("补充合同不能再签订补充合同，请从原合同签订。", "An add-on has no add-ons of its own: draft it from the original contract.",
        ContractRules.AddOnCitation);

    /// <summary>Why an add-on is not drafted yet: only from a signed contract.</summary>
    public static readonly Refusal NotSignedYet = new("原合同签订后才能签订补充合同。", "An add-on is drafted from a signed contract.", ContractRules.AddOnCitation);

    public Guid Id { get; private set; }

    /// <summary>A readable number: 合同, the region, the day and a short unique part.</summary>
    public string Number { get; private set; }

    public ContractSource Source { get; private set; }

    public ContractStatus Status { get; private set; }

    public Guid? ProjectId { get; private set; }

    /// <summary>
    /// The lot of the award ("" for an order). Contracts drafted before they were per lot name all the lots their
    /// supplier won, comma-separated.
    /// </summary>
    public string LotNumbers { get; private set; }

    /// <summary>Whether the contract is for this lot of its award.</summary>
    public bool Covers(int lot) => Covers(LotNumbers, lot);

    /// <summary>Whether a contract's <see cref="LotNumbers"/> name this lot.</summary>
    public static bool Covers(string lotNumbers, int lot) => lotNumbers.Split(',').Contains(lot.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Guid? OrderId { get; private set; }

    /// <summary>The project's or the order's number.</summary>
    public string Reference { get; private set; }

    public string Title { get; private set; }

    public string PlanNumber { get; private set; }

    public string RegionCode { get; private set; }

    public Guid PurchaserId { get; private set; }

    public string PurchaserName { get; private set; }

    public string PurchaserBankName { get; private set; }

    public string PurchaserAccount { get; private set; }

    public Guid SupplierId { get; private set; }

    public string SupplierName { get; private set; }

    public string SupplierBankName { get; private set; }

    public string SupplierAccount { get; private set; }

    /// <summary>The award's or the order's amount: the contract can never exceed it.</summary>
    public Money Ceiling { get; private set; }

    /// <summary>The day of the award notice (or of the supplier's order confirmation): the signing period runs from it.</summary>
    public DateOnly AwardedOn { get; private set; }

    public Money Amount { get; private set; }

    public string AmountInCapitals => ChineseCapitals.Of(Amount);

    public DateOnly PerformanceFrom { get; private set; }

    public DateOnly PerformanceTo { get; private set; }

    public string PerformancePlace { get; private set; }

    public int PaymentTermDays { get; private set; }

    public bool LongerTermAgreed { get; private set; }

    public bool Sme { get; private set; }

    public bool Financing { get; private set; }

    /// <summary>The performance bond the contract states, as a share of its amount in basis points; 0 when it requires none.</summary>
    public int PerformanceBondShare { get; private set; }

    /// <summary>The performance bond the contract's share gives, rounded down to the fen; zero when it states none.</summary>
    public Money PerformanceBond => new(Amount.Fen * PerformanceBondShare / 10_000);

    /// <summary>The late-payment interest the contract names, in basis points a day (5 = 0.05 %); null when it names none and the payment rule's applies.</summary>
    public int? LatePaymentInterestDailyBasisPoints { get; private set; }

    /// <summary>
    /// The kind whose template the contract is written on; null for the contracts drafted before the templates,
    /// whose confirmed text keeps the general form.
    /// </summary>
    public ProcurementCategory? Kind { get; private set; }

    public ContractTemplate? Template => Kind is { } kind ? ContractTemplates.For(kind) : null;

    /// <summary>The purchaser's own wording of the kind's term; null for the template's.</summary>
    public string? KindTerm { get; private set; }

    public string ItemsJson { get; private set; }

    public string InstalmentsJson { get; private set; }

    public IReadOnlyList<ContractItem> Items => JsonSerializer.Deserialize<List<ContractItem>>(ItemsJson) ?? [];

    public IReadOnlyList<ContractInstalment> Instalments => JsonSerializer.Deserialize<List<ContractInstalment>>(InstalmentsJson) ?? [];

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public string? PurchaserConfirmedBy { get; private set; }

    public DateTime? PurchaserConfirmedUtc { get; private set; }

    public string? PurchaserDigest { get; private set; }

    public string? SupplierConfirmedBy { get; private set; }

    public DateTime? SupplierConfirmedUtc { get; private set; }

    public string? SupplierDigest { get; private set; }

    /// <summary>The Beijing day the second confirmation was given.</summary>
    public DateOnly? SignedOn { get; private set; }

    public DateTime? PublishedUtc { get; private set; }

    public Guid? NoticeId { get; private set; }

    public DateTime? FiledUtc { get; private set; }

    public string? FiledBy { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>The original contract of an add-on (补充合同); null for an original contract.</summary>
    public Guid? ParentId { get; private set; }

    public string? ParentNumber { get; private set; }

    /// <summary>Why the add-on is needed (the additional goods, works or services).</summary>
    public string? AddOnReason { get; private set; }

    public bool IsAddOn => ParentId is not null;

    /// <summary>The transition table's rows, for the tests that hold every row to a step or the platform.</summary>
    public static IReadOnlyCollection<(ContractStatus From, ContractChange Change)> Table => Transitions.Keys;

    public bool Allows(ContractChange change) => Transitions.ContainsKey((Status, change));

    /// <summary>The SHA-256 digest of the contract's exact text as it stands now.</summary>
    public string Digest => ContractText.Digest(this);

    /// <summary>The party's confirmation, only while it is of the current text.</summary>
    public ContractConfirmation? ConfirmationOf(ContractParty party) => party switch
    {
        ContractParty.Purchaser when PurchaserDigest == Digest => new(PurchaserConfirmedBy!, PurchaserConfirmedUtc!.Value, PurchaserDigest!),
        ContractParty.Supplier when SupplierDigest == Digest => new(SupplierConfirmedBy!, SupplierConfirmedUtc!.Value, SupplierDigest!),
        _ => null,
    };

    /// <summary>Rewrites the drafted terms; every confirmation given so far is void, and a sent contract goes back to draft.</summary>
    public void Revise(ContractDraft draft, ContractTerms terms)
    {
        var checkedDraft = draft.Validated(Origin, terms);
        Move(ContractChange.Revise);
        Apply(checkedDraft);
        VoidConfirmations();
    }

    public void Send() => Move(ContractChange.Send);

    /// <summary>Records the party's confirmation of the current text; the second one signs the contract.</summary>
    public void Confirm(ContractParty party, string by, DateTime nowUtc)
    {
        if (Status != ContractStatus.SentToSupplier)
        {
            throw new DomainException("合同发送供应商后才能确认。", "A contract is confirmed once it is sent to the supplier.");
        }

        var digest = Digest;
        if (party == ContractParty.Purchaser)
        {
            (PurchaserConfirmedBy, PurchaserConfirmedUtc, PurchaserDigest) = (by, nowUtc, digest);
        }
        else
        {
            (SupplierConfirmedBy, SupplierConfirmedUtc, SupplierDigest) = (by, nowUtc, digest);
        }

        if (ConfirmationOf(ContractParty.Purchaser) is not null && ConfirmationOf(ContractParty.Supplier) is not null)
        {
            Move(ContractChange.Sign);
            SignedOn = BeijingTime.Day(nowUtc);
        }
    }

    public void Publish(Guid? noticeId, DateTime nowUtc)
    {
        Move(ContractChange.Publish);
        PublishedUtc = nowUtc;
        NoticeId = noticeId;
    }

    public void File(string by, DateTime nowUtc)
    {
        Move(ContractChange.File);
        FiledUtc = nowUtc;
        FiledBy = by;
        ReturnReason = null;
    }

    /// <summary>The regulator returns the contract to draft with a reason: both parties confirm again after the correction.</summary>
    public void Return(string reason)
    {
        var text = Texts.RequireReason(reason);
        Move(ContractChange.Return);
        ReturnReason = text;
        VoidConfirmations();
        SignedOn = null;
        PublishedUtc = null;
    }

    /// <summary>
    /// A complaint decision voids (撤销) the contract: it is no longer in force, so nothing counts from its signing any
    /// more (payments, bonds, acceptance and the deadlines read <see cref="SignedOn"/>); the confirmations stay as history.
    /// </summary>
    public void Void(DateOnly on)
    {
        Move(ContractChange.Void);
        SignedOn = null;
        VoidedOn = on;
    }

    /// <summary>The Beijing day a complaint decision voided the contract: its performance, and so what its performance bond secures, ends then.</summary>
    public DateOnly? VoidedOn { get; private set; }

    /// <summary>The award or order the contract was drafted from, as its draft is checked against.</summary>
    public ContractOrigin Origin => new(Source, ProjectId, LotNumbers, OrderId, Reference, Title, PlanNumber, RegionCode,
        PurchaserId, PurchaserName, SupplierId, SupplierName, Ceiling, AwardedOn, Kind);

    private void Apply(ContractDraft draft)
    {
        PurchaserBankName = draft.PurchaserBank.BankName;
        PurchaserAccount = draft.PurchaserBank.AccountNumber;
        SupplierBankName = draft.SupplierBank.BankName;
        SupplierAccount = draft.SupplierBank.AccountNumber;
        ItemsJson = JsonSerializer.Serialize(draft.Items);
        InstalmentsJson = JsonSerializer.Serialize(draft.Instalments);
        Amount = draft.Amount;
        PerformanceFrom = draft.PerformanceFrom;
        PerformanceTo = draft.PerformanceTo;
        PerformancePlace = draft.PerformancePlace;
        PaymentTermDays = draft.PaymentTermDays;
        LongerTermAgreed = draft.LongerTermAgreed;
        Sme = draft.Sme;
        Financing = draft.Financing;
        PerformanceBondShare = draft.PerformanceBondShare;
        LatePaymentInterestDailyBasisPoints = draft.LatePaymentInterestDailyBasisPoints;
        KindTerm = draft.KindTerm;
    }

    private void VoidConfirmations()
    {
        PurchaserConfirmedBy = SupplierConfirmedBy = PurchaserDigest = SupplierDigest = null;
        PurchaserConfirmedUtc = SupplierConfirmedUtc = null;
    }

    private void Move(ContractChange change)
    {
        if (!Transitions.TryGetValue((Status, change), out var next))
        {
            throw new DomainException("合同当前状态不能执行此操作。", "The contract cannot take this step now.");
        }

        Status = next;
    }
}
