using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>Where a listing stands in its review (上架审核).</summary>
public enum ListingStatus
{
    /// <summary>Entered, never submitted.</summary>
    Draft = 1,

    /// <summary>Submitted; the reviewer decides. An approved version, if any, stays on sale meanwhile.</summary>
    InReview = 2,

    /// <summary>Sent back with a reason; the supplier edits and submits again.</summary>
    Returned = 3,

    /// <summary>Approved: on sale as approved.</summary>
    Listed = 4,

    /// <summary>On sale at its approved version, with a change of price or specification not yet submitted.</summary>
    Changed = 5,

    /// <summary>Taken off sale by the supplier (下架).</summary>
    Withdrawn = 6,
}

/// <summary>What can be done with a listing.</summary>
public enum ListingStep
{
    Create = 1,
    Edit = 2,
    Submit = 3,
    Approve = 4,
    Return = 5,
    Withdraw = 6,
}

/// <summary>What a supplier enters for a listing. The price is in yuan.</summary>
public sealed record ListingForm(
    string? CatalogueCode,
    string? Name,
    string? Brand,
    string? Model,
    string? Specification,
    string? Unit,
    decimal Price,
    int? Stock,
    IReadOnlyList<string> ServiceRegions,
    int DeliveryDays);

/// <summary>
/// The reviewed part of a listing (name, brand, model, specification, unit, price and the name's pinyin
/// initials): a listing holds the supplier's proposed version and the last approved one, which is what
/// buyers see until a change is approved.
/// </summary>
public sealed class ListingContent
{
    public const int NameMaxLength = 100;
    public const int BrandMaxLength = 50;
    public const int ModelMaxLength = 50;
    public const int SpecificationMaxLength = 1000;
    public const int UnitMaxLength = 10;

    private ListingContent()
    {
        Name = Brand = Model = Specification = Unit = Initials = "";
    }

    internal ListingContent(string name, string brand, string model, string specification, string unit, Money price)
    {
        Name = name;
        Brand = brand;
        Model = model;
        Specification = specification;
        Unit = unit;
        Price = price;
        Initials = PinyinInitials.Of(name);
    }

    public string Name { get; private set; }

    public string Brand { get; private set; }

    public string Model { get; private set; }

    public string Specification { get; private set; }

    public string Unit { get; private set; }

    public Money Price { get; private set; }

    /// <summary>The pinyin initials of the name, upper-case (<see cref="PinyinInitials"/>).</summary>
    public string Initials { get; private set; }

    internal static ListingContent Empty => new();

    internal ListingContent Copy() => new(Name, Brand, Model, Specification, Unit, Price);

    /// <summary>Whether the two differ in anything a reviewer checks.</summary>
    internal bool DiffersFrom(ListingContent other) =>
        Name != other.Name || Brand != other.Brand || Model != other.Model || Specification != other.Specification || Unit != other.Unit || Price != other.Price;
}

/// <summary>A region a listing serves or delivers to (the region and every region below it).</summary>
public sealed class ListingArea
{
    private ListingArea()
    {
        RegionCode = "";
    }

    internal ListingArea(Guid listingId, string regionCode)
    {
        ListingId = listingId;
        RegionCode = regionCode;
    }

    public Guid ListingId { get; private set; }

    public string RegionCode { get; private set; }
}

/// <summary>
/// A supplier's good or service in the commodity library (商品库), under one catalogue item. A new listing
/// and every later change of price or specification goes to review; stock, delivery time and the regions
/// served apply at once. A changed listing stays on sale at its approved version until the change is
/// approved; withdrawing takes it off sale.
/// </summary>
public sealed class Listing : VersionedEntity
{
    public const int MaxServiceRegions = 30;
    public const int MaxDeliveryDays = 365;
    public const int MaxStock = 10_000_000;

    /// <summary>
    /// The listing's transition table. An edit moves a listing only when it changes what a reviewer checks:
    /// an approved listing then becomes <see cref="ListingStatus.Changed"/>; any other edit leaves the status.
    /// </summary>
    private static readonly Dictionary<(ListingStatus From, ListingStep Step), ListingStatus> Transitions = new()
    {
        [(ListingStatus.Draft, ListingStep.Edit)] = ListingStatus.Draft,
        [(ListingStatus.Returned, ListingStep.Edit)] = ListingStatus.Returned,
        [(ListingStatus.Listed, ListingStep.Edit)] = ListingStatus.Changed,
        [(ListingStatus.Changed, ListingStep.Edit)] = ListingStatus.Changed,
        [(ListingStatus.Withdrawn, ListingStep.Edit)] = ListingStatus.Withdrawn,
        [(ListingStatus.Draft, ListingStep.Submit)] = ListingStatus.InReview,
        [(ListingStatus.Returned, ListingStep.Submit)] = ListingStatus.InReview,
        [(ListingStatus.Changed, ListingStep.Submit)] = ListingStatus.InReview,
        [(ListingStatus.Withdrawn, ListingStep.Submit)] = ListingStatus.InReview,
        [(ListingStatus.InReview, ListingStep.Approve)] = ListingStatus.Listed,
        [(ListingStatus.InReview, ListingStep.Return)] = ListingStatus.Returned,
        [(ListingStatus.Listed, ListingStep.Withdraw)] = ListingStatus.Withdrawn,
        [(ListingStatus.Changed, ListingStep.Withdraw)] = ListingStatus.Withdrawn,
        [(ListingStatus.InReview, ListingStep.Withdraw)] = ListingStatus.Withdrawn,
        [(ListingStatus.Returned, ListingStep.Withdraw)] = ListingStatus.Withdrawn,
    };

