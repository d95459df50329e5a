using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Audit;

public enum AuditEventType
{
    SignIn = 1,
    SignInFailed = 2,
    LockedOut = 3,
    PasswordChanged = 4,
    AccountCreated = 5,
    RoleChanged = 6,
    OrganizationsImported = 7,
    AccountDisabled = 8,
    AccountEnabled = 9,
    PasswordReset = 10,
    SignOut = 11,
    AccountRuleAdded = 12,
    PasswordResetRequested = 13,
    ProcurementRuleAdded = 14,
    ApiKeyIssued = 15,
    ApiKeyRevoked = 16,
    LegacyPlansImported = 17,
    ProjectEntrusted = 18,
    NoticePublished = 19,
    BidSubmitted = 20,
    BidWithdrawn = 21,
    BidsOpened = 22,
    PanelDrawn = 23,
    EvaluationFinished = 24,
    WinnerConfirmed = 25,
    MethodChangeDecided = 26,
    SupplierDebarred = 27,
    OfflineOutcomeRecorded = 28,
    ExceptionReviewed = 29,
    ReportExported = 30,

    /// <summary>The first keyed entry after a log of unkeyed (SHA-256) entries: seals the legacy chain.</summary>
    AuditChainKeyed = 31,

    SupplierApplicationSubmitted = 32,
    SupplierApplicationResubmitted = 33,
    SupplierApplicationApproved = 34,
    SupplierApplicationReturned = 35,

    /// <summary>A registration refused outright: the code is registered already or debarred.</summary>
    SupplierApplicationRefused = 36,

    /// <summary>A supplier's contact details or licence, which apply without review.</summary>
    SupplierProfileUpdated = 37,

    /// <summary>A purchasing unit or an agency entered or changed the contact its announcements print.</summary>
    OrganizationContactChanged = 38,

    /// <summary>Commodity library (商品库): a supplier's listing and its review.</summary>
    ListingCreated = 60,
    ListingEdited = 61,
    ListingSubmitted = 62,
    ListingApproved = 63,
    ListingReturned = 64,
    ListingWithdrawn = 65,

    /// <summary>电子反拍 (reverse auction): posted, a bid accepted, withdrawn, closed by the platform.</summary>
    AuctionPosted = 1101,
    AuctionBidAccepted = 1102,
    AuctionWithdrawn = 1103,
    AuctionClosed = 1104,

    /// <summary>框架协议采购 (财政部令第110号): the agreement's lifecycle and its call-offs.</summary>
    FrameworkAgreementRecorded = 1200,
    FrameworkAgreementEdited = 1201,
    FrameworkSupplierAdmitted = 1202,
    FrameworkSupplierRemoved = 1203,
    FrameworkAgreementPutInForce = 1204,
    FrameworkAgreementTerminated = 1205,
    FrameworkAgreementExpired = 1206,
    FrameworkCalledOff = 1207,
    FrameworkCompetitionPosted = 1208,
    FrameworkCompetitionDecided = 1209,

    // Contracts: 2000–2099.
    ContractDrafted = 2000,
    ContractRevised = 2001,
    ContractSent = 2002,
    ContractConfirmed = 2003,
    ContractSigned = 2004,
    ContractPublished = 2005,
    ContractFiled = 2006,
    ContractReturned = 2007,
    ContractAddOnDrafted = 2008,

    // Payments (合同支付): 2200–2299.
    ContractPaymentRecorded = 2200,

    // Bid and performance bonds: 2300–2399.
    BidBondStated = 2300,
    PerformanceBondRequired = 2301,
    BondPaid = 2302,
    BondReceived = 2303,
    BondRefunded = 2304,

    // Performance and acceptance (履约验收): 2100–2199.
    AcceptanceDeliveryRecorded = 2100,
    AcceptanceDeliveryCompleted = 2101,
    AcceptancePlanned = 2102,
    AcceptanceResultRecorded = 2103,
    AcceptanceConfirmed = 2104,
    AcceptancePassed = 2105,
    AcceptanceFailed = 2106,

