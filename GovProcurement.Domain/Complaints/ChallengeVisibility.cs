using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Complaints;

/// <summary>Who sees an inquiry, challenge or complaint: the supplier that raised it, the project's purchaser and agency, and the finance department of its region.</summary>
internal static class ChallengeVisibility
{
    public static bool Sees(ActorStanding who, Guid supplierId, Guid purchaserId, Guid agencyId, string regionCode) =>
        who.Belongs(supplierId) || who.Belongs(purchaserId) || who.Belongs(agencyId)
        || (who.Kind == OrganizationKind.Regulator && who.IsIn(Roles.Regulator) && who.RegionCode == regionCode);

    public static IQueryable<Challenge> Scope(IQueryable<Challenge> query, ActorStanding who)
    {
        if (who.OrganizationId is not { } org)
        {
            return query.Where(_ => false);
        }

        return who.Kind switch
        {
            OrganizationKind.Regulator when who.IsIn(Roles.Regulator) => query.Where(c => c.RegionCode == who.RegionCode),
            OrganizationKind.Supplier => query.Where(c => c.SupplierId == org),
            _ => query.Where(c => c.PurchaserId == org || c.AgencyId == org),
        };
    }

    public static IQueryable<Complaint> Scope(IQueryable<Complaint> query, ActorStanding who)
    {
        if (who.OrganizationId is not { } org)
        {
            return query.Where(_ => false);
        }

        return who.Kind switch
        {
            OrganizationKind.Regulator when who.IsIn(Roles.Regulator) => query.Where(c => c.RegionCode == who.RegionCode),
            OrganizationKind.Supplier => query.Where(c => c.SupplierId == org),
            _ => query.Where(c => c.PurchaserId == org || c.AgencyId == org),
        };
    }
}
