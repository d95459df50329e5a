using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Listings;
using GovProcurement.Domain.Mall.Orders;

namespace GovProcurement.Portal.Api;

/// <summary>The e-mall's domain answers in the API's shapes; every instant is sent as UTC.</summary>
internal static class MallMapping
{
    public static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? t) => t is { } value ? Utc(value) : null;

    public static LabelResponse Label(Bilingual text) => new(text.Zh, text.En);

    public static IReadOnlyList<ActionResponse> Actions<TAction>(ActionSet<TAction> steps) where TAction : struct, Enum =>
        steps.All.Select(a => new ActionResponse(a.Action.ToString(), a.IsAvailable,
            a.WhyNot is { } why ? Reason(why) : null)).ToList();

    /// <summary>A refusal's reason, Chinese and English, with its citation.</summary>
    public static ReasonResponse Reason(Refusal why) => new(why.Why.Zh, why.Why.En, why.Citation, why.Citation);

    public static ListingCardResponse ToResponse(ListingCard c) => new(c.Id, c.CatalogueCode, c.Name, c.Brand, c.Model, c.Specification, c.Unit,
        c.Price.Yuan, c.Stock, c.DeliveryDays, c.SupplierId, c.SupplierName, c.SupplierIsSme, c.RegionCodes);

    public static OwnListingResponse ToResponse(ListingRow row, ActionSet<ListingStep> steps) => new(row.Id, row.CatalogueCode, row.Status.ToString(),
        Content(row.Proposed), row.Approved is { } approved ? Content(approved) : null, row.OnSale, row.Stock, row.DeliveryDays, row.RegionCodes,
        row.OpenReturnReason, Utc(row.UpdatedUtc), Utc(row.SubmittedUtc), Actions(steps));

    private static ListingContentResponse Content(ListingContent c) => new(c.Name, c.Brand, c.Model, c.Specification, c.Unit, c.Price.Yuan);

    public static RequirementRowResponse ToResponse(BiddingRow b) => new(b.Id, b.Number, b.Title, b.Status.ToString(), Label(BiddingTexts.Status(b.Status)),
        b.Ceiling.Yuan, Utc(b.OpensUtc), Utc(b.ClosesUtc), Utc(b.PostedUtc));

    public static RequirementResponse ToResponse(BiddingView v) => new(v.Id, v.Number, v.Title, v.UnitName, v.Status.ToString(), Label(BiddingTexts.Status(v.Status)),
        v.Ceiling.Yuan, v.DeliveryPlace, v.DeliverBy, Utc(v.OpensUtc), Utc(v.ClosesUtc), v.MinimumQuotes, v.MinimumQuotesCitation, v.EndReason, v.PlanId,
        v.Items.Select(i => new RequirementItemResponse(i.LineNumber, i.CatalogueCode, i.Name, i.Quantity, i.Unit, i.Specification)).ToList(),
        v.Quotes.Select(ToResponse).ToList(), Actions(v.Steps));

    public static QuoteResponse ToResponse(QuoteLine q) => new(q.Rank, q.SupplierName, q.Price.Yuan, Utc(q.SubmittedUtc), q.InvalidReason,
        q.Outcome?.ToString(), q.Outcome is { } outcome ? Label(BiddingTexts.Outcome(outcome)) : null, Utc(q.ConfirmDueUtc), q.IsOwn, q.IsOffered);

    /// <summary>A quote just submitted: the supplier's own, unranked until the close.</summary>
    public static QuoteResponse ToResponse(BiddingQuote q) => new(q.Rank, q.SupplierName, q.Price.Yuan, Utc(q.SubmittedUtc), q.InvalidReason,
        q.Outcome?.ToString(), q.Outcome is { } outcome ? Label(BiddingTexts.Outcome(outcome)) : null, Utc(q.ConfirmDueUtc), true, false);

    public static OrderRowResponse ToRow(MallOrder o) => new(o.Id, o.Number, o.Method.ToString(), Label(OrderTexts.Method(o.Method)), o.Status.ToString(),
        Label(OrderTexts.Status(o.Status)), o.UnitName, o.SupplierName, o.Total.Yuan, Utc(o.CreatedUtc), Utc(o.ConfirmDueUtc));

    public static OrderResponse ToResponse(MallOrder o, ActionSet<OrderAction> steps) => new(o.Id, o.Number, o.Method.ToString(), Label(OrderTexts.Method(o.Method)),
        o.Status.ToString(), Label(OrderTexts.Status(o.Status)), o.PlanId, o.PlanNumber, o.PlanLineNumber, o.UnitName, o.SupplierName, o.SourceReference,
        o.Total.Yuan, Utc(o.CreatedUtc), Utc(o.ConfirmDueUtc), Utc(o.ConfirmedUtc), Utc(o.DeliveredUtc), Utc(o.ReceivedUtc), Utc(o.EndedUtc), o.EndReason,
        o.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderLineResponse(l.LineNumber, l.CatalogueCode, l.Name, l.Unit, l.Quantity, l.UnitPrice.Yuan, l.Amount.Yuan)).ToList(),
        Actions(steps));
}
