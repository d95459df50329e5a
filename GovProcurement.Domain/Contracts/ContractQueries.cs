using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Contracts;

/// <summary>
/// The contracts an organisation reads, a page at a time in the database: a budget unit its own as
/// purchaser, a supplier its own, a finance department its region's (the same parties
/// <see cref="GovContracts.GetAsync"/> shows a contract to). Other kinds of organisation have no list.
/// </summary>
public sealed class ContractQueries(IDbContextFactory<GovProcurementDbContext> store)
{
    public const int MaxTake = 100;

    /// <summary>A page of the actor's contracts, newest first, of one status when given; null when the actor's kind has no contracts to list.</summary>
    public async Task<Page<GovContract>?> PageAsync(Actor actor, ContractStatus? status, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        if (Scope(db.Contracts.AsNoTracking(), standing) is not { } contracts)
        {
            return null;
        }

        if (status is { } wanted)
        {
            contracts = contracts.Where(c => c.Status == wanted);
        }

        var total = await contracts.CountAsync(ct);
        var rows = await contracts.OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxTake)).ToListAsync(ct);
        return new Page<GovContract>(rows, total);
    }

    /// <summary>Whose contracts the actor lists: its unit's, its company's or its region's; null for any other kind.</summary>
    internal static IQueryable<GovContract>? Scope(IQueryable<GovContract> contracts, ActorStanding who) => who.OrganizationId is not { } org ? null : who.Kind switch
    {
        OrganizationKind.BudgetUnit when who.IsIn(Roles.PurchaserOperator) => contracts.Where(c => c.PurchaserId == org),
        OrganizationKind.Supplier when who.IsIn(Roles.Supplier) => contracts.Where(c => c.SupplierId == org),
        OrganizationKind.Regulator when who.IsIn(Roles.Regulator) => contracts.Where(c => c.RegionCode == who.RegionCode),
        _ => null,
    };
}
