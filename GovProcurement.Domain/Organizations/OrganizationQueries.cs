using GovProcurement.Domain.Common;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Organizations;

/// <summary>A filter over the organisations within a jurisdiction (a region and everything below it).</summary>
public sealed record OrganizationQuery(
    string JurisdictionRegionCode,
    OrganizationKind? Kind = null,
    string? RegionCode = null,
    string? Search = null,
    int Skip = 0,
    int Take = 20);

public sealed record OrganizationRow(
    Guid Id,
    OrganizationKind Kind,
    string Name,
    string RegionCode,
    string? Code,
    string? CompetentUnitName,
    int AccountCount);

/// <summary>Profile of one organisation as its own workspace shows it.</summary>
public sealed record OrganizationProfile(
    Guid Id,
    OrganizationKind Kind,
    string Name,
    string RegionCode,
    string RegionPath,
    string? BudgetCode,
    string? FinanceCode,
    string? CreditCode,
    string? CompetentUnitName,
    IReadOnlyList<OrganizationRow> SubordinateUnits,
    bool IsCentralizedAgency,
    EnterpriseScale? Scale);

/// <summary>A budget unit found by its budget code: who it is and the region whose rules apply to it.</summary>
public sealed record BudgetUnitReference(Guid Id, string Name, string RegionCode);

/// <summary>How many organisations of each kind a region (with everything below it) holds.</summary>
public sealed record RegionTally(string RegionCode, int BudgetUnits, int Agencies, int Suppliers, int Regulators);

/// <summary>Reads organisations for the workspaces: lists paged on the server, profiles.</summary>
public sealed class OrganizationQueries(IDbContextFactory<GovProcurementDbContext> store)
{
    public async Task<Page<OrganizationRow>> SearchAsync(OrganizationQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var regions = RegionDirectory.Guangdong.SelfAndDescendantCodes(query.JurisdictionRegionCode);
        if (query.RegionCode is { Length: > 0 } regionCode)
        {
            regions = regions.Intersect(RegionDirectory.Guangdong.SelfAndDescendantCodes(regionCode)).ToList();
        }

        var organizations = db.Organizations.AsNoTracking().Where(o => regions.Contains(o.RegionCode));
        if (query.Kind is { } kind)
        {
            organizations = organizations.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            organizations = organizations.Where(o => o.Name.Contains(term)
                || (o is BudgetUnit && ((BudgetUnit)o).BudgetCode.Contains(term))
                || (o is Agency && ((Agency)o).CreditCode.Contains(term))
                || (o is Supplier && ((Supplier)o).CreditCode.Contains(term)));
        }

        var total = await organizations.CountAsync(cancellationToken);
        var page = await Project(db, organizations.OrderBy(o => o.RegionCode).ThenBy(o => o.Name))
            .Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 200))
            .ToListAsync(cancellationToken);
        return new Page<OrganizationRow>(page, total);
    }

    public async Task<OrganizationProfile?> ProfileAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var unit = organization as BudgetUnit;
        string? competentName = null;
        if (unit?.CompetentUnitId is { } parentId)
        {
            competentName = await db.Organizations.Where(o => o.Id == parentId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        }

        var subordinates = unit is null
            ? []
            : (await Project(db, db.Organizations.AsNoTracking().Where(o => o is BudgetUnit && ((BudgetUnit)o).CompetentUnitId == unit.Id).OrderBy(o => o.Name))
                .ToListAsync(cancellationToken));
        return new OrganizationProfile(
            organization.Id,
            organization.Kind,
            organization.Name,
            organization.RegionCode,
            RegionDirectory.Guangdong.PathName(organization.RegionCode),
            unit?.BudgetCode,
            unit?.FinanceCode,
            (organization as Agency)?.CreditCode ?? (organization as Supplier)?.CreditCode,
            competentName,
            subordinates,
            organization is Agency { IsCentralized: true },
            (organization as Supplier)?.Scale);
    }

    /// <summary>The jurisdiction itself, then each region directly below it, with counts of organisations.</summary>
    public async Task<IReadOnlyList<RegionTally>> TallyAsync(string jurisdictionRegionCode, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var directory = RegionDirectory.Guangdong;
        var codes = directory.SelfAndDescendantCodes(jurisdictionRegionCode);
        var counts = await db.Organizations.Where(o => codes.Contains(o.RegionCode))
            .GroupBy(o => new { o.RegionCode, o.Kind })
            .Select(g => new { g.Key.RegionCode, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        RegionTally Tally(string code, Func<string, bool> covers)
        {
            int Of(OrganizationKind kind) => counts.Where(c => c.Kind == kind && covers(c.RegionCode)).Sum(c => c.Count);
            return new RegionTally(code, Of(OrganizationKind.BudgetUnit), Of(OrganizationKind.Agency), Of(OrganizationKind.Supplier), Of(OrganizationKind.Regulator));
        }

        var rows = new List<RegionTally> { Tally(jurisdictionRegionCode, c => c == jurisdictionRegionCode) };
        rows.AddRange(directory.ChildrenOf(jurisdictionRegionCode).Select(child => Tally(child.Code, c => directory.IsWithin(c, child.Code))));
        return rows;
    }

    /// <summary>The budget unit with this budget code (surrounding blanks ignored), or null when none has it.</summary>
    public async Task<BudgetUnitReference?> BudgetUnitByCodeAsync(string? budgetCode, CancellationToken cancellationToken = default)
    {
        var code = budgetCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            return null;
        }

        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.OfType<BudgetUnit>().AsNoTracking()
            .Where(u => u.BudgetCode == code)
            .Select(u => new BudgetUnitReference(u.Id, u.Name, u.RegionCode))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<OrganizationRow> Project(GovProcurementDbContext db, IQueryable<Organization> organizations) =>
        organizations.Select(o => new OrganizationRow(
            o.Id,
            o.Kind,
            o.Name,
            o.RegionCode,
            o is BudgetUnit ? ((BudgetUnit)o).BudgetCode : o is Agency ? ((Agency)o).CreditCode : o is Supplier ? ((Supplier)o).CreditCode : null,
            o is BudgetUnit ? db.Organizations.Where(p => p.Id == ((BudgetUnit)o).CompetentUnitId).Select(p => p.Name).FirstOrDefault() : null,
            db.Users.Count(u => u.OrganizationId == o.Id)));
}
