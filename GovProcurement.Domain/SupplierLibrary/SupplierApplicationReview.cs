using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>An application in the administrator's queue, with the name and size it would replace (when it changes them) and what may be done with it.</summary>
public sealed record ApplicationRow(
    Guid Id, SupplierApplicationKind Kind, string CreditCode, string RegionCode, string Name, EnterpriseScale Scale,
    string? PreviousName, EnterpriseScale? PreviousScale, string ContactPerson, string ContactPhone, bool HasLicence,
    SupplierApplicationStatus Status, string? ReturnReason, DateTime SubmittedUtc, int Submissions, string? DecidedBy, bool MayDecide);

/// <summary>
/// The platform administrator reviews the supplier library's applications. Approving a
/// registration brings the supplier on through the onboarding every organisation goes through
/// (so its account follows the account rules) with the password the applicant chose; approving a
/// change renames or re-sizes the supplier. Returning needs a reason, which the applicant sees.
/// </summary>
public sealed class SupplierApplicationReview(IDbContextFactory<GovProcurementDbContext> store, OrganizationOnboarding onboarding, AuditLog audit, TimeProvider time)
{
    /// <summary>Applications awaiting review first (newest first), then the decided ones.</summary>
    public async Task<Page<ApplicationRow>> QueueAsync(int skip, int take, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        await using var db = await store.CreateDbContextAsync(ct);
        var all = db.SupplierApplications.AsNoTracking();
        var page = await all.OrderBy(a => a.Status == SupplierApplicationStatus.Submitted || a.Status == SupplierApplicationStatus.Resubmitted ? 0 : 1)
            .ThenByDescending(a => a.SubmittedUtc).Skip(skip).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        var changed = page.Where(a => a.Kind == SupplierApplicationKind.ProfileChange).Select(a => a.SupplierId).ToList();
        var current = await db.Organizations.OfType<Supplier>().AsNoTracking().Where(s => changed.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var rows = page.Select(a =>
        {
            var before = a.Kind == SupplierApplicationKind.ProfileChange ? current.GetValueOrDefault(a.SupplierId!.Value) : null;
            return new ApplicationRow(a.Id, a.Kind, a.CreditCode, a.RegionCode, a.Name, a.Scale,
                before?.Name != a.Name ? before?.Name : null, before?.Scale != a.Scale ? before?.Scale : null,
                a.ContactPerson, a.ContactPhone, a.LicenceFileId is not null, a.Status, a.ReturnReason, a.SubmittedUtc, a.Submissions, a.DecidedBy, a.AwaitsReview);
        }).ToList();
        return new Page<ApplicationRow>(rows, await all.CountAsync(ct));
    }

    public async Task ApproveAsync(Guid applicationId, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        await using var db = await store.CreateDbContextAsync(ct);
        var application = await LoadAsync(db, applicationId, ct);
        application.RequireReview();

        var records = application.Kind == SupplierApplicationKind.Registration
            ? await OnboardAsync(db, application, actor, ct)
            : await ApplyChangeAsync(db, application, actor, ct);
        records.Add(SupplierEnrolment.Record(AuditEventType.SupplierApplicationApproved, actor.UserName, application,
            application.Kind == SupplierApplicationKind.Registration ? "批准供应商注册，入库并开设账号" : "批准供应商信息变更"));
        try
        {
            await audit.SaveWithAsync(db, records, ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("保存时发现该统一社会信用代码或账号已被占用，未作任何更改，请刷新后重试。",
                "The credit code or account name was taken while saving; nothing was changed. Reload and try again.");
        }
    }

    public async Task ReturnAsync(Guid applicationId, string? reason, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var why = ReasonInputValidator.Require(reason);
        await using var db = await store.CreateDbContextAsync(ct);
        var application = await LoadAsync(db, applicationId, ct);
        application.Return(why, actor.UserName, time.UtcNow());
        await audit.SaveWithAsync(db, [SupplierEnrolment.Record(AuditEventType.SupplierApplicationReturned, actor.UserName, application, "退回申请，理由：" + application.ReturnReason)], ct);
    }

    /// <summary>The business licence of an application, for the administrator reviewing it.</summary>
    public async Task<StoredFile> LicenceAsync(Guid applicationId, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        await using var db = await store.CreateDbContextAsync(ct);
        var fileId = await db.SupplierApplications.Where(a => a.Id == applicationId).Select(a => a.LicenceFileId).FirstOrDefaultAsync(ct);
        return await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct)
            ?? throw new DomainException("该申请没有营业执照文件。", "The application has no licence file.");
    }

    private static async Task<SupplierApplication> LoadAsync(GovProcurementDbContext db, Guid id, CancellationToken ct) =>
        await db.SupplierApplications.FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new DomainException("申请不存在。", "The application does not exist.");

    private async Task<List<AuditRecord>> OnboardAsync(GovProcurementDbContext db, SupplierApplication application, Actor actor, CancellationToken ct)
    {
        var draft = new OrganizationDraft
        {
            RowNumber = 1,
            Kind = OrganizationKind.Supplier.Zh(),
            Name = application.Name,
            RegionCode = application.RegionCode,
            CreditCode = application.CreditCode,
            Scale = SmeDeclaration.Zh(application.Scale),
        };
        var staged = await onboarding.StageAsync(db, [draft], actor.UserName, ct);
        if (!staged.Result.Succeeded)
        {
            throw new DomainException(string.Join("", staged.Result.Errors.Select(e => e.MessageZh)), string.Join(" ", staged.Result.Errors.Select(e => e.MessageEn)));
        }

        foreach (var user in staged.Users)
        {
            // The applicant chose this password under the password rule: it is no initial password to be changed.
            user.PasswordHash = application.PasswordHash;
            user.AcceptChosenPassword();
        }

        var supplier = staged.Result.Organizations.Single();
        if (application.LicenceFileId is { } licence && await db.Files.FirstOrDefaultAsync(f => f.Id == licence, ct) is { } file)
        {
            file.HandOverTo(supplier.Id);
        }

        application.Approve(supplier.Id, actor.UserName, time.UtcNow());
        return [.. staged.Records, new AuditRecord(AuditEventType.PasswordChanged, actor.UserName, staged.Users[0].UserName, "账号密码为申请人注册时按密码规则设置的密码")];
    }

    private async Task<List<AuditRecord>> ApplyChangeAsync(GovProcurementDbContext db, SupplierApplication application, Actor actor, CancellationToken ct)
    {
        var supplier = await db.Organizations.OfType<Supplier>().FirstOrDefaultAsync(s => s.Id == application.SupplierId, ct)
            ?? throw new DomainException("供应商不存在。", "The supplier does not exist.");
        var before = $"{supplier.Name}（{SmeDeclaration.Zh(supplier.Scale)}）";
        supplier.Rename(application.Name);
        supplier.Redeclare(application.Scale);
        application.Approve(supplier.Id, actor.UserName, time.UtcNow());
        return [new AuditRecord(AuditEventType.SupplierProfileUpdated, actor.UserName, supplier.CreditCode, $"{before} → {supplier.Name}（{SmeDeclaration.Zh(supplier.Scale)}）")];
    }
}
