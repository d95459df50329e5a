using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>What an application to the supplier library (供应商库) asks for.</summary>
public enum SupplierApplicationKind
{
    /// <summary>入库注册: a new supplier and its account.</summary>
    Registration = 1,

    /// <summary>信息变更: a registered supplier's new name or size.</summary>
    ProfileChange = 2,
}

/// <summary>Where an application stands: submitted → approved, or returned → resubmitted → …</summary>
public enum SupplierApplicationStatus
{
    Submitted = 1,
    Returned = 2,
    Resubmitted = 3,
    Approved = 4,
}

/// <summary>What the applicant states, as typed: checked by <see cref="SupplierApplication"/>.</summary>
/// <param name="DeclarationSigned">The applicant signed the SME declaration (中小企业声明函) for a medium, small or micro size.</param>
public sealed record SupplierDetails(string? Name, EnterpriseScale? Scale, bool DeclarationSigned, string? ContactPerson, string? ContactPhone);

/// <summary>
/// An application to the supplier library, reviewed by the platform administrator: a
/// registration (the unified social credit code becomes the account) or a later change of
/// name or size. Contact details travel with the application; until an application is approved
/// the supplier's old name and size stand.
/// </summary>
public sealed class SupplierApplication : VersionedEntity
{
    public const int ContactPersonMaxLength = 50;
    public const int ContactPhoneMaxLength = 30;
    public const int PasswordHashMaxLength = 512;

    private SupplierApplication()
    {
        CreditCode = Name = ContactPerson = ContactPhone = RegionCode = "";
    }

    private SupplierApplication(SupplierApplicationKind kind, string creditCode, string regionCode, SupplierDetails details, EnterpriseScale? declaredScale, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        CreditCode = creditCode;
        RegionCode = regionCode;
        Status = SupplierApplicationStatus.Submitted;
        SubmittedUtc = nowUtc;
        Name = ContactPerson = ContactPhone = "";
        Apply(details, declaredScale, nowUtc);
    }

    public Guid Id { get; private set; }

    public SupplierApplicationKind Kind { get; private set; }

    public SupplierApplicationStatus Status { get; private set; }

    public string CreditCode { get; private set; }

    /// <summary>The region the supplier is placed in (see <see cref="SupplierRegion"/>).</summary>
    public string RegionCode { get; private set; }

    public string Name { get; private set; }

    public EnterpriseScale Scale { get; private set; }

    /// <summary>When the SME declaration was signed; null for a large enterprise, which makes none, and for a change that keeps the size declared before.</summary>
    public DateTime? DeclarationSignedUtc { get; private set; }

    public string ContactPerson { get; private set; }

    public string ContactPhone { get; private set; }

    /// <summary>The business licence (营业执照) among the stored files.</summary>
    public Guid? LicenceFileId { get; private set; }

    /// <summary>The password the applicant chose (a registration only), hashed like any account's.</summary>
    public string? PasswordHash { get; private set; }

    /// <summary>The supplier: the one to change, or the one the approval created.</summary>
    public Guid? SupplierId { get; private set; }

    public DateTime SubmittedUtc { get; private set; }

    public int Submissions { get; private set; } = 1;

    public string? ReturnReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    /// <summary>Wrong passwords in a row on the applicant's status page; counted like sign-ins.</summary>
    public int FailedChecks { get; private set; }

    public DateTime? CheckLockedUntilUtc { get; private set; }

    /// <summary>The administrator may approve or return it now.</summary>
    public bool AwaitsReview => Status is SupplierApplicationStatus.Submitted or SupplierApplicationStatus.Resubmitted;

    /// <summary>The applicant may correct it and send it again.</summary>
    public bool MayResubmit => Status == SupplierApplicationStatus.Returned;

    /// <summary>Still open: under review or back with the applicant.</summary>
    public bool IsOpen => Status != SupplierApplicationStatus.Approved;

