using FluentValidation;
using GovProcurement.Domain.Catalogue;
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
        RuleFor(f => f.Title).NotNull().Says("请提供项目名称", "The title is required").MaximumLength(ProcurementPlan.TitleMaxLength)
            .Says($"项目名称不超过 {ProcurementPlan.TitleMaxLength} 字", $"The title is at most {ProcurementPlan.TitleMaxLength} characters");
        RuleFor(f => f.Route).IsInEnum().Says("请选择列出的实施途径", "Choose one of the listed routes");
        RuleFor(f => f.Method).IsInEnum().Says("请选择列出的采购方式", "Choose one of the listed methods");
        RuleFor(f => f.Items).NotNull().Says("请提供采购品目", "The items are required");
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
        RuleFor(i => i.CatalogueCode).Must(code => CatalogueDirectory.Shipped.Find(code) is { } item && CatalogueDirectory.Shipped.IsLeaf(item.Code))
            .Says("请选择目录中可以编报的采购品目", "Choose a catalogue item that can be planned");
        RuleFor(i => i.CatalogueName).NotNull().Says("请提供品目名称", "The item name is required").MaximumLength(PlanItem.NameMaxLength)
            .Says($"品目名称不超过 {PlanItem.NameMaxLength} 字", $"The item name is at most {PlanItem.NameMaxLength} characters");
        RuleFor(i => i.Quantity).InclusiveBetween(0, MaxQuantity)
            .Says("数量不能为负数，且不超过一亿", "The quantity cannot be negative and is at most 100,000,000");
        RuleFor(i => i.UnitOfMeasure).MaximumLength(PlanItem.UnitMaxLength)
            .Says($"计量单位不超过 {PlanItem.UnitMaxLength} 字", $"The unit of measure is at most {PlanItem.UnitMaxLength} characters");
        RuleFor(i => i.Amount).Must(amount => amount >= Money.Zero)
            .Says("金额不能为负数", "The amount cannot be negative");
    }
}

/// <summary>Gives a plan rule its message in both languages, Chinese first.</summary>
internal static class PlanRuleMessages
{
    public static IRuleBuilderOptions<T, TProperty> Says<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string zh, string en)
    {
        var text = new Bilingual(zh, en);
        return rule.WithMessage(_ => text.ToString()).WithState(_ => text);
    }
}
