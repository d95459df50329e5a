using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Acceptance;

/// <summary>What the acceptance list is narrowed to: a status, and words found in the contract's number, its title or the other party's name.</summary>
public sealed record AcceptanceFilter(AcceptanceStatus? Status = null, string? Search = null)
{
    public const int SearchMaxLength = 64;
}

/// <summary>One acceptance of the list: the contract, both parties, the round, the result, both confirmations and the day it passed.</summary>
public sealed record AcceptanceListRow(Guid ContractId, string ContractNumber, string Title, string PurchaserName, string SupplierName, int Round,
    AcceptanceStatus Status, bool? ResultPassed, DateTime? PurchaserConfirmedUtc, DateTime? SupplierConfirmedUtc, DateOnly? AcceptedOn, DateTime CreatedUtc);

/// <summary>Whose acceptances the actor reads: its unit's (as purchaser), its company's (as supplier), or the register of its region (a regulator).</summary>
public enum AcceptanceListScope
{
    None = 0,
    Purchaser = 1,
    Supplier = 2,

    /// <summary>A regulator reads its jurisdiction's acceptances in the acceptance register (履约验收登记表) of the reports, not in this list.</summary>
    Register = 3,
}

/// <summary>One page of the actor's acceptances, how many there are in all under the filter, and whose they are.</summary>
public sealed record AcceptancePage(AcceptanceListScope Scope, IReadOnlyList<AcceptanceListRow> Rows, int TotalCount)
{
    /// <summary>Whether the actor reads the register of the reports instead of this list.</summary>
    public bool ReadsRegister => Scope == AcceptanceListScope.Register;
}

/// <summary>
/// The list of a purchaser's or a supplier's contract acceptances, newest first, filtered and paged on the store. A
/// regulator is pointed to the acceptance register of its jurisdiction (<see cref="AcceptanceRegister"/>) rather than
/// shown the same rows twice.
/// </summary>
public sealed class AcceptanceList(IDbContextFactory<GovProcurementDbContext> store)
{
    public const int MaxPageSize = 100;

    public async Task<AcceptancePage> PageAsync(Actor actor, AcceptanceFilter filter, int skip, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var search = Texts.Optional(filter.Search, AcceptanceFilter.SearchMaxLength, "搜索内容", "The search");
        if (filter.Status is { } status && !Enum.IsDefined(status))
        {
            throw new DomainException("验收状态无效。", "The acceptance status is not valid.");
        }

        await using var db = await store.CreateDbContextAsync(ct);
        var standing = await ActorStanding.LoadAsync(db, actor, ct);
        var scope = ScopeOf(standing);
        var org = standing.OrganizationId;
        IQueryable<ContractAcceptance> query = scope switch
        {
            AcceptanceListScope.Purchaser => db.Acceptances.Where(a => a.PurchaserId == org),
            AcceptanceListScope.Supplier => db.Acceptances.Where(a => a.SupplierId == org),
            _ => db.Acceptances.Where(_ => false),
        };
        if (filter.Status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        if (search is { Length: > 0 } words)
        {
            query = query.Where(a => a.ContractNumber.Contains(words) || a.Title.Contains(words)
                || (scope == AcceptanceListScope.Purchaser ? a.SupplierName.Contains(words) : a.PurchaserName.Contains(words)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.AsNoTracking().OrderByDescending(a => a.CreatedUtc).ThenBy(a => a.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize))
            .Select(a => new AcceptanceListRow(a.ContractId, a.ContractNumber, a.Title, a.PurchaserName, a.SupplierName, a.Round, a.Status, a.ResultPassed,
                a.PurchaserConfirmedUtc, a.SupplierConfirmedUtc, a.AcceptedOn, a.CreatedUtc))
            .ToListAsync(ct);
        return new AcceptancePage(scope, rows, total);
    }

    private static AcceptanceListScope ScopeOf(ActorStanding who) => who.Kind switch
    {
        OrganizationKind.BudgetUnit when who.IsIn(Roles.PurchaserOperator) || who.IsIn(Roles.PurchaserReviewer) => AcceptanceListScope.Purchaser,
        OrganizationKind.Supplier when who.IsIn(Roles.Supplier) => AcceptanceListScope.Supplier,
        OrganizationKind.Regulator when who.IsIn(Roles.Regulator) => AcceptanceListScope.Register,
        _ => AcceptanceListScope.None,
    };
}
