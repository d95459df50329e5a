using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
}

/// <summary>
/// One line of the append-only audit log. Entries are numbered without gaps and each holds the
/// SHA-256 hash of the previous one, so an edited or deleted row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 128;
    public const int DetailMaxLength = 2000;
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
        Actor = Detail = PreviousHash = Hash = "";
    }

    internal AuditEntry(long sequence, DateTime occurredUtc, AuditEventType type, string actor, string? subject, string detail, string previousHash)
    {
        Sequence = sequence;
        OccurredUtc = occurredUtc;
        Type = type;
        Actor = Truncate(actor, ActorMaxLength);
        Subject = subject is null ? null : Truncate(subject, ActorMaxLength);
        Detail = Truncate(detail, DetailMaxLength);
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Sequence { get; private set; }

    public DateTime OccurredUtc { get; private set; }

    public AuditEventType Type { get; private set; }

    /// <summary>Who acted: an account name, or "system".</summary>
    public string Actor { get; private set; }

    /// <summary>Whom or what the action was about, when that differs from the actor.</summary>
    public string? Subject { get; private set; }

    public string Detail { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The hash over every field but <see cref="Hash"/> itself.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(OccurredUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            Type.ToString(),
            Actor,
            Subject ?? "",
            Detail,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
