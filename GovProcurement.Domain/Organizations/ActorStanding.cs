using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// The actor as the rules of who may do what see them: their roles, and their organisation's kind
/// and region (their jurisdiction) as the store holds them, never as a page says.
/// </summary>
public sealed record ActorStanding(Actor Actor, OrganizationKind? Kind, string? RegionCode)
{
    public Guid? OrganizationId => Kind is null ? null : Actor.OrganizationId;

    public bool IsIn(string role) => Actor.IsIn(role);

    /// <summary>Whether the actor's organisation is this one.</summary>
    public bool Belongs(Guid organizationId) => OrganizationId == organizationId;

    /// <summary>Null when the actor holds the role; otherwise the refusal naming whose step it is.</summary>
    public Refusal? WhyNotRole(string role)
    {
        if (IsIn(role))
        {
            return null;
        }

        var name = Roles.DisplayName(role);
        return new Refusal($"此步骤由“{name.Zh}”办理。", $"This step is for the {name.En.ToLowerInvariant()}.", ground: RefusalGround.Role);
    }

    public static async Task<ActorStanding> LoadAsync(GovProcurementDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = actor.OrganizationId is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Kind, o.RegionCode }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ActorStanding(actor, organization?.Kind, organization?.RegionCode);
    }
}
