using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Organizations;

/// <summary>An organisation's contact as its profile form shows it: the organisation, its contact if entered, and the version to save against.</summary>
public sealed record OrganizationContactView(Guid OrganizationId, string OrganizationName, ContactDetails? Details, long Version, string? UpdatedBy, DateTime? UpdatedUtc);

/// <summary>
/// The contact person, phone and address of a purchasing unit or an agency, which its announcements
/// print. Only the organisation's own purchaser and agency accounts read the form and change it;
/// every change is audited.
/// </summary>
public sealed class OrganizationContacts(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time)
{
    private static readonly string[] EditorRoles = [Roles.PurchaserOperator, Roles.PurchaserReviewer, Roles.Agency];

    /// <summary>Whether the actor keeps its own organisation's contact: a purchaser's or an agency's account.</summary>
    public static bool MayEdit(Actor actor) => actor.OrganizationId is not null && EditorRoles.Any(actor.IsIn);

    /// <summary>The actor's own organisation and its contact.</summary>
    public async Task<OrganizationContactView> OwnAsync(Actor actor, CancellationToken ct = default)
    {
        var organizationId = Require(actor);
        await using var db = await store.CreateDbContextAsync(ct);
        var name = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).FirstAsync(ct);
        var contact = await db.OrganizationContacts.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId, ct);
        return new OrganizationContactView(organizationId, name, contact?.Details, contact?.Version ?? 0, contact?.UpdatedBy, contact?.UpdatedUtc);
    }

    /// <summary>Enters or changes the actor's own organisation's contact; <paramref name="expectedVersion"/> is the version the form was read at.</summary>
    public async Task<long> SaveAsync(ContactDetails details, long expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var organizationId = Require(actor);
        ContactDetailsValidator.Instance.ValidateAndThrow(details);
        var valid = OrganizationContact.Validate(details);
        await using var db = await store.CreateDbContextAsync(ct);
        var contact = await db.OrganizationContacts.FirstOrDefaultAsync(c => c.OrganizationId == organizationId, ct);
        if ((contact?.Version ?? 0) != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        if (contact is null)
        {
            contact = new OrganizationContact(organizationId, valid, actor.UserName, time.UtcNow());
            db.OrganizationContacts.Add(contact);
        }
        else
        {
            contact.Change(valid, actor.UserName, time.UtcNow());
        }

        var name = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).FirstAsync(ct);
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.OrganizationContactChanged, actor.UserName, name,
            $"联系人 {valid.Person}，电话 {valid.Phone}，地址 {valid.Address}")], ct);
        return contact.Version;
    }

    /// <summary>The contacts of the given organisations that have one, for the notices that name them.</summary>
    internal static async Task<Dictionary<Guid, ContactDetails>> OfAsync(GovProcurementDbContext db, IReadOnlyCollection<Guid> organizationIds, CancellationToken ct) =>
        await db.OrganizationContacts.AsNoTracking().Where(c => organizationIds.Contains(c.OrganizationId))
            .ToDictionaryAsync(c => c.OrganizationId, c => c.Details, ct);

    private static Guid Require(Actor actor) => MayEdit(actor)
        ? actor.OrganizationId!.Value
        : throw new DomainException("只有采购单位和代理机构的账号可以维护本单位的联系方式。", "Only purchaser and agency accounts keep their organisation's contact.");
}
