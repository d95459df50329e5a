using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>What the applicant sees of a registration: where it stands and, when returned, why.</summary>
public sealed record ApplicationStanding(
    Guid Id, string CreditCode, string Name, EnterpriseScale Scale, string ContactPerson, string ContactPhone,
    SupplierApplicationStatus Status, string? ReturnReason, DateTime SubmittedUtc, DateTime? DecidedUtc, bool MayResubmit);

/// <summary>
/// The public side of the supplier library: a supplier registers with its credit code and a
/// password of its own, checks where its application stands with the same two, and corrects a
/// returned one. A debarred or already registered code is refused with a clear reason (the library
/// and the debarment list are public); anything else reveals nothing without the password, and an
/// unknown code, a wrong password and a locked check get the same answer at the same hashing cost.
/// </summary>
public sealed class SupplierEnrolment(
    IDbContextFactory<GovProcurementDbContext> store,
    AuditLog audit,
    IPasswordHasher<ApplicationUser> hasher,
    PasswordPolicyValidator passwords,
    IOptions<SecurityPolicy> security,
    IOptions<InputLimits> limits,
    TimeProvider time)
{
    public static readonly Bilingual NoMatch = new(
        "没有与该统一社会信用代码和密码相符的申请；连续输错将暂停查询一段时间。",
        "No application matches this credit code and password; repeated mistakes pause the check for a while.");

    public async Task<Guid> SubmitAsync(string? creditCode, SupplierDetails details, string? password, LicenceUpload? licence, CancellationToken ct = default)
    {
        var failures = new SupplierCredentialsValidator(security.Value).Validate(new SupplierCredentials(creditCode, password)).Errors
            .Concat(SupplierDetailsValidator.Registration.Validate(details).Errors)
            .Concat(RequiredLicenceValidator.Instance.Validate(licence).Errors).ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var code = UnifiedSocialCreditCode.Normalize(creditCode!);
        await using var db = await store.CreateDbContextAsync(ct);
        await RefuseKnownAsync(db, code, ct);
        if (await db.SupplierApplications.AnyAsync(a => a.CreditCode == code && a.Kind == SupplierApplicationKind.Registration && a.Status != SupplierApplicationStatus.Approved, ct))
        {
            throw new DomainException(
                "该统一社会信用代码已提交过注册申请，请在“查询申请进度”中以注册时设置的密码查看或修改。",
                "An application for this credit code exists: check or correct it under \"Application status\" with the password set at registration.");
        }

        var hash = await HashAsync(code, password);
        var application = SupplierApplication.Register(code, SupplierRegion.Of(code, RegionDirectory.Guangdong), details, hash, time.UtcNow());
        AttachLicence(db, application, licence!, code);
        db.SupplierApplications.Add(application);
        await audit.SaveWithAsync(db, [Record(AuditEventType.SupplierApplicationSubmitted, code, application, "提交供应商注册申请")], ct);
        return application.Id;
    }

    /// <summary>Where the application stands, or null for an unknown code, a wrong password or a paused check.</summary>
    public async Task<ApplicationStanding?> CheckAsync(string? creditCode, string? password, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var application = await VerifyAsync(db, creditCode, password, ct);
        return application is null ? null : Standing(application);
    }

    /// <summary>The applicant corrects a returned application (a new licence is optional) and sends it again.</summary>
    public async Task ResubmitAsync(string? creditCode, string? password, SupplierDetails details, LicenceUpload? licence, CancellationToken ct = default)
    {
        SupplierDetailsValidator.Registration.ValidateAndThrow(details);
        await using var db = await store.CreateDbContextAsync(ct);
        var application = await VerifyAsync(db, creditCode, password, ct) ?? throw new DomainException(NoMatch);
        await RefuseKnownAsync(db, application.CreditCode, ct);
        application.Resubmit(details, time.UtcNow());
        if (licence is not null)
        {
            AttachLicence(db, application, licence, application.CreditCode);
        }

        await audit.SaveWithAsync(db, [Record(AuditEventType.SupplierApplicationResubmitted, application.CreditCode, application, $"修改后第 {application.Submissions} 次提交")], ct);
    }

    internal static ApplicationStanding Standing(SupplierApplication a) =>
        new(a.Id, a.CreditCode, a.Name, a.Scale, a.ContactPerson, a.ContactPhone, a.Status, a.ReturnReason, a.SubmittedUtc, a.DecidedUtc, a.MayResubmit);

    internal static AuditRecord Record(AuditEventType type, string actor, SupplierApplication application, string what) =>
        new(type, actor, application.CreditCode, $"{what}：{application.Name}（{SmeDeclaration.Zh(application.Scale)}），联系人 {application.ContactPerson}");

    /// <summary>Refuses a code the library already holds: with the debarment's reason when it is barred.</summary>
    private async Task RefuseKnownAsync(GovProcurementDbContext db, string code, CancellationToken ct)
    {
        var today = time.TodayInChina();
        var supplier = await db.Organizations.OfType<Supplier>().AsNoTracking().FirstOrDefaultAsync(s => s.CreditCode == code, ct);
        var debarment = supplier is null ? null : await db.SupplierDebarments.AsNoTracking()
            .Where(d => d.SupplierId == supplier.Id && d.From <= today && d.Until > today).OrderByDescending(d => d.Until).FirstOrDefaultAsync(ct);
        Bilingual? refusal = debarment is not null
            ? new($"该供应商已被列入不良行为记录名单，{debarment.From:yyyy-MM-dd}至{debarment.Until.AddDays(-1):yyyy-MM-dd}禁止参加政府采购活动：{debarment.Reason}",
                $"This supplier is debarred from government procurement from {debarment.From:yyyy-MM-dd} to {debarment.Until.AddDays(-1):yyyy-MM-dd}: {debarment.Reason}")
            : supplier is not null || await db.Organizations.OfType<Agency>().AnyAsync(a => a.CreditCode == code, ct)
                ? new("该统一社会信用代码已在供应商库中注册，请直接登录（账号为统一社会信用代码）；忘记密码请使用“忘记密码”。",
                    "This credit code is already registered: sign in with it as the account name, or use \"Forgot password\".")
                : null;
        if (refusal is not null)
        {
            await audit.AppendAsync(AuditEventType.SupplierApplicationRefused, code, code, (debarment is null ? "已注册，拒绝重复注册" : "处于禁止参加政府采购活动期间：" + debarment.Reason), ct);
            throw new DomainException(refusal);
        }
    }

    private async Task<string> HashAsync(string code, string? password)
    {
        var prospective = new ApplicationUser { UserName = code };
        var problems = await passwords.CheckAsync(prospective, password);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p => FieldRules.Failure(nameof(SupplierCredentials.Password), p.Text)));
        }

        return hasher.HashPassword(prospective, password!);
    }

    private void AttachLicence(GovProcurementDbContext db, SupplierApplication application, LicenceUpload licence, string uploadedBy)
    {
        // Owned by the application until the supplier exists; the approval hands it over.
        var file = BusinessLicence.Store(licence, limits.Value.LicenceBytes, application.Id, uploadedBy, time.UtcNow());
        db.Files.Add(file);
        application.AttachLicence(file.Id);
    }

    /// <summary>The open registration the code and password unlock; counts a wrong password toward a pause.</summary>
    private async Task<SupplierApplication?> VerifyAsync(GovProcurementDbContext db, string? creditCode, string? password, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(creditCode ?? "");
        var application = await db.SupplierApplications
            .Where(a => a.CreditCode == code && a.Kind == SupplierApplicationKind.Registration)
            .OrderByDescending(a => a.SubmittedUtc).FirstOrDefaultAsync(ct);
        var probe = new ApplicationUser { UserName = code };
        // Once approved, the password lives with the account (and follows its changes).
        var hash = application?.PasswordHash ?? (application?.SupplierId is { } supplierId
            ? await db.Users.Where(u => u.OrganizationId == supplierId).Select(u => u.PasswordHash).FirstOrDefaultAsync(ct)
            : null);
        var matches = hasher.VerifyHashedPassword(probe, hash ?? UnknownHash.Value, password ?? "") != PasswordVerificationResult.Failed;
        var now = time.UtcNow();
        if (application is null || hash is null || application.IsCheckLocked(now))
        {
            return null;
        }

        if (!matches)
        {
            application.RecordFailedCheck(security.Value.MaxFailedSignIns, security.Value.LockoutDuration, now);
            await db.SaveChangesAsync(ct);
            return null;
        }

        application.RecordGoodCheck();
        await db.SaveChangesAsync(ct);
        return application;
    }

    // Verified against when no application matches, so that an unknown code costs the same work.
    private Lazy<string> UnknownHash { get; } = new(() => hasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString("N")));
}
