using FluentValidation;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>A listing as its supplier or its reviewer sees it: both versions, the review state and the files.</summary>
public sealed record ListingRow(Guid Id, Guid SupplierId, string SupplierName, string CatalogueCode, ListingStatus Status, ListingContent Proposed, ListingContent? Approved,
    bool OnSale, int? Stock, int DeliveryDays, IReadOnlyList<string> RegionCodes, IReadOnlyList<ListingFileRow> Files, string? ReturnReason, DateTime UpdatedUtc, DateTime? SubmittedUtc)
{
    /// <summary>Why the reviewer returned the listing, while it waits as returned; null otherwise.</summary>
    public string? OpenReturnReason => Status == ListingStatus.Returned ? ReturnReason : null;

    /// <summary>The form that edits this listing, filled with its proposed version.</summary>
    public ListingForm ToForm() => new(CatalogueCode, Proposed.Name, Proposed.Brand, Proposed.Model, Proposed.Specification, Proposed.Unit, Proposed.Price.Yuan, Stock, RegionCodes, DeliveryDays);

    /// <summary>Whether the reviewer is looking at a change of a listing already on sale.</summary>
    public bool IsChange => Approved is not null;
}

public sealed record ListingFileRow(Guid FileId, string Name, ListingFileKind Kind);

/// <summary>Listings as one actor sees them: the rows, whether they may list a new one, and what they may do with each row.</summary>
public sealed record ActorListings(IReadOnlyList<ListingRow> Rows, int TotalCount, ActionSet<ListingStep> NewListing, IReadOnlyDictionary<Guid, ActionSet<ListingStep>> Steps)
{
    public ActionSet<ListingStep> For(ListingRow row) => Steps[row.Id];
}

/// <summary>
/// The commodity library's use cases: the supplier lists, edits, submits and withdraws its goods and
/// services; the reviewer approves or returns them. Each asks <see cref="ListingSteps"/> first and writes
/// an audit entry with its change, in one transaction.
/// </summary>
public sealed class ListingDesk(IDbContextFactory<GovProcurementDbContext> store, AuditLog audit, TimeProvider time, IOptions<ListingOptions> options, IOptions<InputLimits> limits)
{
    /// <summary>The reviewer's queue page.</summary>
    public const string ReviewPage = "/mall/listings/review";

    public async Task<Guid> CreateAsync(ListingForm form, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var who = await LoadActorAsync(db, actor, ct);
        ListingSteps.ForNewListing(who).Require(ListingStep.Create);
        ListingFormValidator.Instance.ValidateAndThrow(form);
        var listing = new Listing(actor.RequireOrganization(), form, actor.UserName, time.UtcNow());
        db.Listings.Add(listing);
        await audit.SaveWithAsync(db, [Record(AuditEventType.ListingCreated, actor, listing, listing.Proposed.Price.ToString())], ct);
        return listing.Id;
    }

    /// <summary>Saves the form; returns whether the change of a listing on sale now waits for review (price or specification).</summary>
    public async Task<bool> EditAsync(Guid listingId, ListingForm form, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var listing = await FindAsync(db, listingId, ct);
        ListingSteps.For(listing, await LoadActorAsync(db, actor, ct)).Require(ListingStep.Edit);
        ListingFormValidator.Instance.ValidateAndThrow(form);
        var before = listing.Proposed.Price;
        var needsReview = listing.Edit(form, time.UtcNow());
        await audit.SaveWithAsync(db, [Record(AuditEventType.ListingEdited, actor, listing, before == listing.Proposed.Price ? "" : $"{before} → {listing.Proposed.Price}")], ct);
        return needsReview;
    }

    public Task SubmitAsync(Guid listingId, Actor actor, CancellationToken ct = default) =>
        StepAsync(listingId, ListingStep.Submit, actor, AuditEventType.ListingSubmitted, (l, now) => l.Submit(now), ct);

    public Task WithdrawAsync(Guid listingId, Actor actor, CancellationToken ct = default) =>
        StepAsync(listingId, ListingStep.Withdraw, actor, AuditEventType.ListingWithdrawn, (l, now) => l.Withdraw(now), ct);

    public Task ApproveAsync(Guid listingId, Actor actor, CancellationToken ct = default) =>
        StepAsync(listingId, ListingStep.Approve, actor, AuditEventType.ListingApproved, (l, now) => l.Approve(actor.UserName, now), ct);

    public Task ReturnAsync(Guid listingId, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(listingId, ListingStep.Return, actor, AuditEventType.ListingReturned, (l, now) => l.Return(reason, actor.UserName, now), ct);

    /// <summary>Attaches a picture or a document, checked by <see cref="ListingFiles"/>, while the supplier may edit the listing.</summary>
    public async Task AttachAsync(Guid listingId, ListingUpload upload, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var listing = await FindAsync(db, listingId, ct);
        ListingSteps.For(listing, await LoadActorAsync(db, actor, ct)).Require(ListingStep.Edit);
        var kinds = await db.ListingFiles.Where(f => f.ListingId == listingId).Select(f => f.Kind).ToListAsync(ct);
        var (file, kind) = ListingFiles.Store(upload, kinds.Count(k => k == ListingFileKind.Image), kinds.Count(k => k == ListingFileKind.Document),
            limits.Value.FileBytes, listing.SupplierId, actor.UserName, time.UtcNow());
        db.Files.Add(file);
        db.ListingFiles.Add(new ListingFile(listing.Id, file, kind));
        await audit.SaveWithAsync(db, [Record(AuditEventType.ListingEdited, actor, listing, file.Name)], ct);
    }

    /// <summary>A listing's file: for anyone while the listing is visible, otherwise for its supplier and the reviewer.</summary>
    public async Task<StoredFile> FileAsync(Guid listingId, Guid fileId, Actor? actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var attached = await db.ListingFiles.AnyAsync(f => f.ListingId == listingId && f.FileId == fileId, ct);
        var visible = await ListingQueries.Visible(db, time.TodayInChina()).AnyAsync(l => l.Id == listingId, ct);
        var mayRead = visible;
        if (!mayRead && actor is not null && await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listingId, ct) is { } listing)
        {
            var who = await LoadActorAsync(db, actor, ct);
            mayRead = who.NotReviewer is null || who.Who.Belongs(listing.SupplierId);
        }

        if (!attached || !mayRead)
        {
            throw new DomainException("文件不存在或无权查看。", "The file does not exist or is not yours to see.");
        }

        return await db.Files.AsNoTracking().FirstAsync(f => f.Id == fileId, ct);
    }

