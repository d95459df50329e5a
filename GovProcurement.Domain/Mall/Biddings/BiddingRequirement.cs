using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Biddings;

/// <summary>An item of the requirement as the form sends it.</summary>
public sealed record BiddingItemDraft(string? CatalogueCode, string? Name, decimal Quantity, string? Unit, string? Specification);

/// <summary>The requirement as the purchaser posts it from a plan line.</summary>
public sealed record BiddingRequirement(
    Guid PlanId,
    Guid PlanItemId,
    string? Title,
    IReadOnlyList<BiddingItemDraft> Items,
    decimal CeilingYuan,
    string? DeliveryPlace,
    DateOnly DeliverBy,
    DateTime OpensUtc,
    DateTime ClosesUtc);

/// <summary>What the requirement is checked against: the plan line, its remaining amount, the rules in force and the time.</summary>
public sealed record BiddingRequirementContext(string LineCatalogueCode, Money Remaining, BiddingTerms Terms, DateTime NowUtc);

/// <summary>
/// The requirement's fields: a title, 1 to <see cref="MaxItems"/> items of the plan line's catalogue
/// item, a ceiling not above the line's remaining amount, a delivery place and day after the close,
/// and a quote window not in the past, at least the rule's minimum long and at most
/// <see cref="MaxWindowDays"/> days.
/// </summary>
public sealed class BiddingRequirementValidator : AbstractValidator<BiddingRequirement>
{
    public const int MaxItems = 20;
    public const int MaxWindowDays = 60;
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>A start picked to the minute in a form is "now" even when the minute has begun.</summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(5);

    public BiddingRequirementValidator(BiddingRequirementContext context)
    {
        var minimumHours = (int)context.Terms.MinimumWindow.TotalHours;
        RuleFor(r => r.Title).RequiredText(OnlineBidding.TitleMaxLength, "竞价项目名称", "The title");
        RuleFor(r => r.Items).Must(items => items.Count is > 0 and <= MaxItems)
            .WithText(new Bilingual($"请填写 1 至 {MaxItems} 个采购标的。", $"Give 1 to {MaxItems} items."));
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.CatalogueCode).Must(code => code?.Trim() == context.LineCatalogueCode)
                .WithText(new Bilingual($"标的品目应为计划明细的品目 {context.LineCatalogueCode}。", $"Items are of the plan line's catalogue item {context.LineCatalogueCode}."));
            item.RuleFor(i => i.Name).RequiredText(BiddingItem.NameMaxLength, "标的名称", "The item's name");
            item.RuleFor(i => i.Quantity).GreaterThan(0m).WithText(new Bilingual("数量必须大于零。", "The quantity must be positive."))
                .LessThanOrEqualTo(MaxQuantity).WithText(new Bilingual($"数量不超过 {MaxQuantity:N0}。", $"The quantity is at most {MaxQuantity:N0}."));
            item.RuleFor(i => i.Unit).OptionalText(BiddingItem.UnitMaxLength, "计量单位", "The unit");
            item.RuleFor(i => i.Specification).OptionalText(BiddingItem.SpecificationMaxLength, "规格要求", "The specification");
        });
        RuleFor(r => r.CeilingYuan).Yuan()
            .Must(yuan => yuan <= context.Remaining.Yuan)
            .WithText((_, yuan) => new Bilingual(
                $"最高限价 {yuan:N2} 元超过计划明细的剩余额度 {context.Remaining}。",
                $"The ceiling of {yuan:N2} yuan is above the plan line's remaining {context.Remaining}."));
        RuleFor(r => r.DeliveryPlace).RequiredText(OnlineBidding.DeliveryPlaceMaxLength, "交货地点", "The delivery place");
        RuleFor(r => r.DeliverBy).Must((r, day) => day > BeijingTime.Day(r.ClosesUtc))
            .WithText(new Bilingual("交货日期应晚于报价截止日。", "Delivery is due after the quote window closes."));
        RuleFor(r => r.OpensUtc).Must(opens => opens >= context.NowUtc - StartTolerance)
            .WithText(new Bilingual("报价开始时间不能早于现在。", "The window cannot start in the past."));
        RuleFor(r => r.ClosesUtc)
            .Must((r, closes) => closes - Max(r.OpensUtc, context.NowUtc) >= context.Terms.MinimumWindow)
            .WithText(new Bilingual(
                $"报价时间不少于 {minimumHours} 小时（{context.Terms.MinimumWindowCitation}）。",
                $"The quote window lasts at least {minimumHours} hours ({context.Terms.MinimumWindowCitation})."))
            .Must((r, closes) => closes - r.OpensUtc <= TimeSpan.FromDays(MaxWindowDays))
            .WithText(new Bilingual($"报价时间不超过 {MaxWindowDays} 天。", $"The quote window lasts at most {MaxWindowDays} days."));
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

/// <summary>A supplier's quote as the form sends it.</summary>
public sealed record QuoteForm(decimal PriceYuan);

/// <summary>A quote: an amount to the fen, not above the ceiling.</summary>
public sealed class QuoteFormValidator : AbstractValidator<QuoteForm>
{
    public QuoteFormValidator(Money ceiling)
    {
        RuleFor(q => q.PriceYuan).Yuan()
            .Must(yuan => yuan <= ceiling.Yuan)
            .WithText(new Bilingual($"报价不能高于最高限价 {ceiling}。", $"The quote cannot be above the ceiling of {ceiling}."));
    }
}
