using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>Who reviews listings (上架审核): the platform administrator, or, where the province so decides, the centralized agency.</summary>
public enum ListingReviewer
{
    PlatformAdmin = 1,
    CentralizedAgency = 2,
}

/// <summary>The commodity library's settings (section <c>Mall:Listings</c>).</summary>
public sealed class ListingOptions
{
    public const string Section = "Mall:Listings";

    public ListingReviewer Reviewer { get; set; } = ListingReviewer.PlatformAdmin;
}

/// <summary>
/// The actor as the listing rules see them: their standing, whether they are the configured reviewer
/// (and if not, why not), and, for a supplier, whether a debarment is in force today.
/// </summary>
public sealed record ListingActor(ActorStanding Who, Refusal? NotReviewer, bool Debarred)
{
    public static async Task<ListingActor> LoadAsync(GovProcurementDbContext db, Actor actor, ListingReviewer reviewer, DateOnly today, CancellationToken ct = default)
    {
        var who = await ActorStanding.LoadAsync(db, actor, ct);
        var notReviewer = reviewer switch
        {
            ListingReviewer.CentralizedAgency => who.WhyNotRole(Roles.Agency)
                ?? (who.OrganizationId is { } org && await db.Organizations.OfType<Agency>().AnyAsync(a => a.Id == org && a.IsCentralized, ct)
                    ? null
                    : new Refusal("商品上架由集中采购机构审核。", "Listings are reviewed by the centralized procurement agency.", ground: RefusalGround.Jurisdiction)),
            _ => who.WhyNotRole(Roles.PlatformAdmin),
        };
        var debarred = who.Kind == OrganizationKind.Supplier && who.OrganizationId is { } supplier
            && await ListingQueries.DebarredOn(db, today).AnyAsync(id => id == supplier, ct);
        return new ListingActor(who, notReviewer, debarred);
    }
}

/// <summary>
/// Which listing steps an actor may take now, and why not: the listing's transition table
/// (<see cref="Listing.Allows(ListingStatus, ListingStep)"/>) joined with who takes each step. The supplier
/// creates, edits, submits and withdraws its own listings; the configured reviewer approves or returns.
/// Pages render this answer; <see cref="ListingDesk"/> requires the same answer before it acts.
/// </summary>
public static class ListingSteps
{
    private enum Party
    {
        /// <summary>The supplier the listing belongs to (any supplier for a new one).</summary>
        Supplier,

        /// <summary>The configured reviewer.</summary>
        Reviewer,
    }

    private static readonly Dictionary<ListingStep, Party> Table = new()
    {
        [ListingStep.Create] = Party.Supplier,
        [ListingStep.Edit] = Party.Supplier,
        [ListingStep.Submit] = Party.Supplier,
        [ListingStep.Withdraw] = Party.Supplier,
        [ListingStep.Approve] = Party.Reviewer,
        [ListingStep.Return] = Party.Reviewer,
    };

    private static readonly ListingStep[] OnAListing = [ListingStep.Edit, ListingStep.Submit, ListingStep.Withdraw, ListingStep.Approve, ListingStep.Return];

    public const string DebarmentCitation = "《中华人民共和国政府采购法》第七十七条";

    /// <summary>What the actor may do with a listing of this supplier in this status.</summary>
    public static ActionSet<ListingStep> For(Guid supplierId, ListingStatus status, ListingActor actor) =>
        new(OnAListing.Select(step => new AvailableAction<ListingStep>(step, WhoRefusal(step, supplierId, actor)
            ?? (Listing.Allows(status, step) ? null : StatusRefusal(step)))).ToList());

    public static ActionSet<ListingStep> For(Listing listing, ListingActor actor) => For(listing.SupplierId, listing.Status, actor);

    /// <summary>Whether the actor may list a new good or service.</summary>
    public static ActionSet<ListingStep> ForNewListing(ListingActor actor) =>
        new([new AvailableAction<ListingStep>(ListingStep.Create, WhoRefusal(ListingStep.Create, null, actor))]);

    /// <summary>Why a listing's status does not allow the step.</summary>
    public static Refusal StatusRefusal(ListingStep step) => step switch
    {
        ListingStep.Edit => new("审核中的商品不能修改。", "A listing in review cannot be edited."),
        ListingStep.Submit => new("该商品没有待提交的内容。", "The listing has nothing to submit."),
        ListingStep.Approve or ListingStep.Return => new("该商品不在审核中。", "The listing is not in review."),
        ListingStep.Withdraw => new("该商品未上架或已下架。", "The listing is not on sale or in review."),
        _ => new("此操作不适用。", "This action does not apply."),
    };

    private static Refusal? WhoRefusal(ListingStep step, Guid? supplierId, ListingActor actor) => Table[step] switch
    {
        Party.Reviewer => actor.NotReviewer,
        _ => actor.Who.WhyNotRole(Roles.Supplier) ?? SupplierRefusal(step, supplierId, actor),
    };

    private static Refusal? SupplierRefusal(ListingStep step, Guid? supplierId, ListingActor actor)
    {
        if (actor.Who.Kind != OrganizationKind.Supplier || (supplierId is { } owner && !actor.Who.Belongs(owner)))
        {
            return new Refusal("只能处理本供应商的商品。", "You can only act on your own listings.", ground: RefusalGround.Jurisdiction);
        }

        return actor.Debarred && step is ListingStep.Create or ListingStep.Submit
            ? new Refusal("贵公司在禁止参加政府采购活动期间，不能上架商品。", "While debarred from government procurement, a supplier cannot list goods.", DebarmentCitation)
            : null;
    }
}
