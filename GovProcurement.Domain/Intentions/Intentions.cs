using FluentValidation;
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

/// <summary>A unit's intentions as one actor sees them: the rows, whether they may draft one, and what they may do with each row.</summary>
public sealed record UnitIntentions(IReadOnlyList<IntentionRow> Rows, ActionSet<IntentionStep> NewIntention, IReadOnlyDictionary<Guid, ActionSet<IntentionStep>> Steps)
{
    public ActionSet<IntentionStep> For(IntentionRow row) => Steps[row.Id];
}

/// <summary>The public filter: region (and below), a unit name, an expected month.</summary>
public sealed record IntentionSearch(string? RegionCode = null, string? UnitName = null, DateOnly? Month = null, int Skip = 0, int Take = 20);

/// <summary>Drafting and publishing intentions, the unit's list and the public portal's search.</summary>
public sealed class Intentions(IDbContextFactory<GovProcurementDbContext> store, TimeProvider time)
{
    public async Task<Guid> DraftAsync(IntentionForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        IntentionSteps.ForNewIntention(await ActorStanding.LoadAsync(db, actor, cancellationToken)).Require(IntentionStep.Draft);
        IntentionFormValidator.Instance.ValidateAndThrow(form);
        var unit = await db.Organizations.OfType<BudgetUnit>().FirstOrDefaultAsync(u => u.Id == actor.RequireOrganization(), cancellationToken)
            ?? throw new DomainException("只有预算单位可以公开采购意向。", "Only budget units disclose intentions.");
        var intention = new ProcurementIntention(unit.Id, unit.RegionCode, form, actor.UserName, time.UtcNow());
        db.Intentions.Add(intention);
        await db.SaveChangesAsync(cancellationToken);
        return intention.Id;
    }

    public async Task PublishAsync(Guid intentionId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var intention = await db.Intentions.FirstOrDefaultAsync(i => i.Id == intentionId, cancellationToken)
            ?? throw new DomainException("采购意向不存在。", "The intention does not exist.");
        IntentionSteps.For(intention, await ActorStanding.LoadAsync(db, actor, cancellationToken)).Require(IntentionStep.Publish);
        intention.Publish(actor.UserName, time.UtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The actor's unit's intentions with what the actor may do with each, and whether they may draft one.</summary>
    public async Task<UnitIntentions> ForActorAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await store.CreateDbContextAsync(cancellationToken);
        var who = await ActorStanding.LoadAsync(db, actor, cancellationToken);
        var rows = who.OrganizationId is { } unitId
            ? await Rows(db, db.Intentions.Where(i => i.UnitId == unitId).OrderByDescending(i => i.ExpectedMonth)).ToListAsync(cancellationToken)
            : [];
        return new UnitIntentions(rows, IntentionSteps.ForNewIntention(who), rows.ToDictionary(r => r.Id, r => IntentionSteps.For(who.OrganizationId!.Value, r.Status, who)));
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
