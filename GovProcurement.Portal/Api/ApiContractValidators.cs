using FluentValidation;
using GovProcurement.Domain.Budget;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The validators of the API's request contracts, built from the domain's shared field rules. Facts
/// only the store knows (whether the unit exists, the unit's budget lines) are looked up by the
/// endpoint and handed in; every failure reaches the client through <see cref="ValidationProblems"/>.
/// </summary>
public sealed class RoutingItemRequestValidator : AbstractValidator<RoutingItemRequest>
{
    internal static readonly Bilingual ItemRequired = new("品目不能为空。", "An item cannot be empty.");

    public RoutingItemRequestValidator()
    {
        RuleFor(i => i.CatalogueCode).CatalogueLeaf();
        RuleFor(i => i.Amount).Yuan();
    }
}

/// <summary>A preview is of one plan: at least one item, at most as many as a plan holds (Limits:PlanItems).</summary>
public sealed class RoutingPreviewRequestValidator : AbstractValidator<RoutingPreviewRequest>
{
    public RoutingPreviewRequestValidator(int maxItems, bool unitFound)
    {
        RuleFor(r => r.UnitBudgetCode).Must(_ => unitFound).WithText(new Bilingual("找不到该预算编码的单位。", "No unit has this budget code."));
        RuleFor(r => r.Items).NotEmpty().WithText(new Bilingual("至少提供一个采购品目。", "At least one item is required."))
            .Must(items => items!.Count <= maxItems).When(r => r.Items is not null, ApplyConditionTo.CurrentValidator)
            .WithText((_, items) => new Bilingual($"每个采购计划的品目最多 {maxItems} 个，本次为 {items!.Count} 个。", $"At most {maxItems} items per plan; this has {items!.Count}."));
        RuleForEach(r => r.Items).NotNull().WithText(RoutingItemRequestValidator.ItemRequired).SetValidator(new RoutingItemRequestValidator()).When(r => r.Items is { } items && items.Count <= maxItems);
    }
}

/// <summary>An item of a plan draft: a plannable catalogue item, an amount to the fen, one of the unit's budget lines of the year.</summary>
public sealed class PlanItemRequestValidator : AbstractValidator<PlanItemRequest>
{
    public const decimal MaxQuantity = 100_000_000m;

    public PlanItemRequestValidator(IReadOnlySet<string> budgetLineCodes, int fiscalYear)
    {
        RuleFor(i => i.CatalogueCode).CatalogueLeaf();
        RuleFor(i => i.Amount).Yuan();
        RuleFor(i => i.Quantity).Must(q => q is > 0m and <= MaxQuantity)
            .WithText(new Bilingual("数量必须大于零且不超过一亿。", "The quantity must be positive and at most 100,000,000."));
        RuleFor(i => i.UnitOfMeasure).Must(u => (u?.Length ?? 0) <= PlanItem.UnitMaxLength)
            .WithText(new Bilingual($"计量单位不超过 {PlanItem.UnitMaxLength} 字。", $"The unit of measure is at most {PlanItem.UnitMaxLength} characters."));
        RuleFor(i => i.BudgetLineCode).Must(code => budgetLineCodes.Contains(code?.Trim() ?? ""))
            .WithText(new Bilingual($"本单位 {fiscalYear} 年度没有该预算项目。", $"The unit has no such budget line for {fiscalYear}."));
    }
}

/// <summary>A plan draft from the budget system; the item bound is the plan's own (its refusal is the domain's).</summary>
public sealed class PlanDraftRequestValidator : AbstractValidator<PlanDraftRequest>
{
    public PlanDraftRequestValidator(IReadOnlySet<string> budgetLineCodes, int fiscalYear)
    {
        RuleFor(r => r.Title).RequiredText(ProcurementPlan.TitleMaxLength, "项目名称", "The title");
        RuleFor(r => r.ExpectedStart).NotNull().WithText(new Bilingual("请提供预计采购开始日期。", "The expected start date is required."));
        RuleFor(r => r.Items).NotEmpty().WithText(new Bilingual("至少提供一个采购品目。", "At least one item is required."));
        RuleForEach(r => r.Items).NotNull().WithText(RoutingItemRequestValidator.ItemRequired).SetValidator(new PlanItemRequestValidator(budgetLineCodes, fiscalYear));
        RuleFor(r => r.Route).EnumName<PlanDraftRequest, ProcurementRoute>();
        RuleFor(r => r.Method).EnumName<PlanDraftRequest, ProcurementMethod>();
    }
}

/// <summary>One approved budget line; a line code appears once per fiscal year in a load.</summary>
public sealed class BudgetLineRequestValidator : AbstractValidator<BudgetLineRequest>
{
    public BudgetLineRequestValidator(BudgetLinesRequest load)
    {
        RuleFor(l => l.FiscalYear).InclusiveBetween(2000, 2100).WithText(new Bilingual("预算年度不正确。", "The fiscal year is not valid."));
        RuleFor(l => l.LineCode).RequiredText(BudgetLine.CodeMaxLength, "预算项目编码", "The line code");
        RuleFor(l => l.LineCode).Must((line, code) => !load.Lines!.TakeWhile(l => !ReferenceEquals(l, line)).Any(l => l?.FiscalYear == line.FiscalYear && l.LineCode?.Trim() == code?.Trim()))
            .WithText(new Bilingual("同一年度的预算项目编码重复。", "The line code repeats for the same year."));
        RuleFor(l => l.FundSource).OptionalText(BudgetLine.FundSourceMaxLength, "资金来源", "The fund source");
        RuleFor(l => l.Amount).Yuan();
    }
}

/// <summary>A load of budget lines; how many one load may carry is the domain's bound.</summary>
public sealed class BudgetLinesRequestValidator : AbstractValidator<BudgetLinesRequest>
{
    public BudgetLinesRequestValidator()
    {
        RuleFor(r => r.Lines).NotEmpty().WithText(new Bilingual("至少提供一个预算项目。", "At least one line is required."));
        RuleForEach(r => r.Lines).NotNull().WithText(new Bilingual("预算项目不能为空。", "A line cannot be empty.")).SetValidator((load, _) => new BudgetLineRequestValidator(load));
    }
}