    /// <summary>The supplier's own listings, newest change first, with the steps it may take on each.</summary>
    public async Task<ActorListings> MineAsync(Actor actor, int skip = 0, int take = 20, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var who = await LoadActorAsync(db, actor, ct);
        var mine = who.Who.OrganizationId is { } org ? db.Listings.Where(l => l.SupplierId == org) : db.Listings.Where(_ => false);
        return await PageAsync(db, who, mine.OrderByDescending(l => l.UpdatedUtc).ThenBy(l => l.Id), skip, take, ct);
    }

    /// <summary>The reviewer's queue: listings in review, oldest submission first. Empty for anyone else.</summary>
    public async Task<ActorListings> QueueAsync(Actor actor, int skip = 0, int take = 20, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var who = await LoadActorAsync(db, actor, ct);
        var queue = who.NotReviewer is null ? db.Listings.Where(l => l.Status == ListingStatus.InReview) : db.Listings.Where(_ => false);
        return await PageAsync(db, who, queue.OrderBy(l => l.SubmittedUtc).ThenBy(l => l.Id), skip, take, ct);
    }

    /// <summary>The listings in review the actor may decide, oldest first, at most <paramref name="take"/>: the worklist's source.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name, DateTime SubmittedUtc)>> AwaitingReviewAsync(GovProcurementDbContext db, ListingActor who, int take, CancellationToken ct)
    {
        if (who.NotReviewer is not null)
        {
            return [];
        }

        var waiting = await db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.InReview).OrderBy(l => l.SubmittedUtc).Take(take).ToListAsync(ct);
        return waiting.Where(l => ListingSteps.For(l, who).Allows(ListingStep.Approve))
            .Select(l => (l.Id, l.Proposed.Name, DateTime.SpecifyKind(l.SubmittedUtc ?? l.UpdatedUtc, DateTimeKind.Utc))).ToList();
    }

    internal Task<ListingActor> LoadActorAsync(GovProcurementDbContext db, Actor actor, CancellationToken ct) =>
        ListingActor.LoadAsync(db, actor, options.Value.Reviewer, time.TodayInChina(), ct);

    private async Task StepAsync(Guid listingId, ListingStep step, Actor actor, AuditEventType type, Action<Listing, DateTime> act, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var listing = await FindAsync(db, listingId, ct);
        ListingSteps.For(listing, await LoadActorAsync(db, actor, ct)).Require(step);
        act(listing, time.UtcNow());
        await audit.SaveWithAsync(db, [Record(type, actor, listing, listing.ReturnReason is { } reason && step == ListingStep.Return ? reason : listing.Proposed.Price.ToString())], ct);
    }

    private static async Task<ActorListings> PageAsync(GovProcurementDbContext db, ListingActor who, IQueryable<Listing> listings, int skip, int take, CancellationToken ct)
    {
        var total = await listings.CountAsync(ct);
        var page = await listings.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, ListingSearch.MaxTake)).Include(l => l.Areas).AsNoTracking().ToListAsync(ct);
        var ids = page.Select(l => l.Id).ToList();
        var files = (await db.ListingFiles.AsNoTracking().Where(f => ids.Contains(f.ListingId)).OrderBy(f => f.Name).ToListAsync(ct)).ToLookup(f => f.ListingId);
        var supplierIds = page.Select(l => l.SupplierId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => supplierIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = page.Select(l => new ListingRow(l.Id, l.SupplierId, names.GetValueOrDefault(l.SupplierId, ""), l.CatalogueCode, l.Status, l.Proposed,
            l.ApprovedVersion > 0 ? l.Approved : null, l.OnSale, l.Stock, l.DeliveryDays, l.Areas.Select(a => a.RegionCode).Order(StringComparer.Ordinal).ToList(),
            files[l.Id].Select(f => new ListingFileRow(f.FileId, f.Name, f.Kind)).ToList(), l.ReturnReason, DateTime.SpecifyKind(l.UpdatedUtc, DateTimeKind.Utc),
            l.SubmittedUtc is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null)).ToList();
        return new ActorListings(rows, total, ListingSteps.ForNewListing(who), page.ToDictionary(l => l.Id, l => ListingSteps.For(l, who)));
    }

    private static async Task<Listing> FindAsync(GovProcurementDbContext db, Guid listingId, CancellationToken ct) =>
        await db.Listings.Include(l => l.Areas).FirstOrDefaultAsync(l => l.Id == listingId, ct)
        ?? throw new DomainException("商品不存在。", "The listing does not exist.");

    private static AuditRecord Record(AuditEventType type, Actor actor, Listing listing, string detail) =>
        new(type, actor.UserName, listing.Id.ToString(), $"{listing.CatalogueCode} {listing.Proposed.Name} {detail}".Trim());
}