    public static SupplierApplication Register(string creditCode, string regionCode, SupplierDetails details, string passwordHash, DateTime nowUtc) =>
        new(SupplierApplicationKind.Registration, creditCode, regionCode, details, null, nowUtc) { PasswordHash = passwordHash };

    public static SupplierApplication ChangeOf(Supplier supplier, SupplierDetails details, DateTime nowUtc) =>
        new(SupplierApplicationKind.ProfileChange, supplier.CreditCode, supplier.RegionCode, details, supplier.Scale, nowUtc) { SupplierId = supplier.Id };

    public void AttachLicence(Guid fileId) => LicenceFileId = fileId;

    /// <summary>The applicant corrects a returned application and sends it again.</summary>
    /// <param name="declaredScale">The size the supplier has already declared (a change): keeping it needs no new declaration.</param>
    public void Resubmit(SupplierDetails details, DateTime nowUtc, EnterpriseScale? declaredScale = null)
    {
        if (!MayResubmit)
        {
            throw new DomainException("只有被退回的申请才能修改后重新提交。", "Only a returned application can be corrected and resubmitted.");
        }

        Apply(details, declaredScale, nowUtc);
        Status = SupplierApplicationStatus.Resubmitted;
        SubmittedUtc = nowUtc;
        Submissions++;
    }

    public void Approve(Guid supplierId, string administrator, DateTime nowUtc)
    {
        RequireReview();
        SupplierId = supplierId;
        Decide(SupplierApplicationStatus.Approved, null, administrator, nowUtc);
        PasswordHash = null; // the account holds it now
    }

    public void Return(string reason, string administrator, DateTime nowUtc)
    {
        RequireReview();
        Decide(SupplierApplicationStatus.Returned, Texts.RequireReason(reason), administrator, nowUtc);
    }

    /// <summary>A change that asks for no review (contact details only) takes effect at once.</summary>
    internal void ApplyAtOnce(string actor, DateTime nowUtc) => Decide(SupplierApplicationStatus.Approved, null, actor, nowUtc);

    /// <summary>Whether the applicant may check now; a lock from too many wrong passwords lifts by itself.</summary>
    public bool IsCheckLocked(DateTime nowUtc) => CheckLockedUntilUtc > nowUtc;

    public void RecordFailedCheck(int maxFailures, TimeSpan lockout, DateTime nowUtc)
    {
        if (++FailedChecks >= maxFailures)
        {
            FailedChecks = 0;
            CheckLockedUntilUtc = nowUtc + lockout;
        }
    }

    public void RecordGoodCheck() => FailedChecks = 0;

    /// <summary>Refuses, with the reason, unless the application awaits the administrator's decision.</summary>
    internal void RequireReview()
    {
        if (!AwaitsReview)
        {
            throw new DomainException("该申请不在待审核状态（可能已被其他管理员处理），请刷新。", "The application is not awaiting review (perhaps another administrator decided it); reload.");
        }
    }

    private void Decide(SupplierApplicationStatus status, string? reason, string by, DateTime nowUtc)
    {
        Status = status;
        ReturnReason = reason;
        DecidedBy = by;
        DecidedUtc = nowUtc;
    }

    private void Apply(SupplierDetails details, EnterpriseScale? declaredScale, DateTime nowUtc)
    {
        Name = Texts.Required(details.Name, Organization.NameMaxLength, "供应商名称", "The supplier's name");
        Scale = details.Scale is { } scale && Enum.IsDefined(scale)
            ? scale
            : throw new DomainException("请选择企业规模：大型、中型、小型或微型。", "Choose the enterprise size: large, medium, small or micro.");
        DeclarationSignedUtc = Scale == declaredScale ? null : SmeDeclaration.Require(Scale, details.DeclarationSigned, nowUtc);
        ContactPerson = Texts.Required(details.ContactPerson, ContactPersonMaxLength, "联系人", "The contact person");
        ContactPhone = ContactPhones.Require(details.ContactPhone, ContactPhoneMaxLength);
    }
}
