using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>
/// A supplier's entry in the library as its own users see it: the name and size in force, the
/// contact details of its latest application, the change under review (if any) and whether it
/// may ask for a change now.
/// </summary>
public sealed record SupplierProfile(
    string CreditCode, string Name, EnterpriseScale Scale, string RegionCode, string? ContactPerson, string? ContactPhone,
    bool HasLicence, ApplicationStanding? OpenChange, bool MayChange)
{
    /// <summary>Whether choosing <paramref name="scale"/> needs a signed SME declaration: a new medium, small or micro size does.</summary>
    public bool NeedsDeclaration(EnterpriseScale? scale) => scale is { } chosen && chosen != Scale && SmeDeclaration.NeedsDeclaration(chosen);
}

/// <summary>
/// Suppliers keep their entry current. Contact details and a new licence apply at once; a new
/// name or size is an application the administrator reviews, and until it is approved the old
/// values stand. A returned change is corrected and sent again; one change is open at a time.
/// </summary>
public sealed class SupplierProfiles(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, IOptions<InputLimits> limits, TimeProvider time)
{
    public async Task<SupplierProfile> ProfileAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var supplier = await SupplierOfAsync(db, actor, ct);
        // Newest first; at the same instant an open change is newer than a decided one, and a change newer than the registration.
        var applications = (await db.SupplierApplications.AsNoTracking().Where(a => a.SupplierId == supplier.Id).ToListAsync(ct))
            .OrderByDescending(a => a.SubmittedUtc).ThenByDescending(a => a.IsOpen).ThenByDescending(a => a.Kind).ToList();
        var latest = applications.FirstOrDefault();
        var open = applications.FirstOrDefault(a => a.Kind == SupplierApplicationKind.ProfileChange && a.IsOpen);
        return new SupplierProfile(supplier.CreditCode, supplier.Name, supplier.Scale, supplier.RegionCode, latest?.ContactPerson, latest?.ContactPhone,
            applications.Any(a => a.LicenceFileId is not null), open is null ? null : SupplierEnrolment.Standing(open), open is null || open.MayResubmit);
    }

    /// <summary>Applies the contact details (and licence) now; a new name or size goes to review.</summary>
    /// <returns>Whether the change waits for the administrator.</returns>
    public async Task<bool> ChangeAsync(SupplierDetails details, LicenceUpload? licence, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var supplier = await SupplierOfAsync(db, actor, ct);
        new SupplierDetailsValidator(supplier.Scale).ValidateAndThrow(details);
        var now = time.UtcNow();
        var open = await db.SupplierApplications.Where(a => a.SupplierId == supplier.Id && a.Kind == SupplierApplicationKind.ProfileChange && a.Status != SupplierApplicationStatus.Approved)
            .FirstOrDefaultAsync(ct);
        if (open is { MayResubmit: false })
        {
            throw new DomainException("已有一项名称或规模变更在审核中，审核后才能再次变更。", "A change of name or size is under review; wait for the decision.");
        }

        SupplierApplication change;
        if (open is not null)
        {
            open.Resubmit(details, now, supplier.Scale);
            change = open;
        }
        else
        {
            change = SupplierApplication.ChangeOf(supplier, details, now);
            db.SupplierApplications.Add(change);
        }

        if (licence is not null)
        {
            var file = BusinessLicence.Store(licence, limits.Value.LicenceBytes, supplier.Id, actor.UserName, now);
            db.Files.Add(file);
            change.AttachLicence(file.Id);
        }

        var needsReview = change.Name != supplier.Name || change.Scale != supplier.Scale;
        if (!needsReview)
        {
            change.ApplyAtOnce(actor.UserName, now);
        }

        var record = needsReview
            ? SupplierEnrolment.Record(open is null ? AuditEventType.SupplierApplicationSubmitted : AuditEventType.SupplierApplicationResubmitted, actor.UserName, change,
                $"申请变更名称或规模（现为 {supplier.Name}，{SmeDeclaration.Zh(supplier.Scale)}）")
            : SupplierEnrolment.Record(AuditEventType.SupplierProfileUpdated, actor.UserName, change, licence is null ? "更新联系信息" : "更新联系信息和营业执照");
        await audit.SaveWithAsync(db, [record], ct);
        return needsReview;
    }

    private static async Task<Supplier> SupplierOfAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct)
    {
        actor.Require(Roles.Supplier);
        var id = actor.RequireOrganization();
        return await db.Organizations.OfType<Supplier>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new DomainException("该账号不属于供应商。", "The account belongs to no supplier.");
    }
}
