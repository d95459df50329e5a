using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Complaints;

/// <summary>What an inquiry, challenge or complaint keeps of the parties that decide who sees it.</summary>
public interface IRaisedOnProject
{
    Guid SupplierId { get; }

    Guid PurchaserId { get; }

    Guid AgencyId { get; }

    string RegionCode { get; }
}

/// <summary>Who sees an inquiry, challenge or complaint: the supplier that raised it, the project's purchaser and agency, and the finance department of its region.</summary>
internal static class ChallengeVisibility
{
    public static bool Sees(ActorStanding who, IRaisedOnProject record) =>
        who.Belongs(record.SupplierId) || who.Belongs(record.PurchaserId) || who.Belongs(record.AgencyId)
        || (who.Kind == OrganizationKind.Regulator && who.IsIn(Roles.Regulator) && who.RegionCode == record.RegionCode);

    /// <summary>The same rule as <see cref="Sees"/>, as a query the database runs.</summary>
    public static IQueryable<T> Scope<T>(IQueryable<T> query, ActorStanding who) where T : class, IRaisedOnProject
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
