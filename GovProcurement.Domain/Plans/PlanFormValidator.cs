using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Plans;

/// <summary>
/// The bounds of a plan's content as the form or the API sends it. A draft may be incomplete (that is
/// checked on submission, by <see cref="PlanCompleteness"/>), but never out of bounds. Each message is
/// in the current UI culture; the failure's <c>CustomState</c> holds it in both languages.
/// </summary>
public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator()
    {
        RuleFor(f => f.Title).NotNull().WithText(new Bilingual("请提供项目名称", "The title is required")).MaximumLength(ProcurementPlan.TitleMaxLength)
            .WithText(new Bilingual($"项目名称不超过 {ProcurementPlan.TitleMaxLength} 字", $"The title is at most {ProcurementPlan.TitleMaxLength} characters"));
        RuleFor(f => f.Route).IsInEnum().WithText(new Bilingual("请选择列出的实施途径", "Choose one of the listed routes"));
        RuleFor(f => f.Method).IsInEnum().WithText(new Bilingual("请选择列出的采购方式", "Choose one of the listed methods"));
        RuleFor(f => f.Items).NotNull().WithText(new Bilingual("请提供采购品目", "The items are required"));
        RuleForEach(f => f.Items).SetValidator(new PlanItemDraftValidator());
    }
}

/// <summary>The bounds of one plan line: a catalogue item that can be planned, a sensible quantity, a non-negative amount.</summary>
public sealed class PlanItemDraftValidator : AbstractValidator<PlanItemDraft>
{
    /// <summary>The largest quantity a line may hold: one hundred million of its unit.</summary>
    public const decimal MaxQuantity = 100_000_000m;

    public PlanItemDraftValidator()
    {
        RuleFor(i => i.CatalogueCode).CatalogueLeaf();
        RuleFor(i => i.CatalogueName).NotNull().WithText(new Bilingual("请提供品目名称", "The item name is required")).MaximumLength(PlanItem.NameMaxLength)
            .WithText(new Bilingual($"品目名称不超过 {PlanItem.NameMaxLength} 字", $"The item name is at most {PlanItem.NameMaxLength} characters"));
        RuleFor(i => i.Quantity).InclusiveBetween(0, MaxQuantity)
            .WithText(new Bilingual("数量不能为负数，且不超过一亿", "The quantity cannot be negative and is at most 100,000,000"));
        RuleFor(i => i.UnitOfMeasure).MaximumLength(PlanItem.UnitMaxLength)
            .WithText(new Bilingual($"计量单位不超过 {PlanItem.UnitMaxLength} 字", $"The unit of measure is at most {PlanItem.UnitMaxLength} characters"));
        RuleFor(i => i.Amount).Must(amount => amount >= Money.Zero)
            .WithText(new Bilingual("金额不能为负数", "The amount cannot be negative"));
    }
}
