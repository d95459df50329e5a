using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Intentions;

public sealed record IntentionRow(Guid Id, string UnitName, string RegionCode, string ProjectName, string RequirementSummary, Money Budget, DateOnly ExpectedMonth,
    bool ReservedForSmes, string? Notes, IntentionStatus Status, DateTime? PublishedUtc)
{
    /// <summary>The Beijing day the intention was published, or null while it is a draft.</summary>
    public DateOnly? PublishedOn => Status == IntentionStatus.Published && PublishedUtc is { } utc ? Common.BeijingTime.Day(utc) : null;
}

/// <summary>The public filter: region (and below), a unit name, an expected month.</summary>
public sealed record IntentionSearch(string? RegionCode = null, string? UnitName = null, DateOnly? Month = null, int Skip = 0, int Take = 20);

/// <summary>Drafting and publishing intentions, the unit's list and the public portal's search.</summary>
public sealed class Intentions(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    /// <summary>Whether the actor may draft an intention: a budget unit's operator. Pages ask this instead of checking roles.</summary>
    public static bool MayDraft(Actor actor) => actor.IsIn(Roles.PurchaserOperator) && actor.OrganizationId is not null;

    public async Task<Guid> DraftAsync(IntentionForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserOperator);
        IntentionFormValidator.Instance.ValidateAndThrow(form);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var unit = await db.Organizations.OfType<BudgetUnit>().FirstOrDefaultAsync(u => u.Id == actor.RequireOrganization(), cancellationToken)
            ?? throw new DomainException("只有预算单位可以公开采购意向。", "Only budget units disclose intentions.");
        var intention = new ProcurementIntention(unit.Id, unit.RegionCode, form, actor.UserName, time.UtcNow());
        db.Intentions.Add(intention);
        await db.SaveChangesAsync(cancellationToken);
        return intention.Id;
    }

    public async Task PublishAsync(Guid intentionId, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.PurchaserReviewer);
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var intention = await db.Intentions.FirstOrDefaultAsync(i => i.Id == intentionId && i.UnitId == actor.OrganizationId, cancellationToken)
            ?? throw new DomainException("采购意向不存在，或不属于本单位。", "The intention does not exist or is not your unit's.");
        intention.Publish(actor.UserName, time.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IntentionRow>> ForUnitAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        return await Rows(db, db.Intentions.Where(i => i.UnitId == unitId).OrderByDescending(i => i.ExpectedMonth)).ToListAsync(cancellationToken);
    }

    public async Task<Page<IntentionRow>> SearchPublishedAsync(IntentionSearch search, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var published = db.Intentions.Where(i => i.Status == IntentionStatus.Published);
        if (search.RegionCode is { Length: > 0 } region)
        {
            var codes = RegionDirectory.Guangdong.SelfAndDescendantCodes(region);
            published = published.Where(i => codes.Contains(i.RegionCode));
        }

        if (search.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            published = published.Where(i => i.ExpectedMonth == first);
        }

        if (search.UnitName is { Length: > 0 } unitName)
        {
            var term = unitName.Trim();
            var units = db.Organizations.Where(o => o.Name.Contains(term)).Select(o => o.Id);
            published = published.Where(i => units.Contains(i.UnitId));
        }

        var total = await published.CountAsync(cancellationToken);
        var rows = await Rows(db, published.OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.Id).Skip(search.Skip).Take(Math.Clamp(search.Take, 1, 100))).ToListAsync(cancellationToken);
        return new Page<IntentionRow>(rows, total);
    }

    private static IQueryable<IntentionRow> Rows(GovProcurementDbContext db, IQueryable<ProcurementIntention> intentions) =>
        intentions.Select(i => new IntentionRow(i.Id, db.Organizations.Where(o => o.Id == i.UnitId).Select(o => o.Name).First(), i.RegionCode, i.ProjectName,
            i.RequirementSummary, i.Budget, i.ExpectedMonth, i.ReservedForSmes, i.Notes, i.Status, i.PublishedUtc));
}
