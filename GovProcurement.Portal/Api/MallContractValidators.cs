using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Biddings;
using GovProcurement.Domain.Mall.Listings;

namespace GovProcurement.Portal.Api;

/// <summary>A page of a list: <c>skip</c> from 0 to <see cref="PageQuery.MaxSkip"/>, <c>take</c> from 1 to <see cref="PageQuery.MaxTake"/>.</summary>
public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    // Before Instance: static fields are initialised in the order they are written.
    internal static readonly Bilingual SkipText = new($"skip 为 0 至 {PageQuery.MaxSkip:N0}。", $"skip is 0 to {PageQuery.MaxSkip:N0}.");
    internal static readonly Bilingual TakeText = new($"take 为 1 至 {PageQuery.MaxTake}。", $"take is 1 to {PageQuery.MaxTake}.");

    public static PageQueryValidator Instance { get; } = new();

    public PageQueryValidator()
    {
        RuleFor(p => p.Skip).Must(Skip).WithText(SkipText);
        RuleFor(p => p.Take).Must(Take).WithText(TakeText);
    }

    internal static bool Skip(int? skip) => skip is null or (>= 0 and <= PageQuery.MaxSkip);

    internal static bool Take(int? take) => take is null or (>= 1 and <= PageQuery.MaxTake);
}

/// <summary>The commodity library's search: a bounded term, a price range in yuan (lowest not above highest), a Guangdong region, a page.</summary>
public sealed class ListingSearchQueryValidator : AbstractValidator<ListingSearchQuery>
{
    private static readonly Bilingual PriceText = new($"价格为 0 至 {Money.MaxYuan:N0} 元，精确到分。", $"A price is 0 to {Money.MaxYuan:N0} yuan, to the fen.");

    public static ListingSearchQueryValidator Instance { get; } = new();

    public ListingSearchQueryValidator()
    {
        RuleFor(q => q.Term).OptionalText(ListingSearch.TermMaxLength, "搜索词", "The search term");
        RuleFor(q => q.MinPrice).Must(Price).WithText(PriceText);
        RuleFor(q => q.MaxPrice).Must(Price).WithText(PriceText)
            .Must((q, max) => q.MinPrice is not { } min || max is not { } high || min <= high)
            .WithText(new Bilingual("最高价不能低于最低价。", "The highest price cannot be below the lowest."));
        RuleFor(q => q.Region).PlatformRegion().When(q => !string.IsNullOrWhiteSpace(q.Region));
        RuleFor(q => q.Skip).Must(PageQueryValidator.Skip).WithText(PageQueryValidator.SkipText);
        RuleFor(q => q.Take).Must(PageQueryValidator.Take).WithText(PageQueryValidator.TakeText);
    }

    private static bool Price(decimal? yuan) => yuan is null or (>= 0m and <= Money.MaxYuan) && (yuan is null || decimal.Round(yuan.Value, 2) == yuan);
}

/// <summary>A listing from the API is the listing form, answered field by field by <see cref="ListingFormValidator"/>, the form's own validator.</summary>
public static class ListingRequests
{
    /// <summary>The form the use case takes; a missing list of regions is an empty one, which the form's validator refuses.</summary>
    public static ListingForm ToForm(ListingRequest r) =>
        new(r.CatalogueCode, r.Name, r.Brand, r.Model, r.Specification, r.Unit, r.Price, r.Stock, r.ServiceRegions ?? [], r.DeliveryDays);
}

/// <summary>
/// A requirement's shape: the plan line named, the window's times and the delivery day given, at most
/// <see cref="BiddingRequirementValidator.MaxItems"/> items, none empty. The use case then runs
/// <see cref="BiddingRequirementValidator"/>, the form's own, against the plan line and the rules in force.
/// </summary>
public sealed class RequirementRequestValidator : AbstractValidator<RequirementRequest>
{
    public static RequirementRequestValidator Instance { get; } = new();

    public RequirementRequestValidator()
    {
        RuleFor(r => r.PlanId).NotNull().WithText(new Bilingual("请指明采购计划。", "Name the plan."));
        RuleFor(r => r.PlanItemId).NotNull().WithText(new Bilingual("请指明计划明细。", "Name the plan line."));
        RuleFor(r => r.Items).Must(items => items is { Count: > 0 and <= BiddingRequirementValidator.MaxItems })
            .WithText(new Bilingual($"请填写 1 至 {BiddingRequirementValidator.MaxItems} 个采购标的。", $"Give 1 to {BiddingRequirementValidator.MaxItems} items."));
        RuleForEach(r => r.Items).NotNull().WithText(new Bilingual("采购标的不能为空。", "An item cannot be empty."))
            .When(r => r.Items is { Count: <= BiddingRequirementValidator.MaxItems });
        RuleFor(r => r.DeliverBy).NotNull().WithText(new Bilingual("请填写交货日期。", "The delivery day is required."));
        RuleFor(r => r.OpensUtc).NotNull().WithText(new Bilingual("请填写报价开始时间。", "The window's start is required."));
        RuleFor(r => r.ClosesUtc).NotNull().WithText(new Bilingual("请填写报价截止时间。", "The window's end is required."));
    }

    /// <summary>The requirement the use case takes, once this validator passed.</summary>
    public static BiddingRequirement ToRequirement(RequirementRequest r) => new(
        r.PlanId!.Value, r.PlanItemId!.Value, r.Title,
        r.Items!.Select(i => new BiddingItemDraft(i.CatalogueCode, i.Name, i.Quantity, i.Unit, i.Specification)).ToList(),
        r.CeilingYuan, r.DeliveryPlace, r.DeliverBy!.Value, Utc(r.OpensUtc!.Value), Utc(r.ClosesUtc!.Value));

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
