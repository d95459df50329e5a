using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Mall.Auctions;

/// <summary>The requirement as the purchaser posts it from a plan line: what, the ceiling and step, when it starts and how long it lasts.</summary>
public sealed record AuctionRequirement(
    Guid PlanId,
    Guid PlanItemId,
    string? Title,
    IReadOnlyList<AuctionItemDraft> Items,
    decimal CeilingYuan,
    decimal StepYuan,
    DateTime OpensUtc,
    int DurationMinutes);

/// <summary>What the requirement is checked against: the plan line, its remaining amount, the rules in force and the time.</summary>
public sealed record AuctionRequirementContext(string LineCatalogueCode, Money Remaining, AuctionTerms Terms, DateTime NowUtc);

/// <summary>
/// The requirement's fields: a title, 1 to <see cref="MaxItems"/> items of the plan line's catalogue
/// item, a ceiling not above the line's remaining amount, a step at least the rule's share of the
/// ceiling and below it, a start at least the rule's lead after now, and a duration from the rule's
/// minimum to <see cref="MaxDurationMinutes"/>.
/// </summary>
public sealed class AuctionRequirementValidator : AbstractValidator<AuctionRequirement>
{
    public const int MaxItems = 20;
    public const int MaxDurationMinutes = 24 * 60;
    public const int MaxLeadDays = 60;
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>A start picked to the minute in a form may fall a little short of the exact lead.</summary>
    private static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(5);

    public AuctionRequirementValidator(AuctionRequirementContext context)
    {
        var terms = context.Terms;
        RuleFor(r => r.Title).RequiredText(ReverseAuction.TitleMaxLength, "反拍项目名称", "The title");
        RuleFor(r => r.Items).Must(items => items.Count is > 0 and <= MaxItems)
            .WithText(new Bilingual($"请填写 1 至 {MaxItems} 个采购标的。", $"Give 1 to {MaxItems} items."));
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.CatalogueCode).Must(code => code?.Trim() == context.LineCatalogueCode)
                .WithText(new Bilingual($"标的品目应为计划明细的品目 {context.LineCatalogueCode}。", $"Items are of the plan line's catalogue item {context.LineCatalogueCode}."));
            item.RuleFor(i => i.Name).RequiredText(AuctionItem.NameMaxLength, "标的名称", "The item's name");
            item.RuleFor(i => i.Quantity).GreaterThan(0m).WithText(new Bilingual("数量必须大于零。", "The quantity must be positive."))
                .LessThanOrEqualTo(MaxQuantity).WithText(new Bilingual($"数量不超过 {MaxQuantity:N0}。", $"The quantity is at most {MaxQuantity:N0}."));
            item.RuleFor(i => i.Unit).OptionalText(AuctionItem.UnitMaxLength, "计量单位", "The unit");
            item.RuleFor(i => i.Specification).OptionalText(AuctionItem.SpecificationMaxLength, "规格要求", "The specification");
        });
        RuleFor(r => r.CeilingYuan).Yuan()
            .Must(yuan => yuan <= context.Remaining.Yuan)
            .WithText((_, yuan) => new Bilingual(
                $"最高限价 {yuan:N2} 元超过计划明细的剩余额度 {context.Remaining}。",
                $"The ceiling of {yuan:N2} yuan is above the plan line's remaining {context.Remaining}."));
        RuleFor(r => r.StepYuan).Yuan()
            .Must((r, step) => r.CeilingYuan <= 0 || step >= terms.MinimumStep(Amounts.Safe(r.CeilingYuan)).Yuan)
            .WithText((r, _) => new Bilingual(
                $"报价幅度不低于最高限价的 {terms.MinimumStepBasisPoints / 100m:0.##}%，即 {terms.MinimumStep(Amounts.Safe(r.CeilingYuan))}（{terms.MinimumStepCitation}）。",
                $"The step is at least {terms.MinimumStepBasisPoints / 100m:0.##}% of the ceiling, {terms.MinimumStep(Amounts.Safe(r.CeilingYuan))} ({terms.MinimumStepCitation})."))
            .Must((r, step) => step < r.CeilingYuan)
            .WithText(new Bilingual("报价幅度应小于最高限价。", "The step is below the ceiling."));
        RuleFor(r => r.OpensUtc)
            .Must(opens => opens.Kind == DateTimeKind.Utc && opens >= context.NowUtc + terms.MinimumLead - StartTolerance)
            .WithText(new Bilingual(
                $"开始时间应在发布后至少 {terms.MinimumLead.TotalHours:0} 小时（{terms.MinimumLeadCitation}）。",
                $"The auction starts at least {terms.MinimumLead.TotalHours:0} hours after posting ({terms.MinimumLeadCitation})."))
            .Must(opens => opens <= context.NowUtc.AddDays(MaxLeadDays))
            .WithText(new Bilingual($"开始时间不晚于 {MaxLeadDays} 天后。", $"The auction starts within {MaxLeadDays} days."));
        RuleFor(r => r.DurationMinutes)
            .Must(minutes => minutes >= terms.MinimumDuration.TotalMinutes)
            .WithText(new Bilingual(
                $"反拍时长不少于 {terms.MinimumDuration.TotalMinutes:0} 分钟（{terms.MinimumDurationCitation}）。",
                $"The auction lasts at least {terms.MinimumDuration.TotalMinutes:0} minutes ({terms.MinimumDurationCitation})."))
            .LessThanOrEqualTo(MaxDurationMinutes)
            .WithText(new Bilingual($"反拍时长不超过 {MaxDurationMinutes} 分钟。", $"The auction lasts at most {MaxDurationMinutes} minutes."));
    }
}

/// <summary>A supplier's bid as the form sends it.</summary>
public sealed record BidForm(decimal PriceYuan);

/// <summary>A bid: an amount to the fen, not above the ceiling and at least one step below the current lowest, checked against the auction as just read.</summary>
public sealed class BidFormValidator : AbstractValidator<BidForm>
{
    public BidFormValidator(ReverseAuction auction)
    {
        RuleFor(b => b.PriceYuan).Yuan()
            .Must(yuan => yuan <= auction.HighestAcceptable.Yuan)
            .WithText((_, yuan) => auction.RefusedPrice(Amounts.Safe(yuan)));
    }
}

/// <summary>A form's amount as money for a message, clamped to the platform's range and rounded to the fen (the field's own rule reports what is wrong with it).</summary>
internal static class Amounts
{
    public static Money Safe(decimal yuan) => Money.FromYuan(Math.Round(Math.Clamp(yuan, 0m, Money.MaxYuan), 2));
}