    private readonly List<ListingArea> areas = [];

    private Listing()
    {
        CatalogueCode = CreatedBy = "";
        Proposed = ListingContent.Empty;
        Approved = ListingContent.Empty;
    }

    /// <param name="form">Checked by <see cref="ListingFormValidator"/> first.</param>
    public Listing(Guid supplierId, ListingForm form, string createdBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        SupplierId = supplierId;
        CreatedBy = createdBy;
        CreatedUtc = UpdatedUtc = nowUtc;
        Status = ListingStatus.Draft;
        CatalogueCode = form.CatalogueCode!.Trim();
        Proposed = Content(form);
        Approved = ListingContent.Empty;
        ApplyDirectFields(form);
    }

    public Guid Id { get; private set; }

    public Guid SupplierId { get; private set; }

    public string CatalogueCode { get; private set; }

    public ListingStatus Status { get; private set; }

    /// <summary>The supplier's version: what the reviewer checks.</summary>
    public ListingContent Proposed { get; private set; }

    /// <summary>The last approved version; empty while <see cref="ApprovedVersion"/> is 0.</summary>
    public ListingContent Approved { get; private set; }

    /// <summary>How many versions were approved; 0 for a listing never approved.</summary>
    public int ApprovedVersion { get; private set; }

    /// <summary>Whether buyers see the approved version (a debarred supplier's listings are hidden besides).</summary>
    public bool OnSale { get; private set; }

    /// <summary>Goods in stock; null for a service.</summary>
    public int? Stock { get; private set; }

    /// <summary>Calendar days from the order to the delivery or the start of the service.</summary>
    public int DeliveryDays { get; private set; }

    public IReadOnlyList<ListingArea> Areas => areas;

    public string? ReturnReason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public DateTime? SubmittedUtc { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    /// <summary>Whether a listing in this status may take the step (by the transition table).</summary>
    public static bool Allows(ListingStatus status, ListingStep step) => Transitions.ContainsKey((status, step));

    /// <summary>
    /// Applies the form: stock, delivery time and regions at once; the reviewed part to the proposed version,
    /// which moves an approved listing to <see cref="ListingStatus.Changed"/>. Returns whether the change needs review.
    /// </summary>
    public bool Edit(ListingForm form, DateTime nowUtc)
    {
        Move(ListingStep.Edit, out var next);
        if (ApprovedVersion == 0)
        {
            CatalogueCode = form.CatalogueCode!.Trim();
        }
        else if (CatalogueCode != form.CatalogueCode?.Trim())
        {
            throw new DomainException("已上架商品的品目不能更改，请另行发布。", "An approved listing keeps its catalogue item; list the other item separately.");
        }

        var proposed = Content(form);
        var reviewed = proposed.DiffersFrom(Proposed);
        Proposed = proposed;
        ApplyDirectFields(form);
        UpdatedUtc = nowUtc;
        if (reviewed || Status != ListingStatus.Listed)
        {
            Status = next;
        }

        return reviewed && ApprovedVersion > 0;
    }

    public void Submit(DateTime nowUtc)
    {
        Move(ListingStep.Submit, out var next);
        Status = next;
        SubmittedUtc = UpdatedUtc = nowUtc;
    }

    /// <summary>The proposed version becomes the one on sale.</summary>
    public void Approve(string reviewer, DateTime nowUtc)
    {
        Move(ListingStep.Approve, out var next);
        Status = next;
        Approved = Proposed.Copy();
        ApprovedVersion++;
        OnSale = true;
        ReturnReason = null;
        Decided(reviewer, nowUtc);
    }

    /// <summary>Sends the proposed version back; an approved version stays on sale.</summary>
    public void Return(string reason, string reviewer, DateTime nowUtc)
    {
        Move(ListingStep.Return, out var next);
        ReturnReason = Texts.RequireReason(reason);
        Status = next;
        Decided(reviewer, nowUtc);
    }

    public void Withdraw(DateTime nowUtc)
    {
        Move(ListingStep.Withdraw, out var next);
        Status = next;
        OnSale = false;
        UpdatedUtc = nowUtc;
    }

    private void Move(ListingStep step, out ListingStatus next)
    {
        if (!Transitions.TryGetValue((Status, step), out next))
        {
            throw ListingSteps.StatusRefusal(step).ToException();
        }
    }

    private void Decided(string reviewer, DateTime nowUtc)
    {
        DecidedBy = reviewer;
        DecidedUtc = UpdatedUtc = nowUtc;
    }

    private void ApplyDirectFields(ListingForm form)
    {
        Stock = form.Stock;
        DeliveryDays = form.DeliveryDays;
        var codes = form.ServiceRegions.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        areas.RemoveAll(a => !codes.Contains(a.RegionCode));
        areas.AddRange(codes.Where(c => areas.All(a => a.RegionCode != c)).Select(c => new ListingArea(Id, c)));
    }

    private static ListingContent Content(ListingForm form) =>
        new(form.Name!.Trim(), form.Brand?.Trim() ?? "", form.Model?.Trim() ?? "", form.Specification!.Trim(), form.Unit!.Trim(), Money.FromYuan(form.Price));
}