    // Inquiries, challenges and complaints: 2400–2499.
    InquiryAsked = 2400,
    InquiryAnswered = 2401,
    ChallengeFiled = 2410,
    ChallengeAnswered = 2411,
    ComplaintFiled = 2420,
    ComplaintAccepted = 2421,
    ComplaintRejected = 2422,
    ComplaintPaused = 2423,
    ComplaintResumed = 2424,
    ComplaintSuspendedProcurement = 2425,
    ComplaintDecided = 2426,

    /// <summary>A complaint decision voided a contract of the project (撤销合同).</summary>
    ContractVoidedByDecision = 2427,

    /// <summary>A complaint decision ordered the procurement repeated: the project's next round starts.</summary>
    ProcurementRepeatOrdered = 2428,
}

/// <summary>
/// One line of the append-only audit log. Entries are numbered without gaps and each holds the
/// HMAC-SHA-256 (under the audit key named by <see cref="KeyId"/>, kept outside the database) of
/// its fields and of the previous entry's hash, so an edited, inserted or recomputed row fails
/// verification. Entries written before the log was keyed have no key id and a plain SHA-256
/// hash; they verify only as a prefix sealed by an <see cref="AuditEventType.AuditChainKeyed"/> entry.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 128;
    public const int DetailMaxLength = 2000;
    public const int KeyIdLength = 16;
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
        Actor = Detail = PreviousHash = Hash = "";
    }

    internal AuditEntry(long sequence, DateTime occurredUtc, AuditRecord record, string previousHash, AuditKeyRing keys)
    {
        Sequence = sequence;
        OccurredUtc = Clock.ToMicroseconds(occurredUtc);
        Type = record.Type;
        Actor = Truncate(record.Actor, ActorMaxLength);
        Subject = record.Subject is null ? null : Truncate(record.Subject, ActorMaxLength);
        Detail = Truncate(record.Detail, DetailMaxLength);
        WithheldUntilOpeningOf = record.WithheldUntilOpeningOf;
        PreviousHash = previousHash;
        KeyId = keys.CurrentKeyId;
        Hash = keys.Sign(KeyId, Canonical())!;
    }

    public long Sequence { get; private set; }

    public DateTime OccurredUtc { get; private set; }

    public AuditEventType Type { get; private set; }

    /// <summary>Who acted: an account name, or "system".</summary>
    public string Actor { get; private set; }

    /// <summary>Whom or what the action was about, when that differs from the actor.</summary>
    public string? Subject { get; private set; }

    public string Detail { get; private set; }

    /// <summary>
    /// The project whose opening this entry waits for: until then the log shows neither who acted
    /// nor what the entry says (who bid, and how many, stays secret until the opening).
    /// </summary>
    public Guid? WithheldUntilOpeningOf { get; private set; }

    public string PreviousHash { get; private set; }

    /// <summary>The audit key that signed the entry; null for an entry from before the log was keyed.</summary>
    public string? KeyId { get; private set; }

    public string Hash { get; private set; }

    public bool IsKeyed => KeyId is not null;

    /// <summary>Whether <see cref="Hash"/> is the entry's signature (or, for a legacy entry, its SHA-256).</summary>
    public bool HasValidHash(AuditKeyRing keys) => IsKeyed ? keys.Verify(KeyId, Canonical(), Hash) : LegacyHash() == Hash;

    /// <summary>The signed text: every field but <see cref="Hash"/>, versioned and separated by unit separators.</summary>
    internal string Canonical() => string.Join('\u001f',
        Described().Prepend("audit-entry-v2").Concat([WithheldUntilOpeningOf?.ToString("D") ?? "", KeyId ?? "", PreviousHash]));

    /// <summary>The unkeyed SHA-256 of entries written before the log was keyed.</summary>
    internal string LegacyHash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', Described().Append(PreviousHash)))));

    /// <summary>What happened, in the order both hash formats use.</summary>
    private IEnumerable<string> Described() =>
    [
        Sequence.ToString(CultureInfo.InvariantCulture),
        DateTime.SpecifyKind(OccurredUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        Type.ToString(),
        Actor,
        Subject ?? "",
        Detail,
    ];

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
