using FluentValidation;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Mall.Frameworks;

/// <summary>An item of the agreement as the editor sends it.</summary>
public sealed record FrameworkItemDraft(string? CatalogueCode, string? Name, string? Specification, string? Unit, decimal PriceYuan);

/// <summary>The agreement as the agency records it.</summary>
public sealed record FrameworkDraft(string? Title, string? Number, FrameworkKind Kind, string? RegionCode, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<FrameworkItemDraft> Items);

/// <summary>The longest term allowed for the agreement's category, from the rule in force on its start day; null when no rule covers it.</summary>
public sealed record FrameworkTermLimit(int Years, string Citation);

/// <summary>What a draft is checked against: the recording organisation's region and the term limit of the items' category.</summary>
public sealed record FrameworkDraftContext(string OwnerRegionCode, FrameworkTermLimit? TermLimit);

/// <summary>
/// A draft's fields: title and number, a covered region within the owner's, 1 to <see cref="MaxItems"/>
/// items of goods or services of one category, each with a unit and a price, and a term that starts on
/// or after 2022-03-01 and is not longer than the rule allows.
/// </summary>
public sealed class FrameworkDraftValidator : AbstractValidator<FrameworkDraft>
{
    public const int MaxItems = 50;

    public FrameworkDraftValidator(FrameworkDraftContext context)
    {
        RuleFor(d => d.Title).RequiredText(FrameworkAgreement.TitleMaxLength, "协议名称", "The title");
        RuleFor(d => d.Number).RequiredText(FrameworkAgreement.NumberMaxLength, "协议编号", "The number");
        RuleFor(d => d.Kind).IsInEnum().WithText(new Bilingual("请选择封闭式或开放式。", "Choose closed or open."));
        RuleFor(d => d.RegionCode).Must(code => RegionDirectory.Guangdong.Find(code) is { IsOnPlatform: true } && RegionDirectory.Guangdong.IsWithin(code!, context.OwnerRegionCode))
            .WithText(new Bilingual("适用地区应为本机构所在地区或其下级地区。", "The region covered is your own region or one below it."));
        RuleFor(d => d.Items).Must(items => items is { Count: > 0 and <= MaxItems })
            .WithText(new Bilingual($"请填写 1 至 {MaxItems} 个协议标的。", $"Give 1 to {MaxItems} items."));
        RuleFor(d => d.Items).Must(items => items.Select(i => Category(i.CatalogueCode)).Distinct().Count() <= 1)
            .When(d => d.Items is { Count: > 0 })
            .WithText(new Bilingual("一份框架协议的标的应同为货物或同为服务。", "An agreement's items are all goods or all services."));
        RuleForEach(d => d.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.CatalogueCode).CatalogueLeaf();
            item.RuleFor(i => i.Name).RequiredText(FrameworkItem.NameMaxLength, "标的名称", "The item's name");
            item.RuleFor(i => i.Specification).OptionalText(FrameworkItem.SpecificationMaxLength, "规格", "The specification");
            item.RuleFor(i => i.Unit).RequiredText(FrameworkItem.UnitMaxLength, "计量单位", "The unit");
            item.RuleFor(i => i.PriceYuan).Yuan();
        });
        RuleFor(d => d.EndsOn).Must((d, end) => end >= d.StartsOn)
            .WithText(new Bilingual("协议终止日期不能早于起始日期。", "The term cannot end before it starts."));
        RuleFor(d => d.StartsOn).Must(_ => context.TermLimit is not null)
            .WithText(new Bilingual(
                $"框架协议采购适用于 {FrameworkRules.InForceFrom:yyyy-MM-dd} 起的货物和服务项目（{FrameworkRules.Measures}）。",
                $"Framework agreements apply to goods and services from {FrameworkRules.InForceFrom:yyyy-MM-dd} ({FrameworkRules.Measures})."));
        RuleFor(d => d.EndsOn).Must((d, end) => end <= FrameworkAgreement.LastDayOf(d.StartsOn, context.TermLimit!.Years))
            .When(d => context.TermLimit is not null && d.EndsOn >= d.StartsOn)
            .WithText((d, _) => new Bilingual(
                $"协议期限不超过 {context.TermLimit!.Years} 年，最迟至 {FrameworkAgreement.LastDayOf(d.StartsOn, context.TermLimit.Years):yyyy-MM-dd}（{context.TermLimit.Citation}）。",
                $"The term is at most {context.TermLimit!.Years} year(s), ending by {FrameworkAgreement.LastDayOf(d.StartsOn, context.TermLimit.Years):yyyy-MM-dd} ({context.TermLimit.Citation})."));
    }

    /// <summary>The category of the agreement's items (the first known one), which picks the term rule.</summary>
    public static ProcurementCategory? Category(IEnumerable<FrameworkItemDraft> items) =>
        items.Select(i => Category(i.CatalogueCode)).FirstOrDefault(c => c is not null);

    private static ProcurementCategory? Category(string? code) => CatalogueDirectory.Shipped.Find(code)?.Category;
}

/// <summary>A supplier admitted to an agreement, with its own price per item line where it differs from the agreement price.</summary>
public sealed record AdmissionForm(Guid SupplierId, IReadOnlyDictionary<int, decimal>? PricesYuan = null);

/// <summary>A call-off as the form on the plan's e-mall panel sends it.</summary>
public sealed record CallOffForm(Guid PlanId, Guid PlanItemId, Guid AgreementId, Guid ItemId, CallOffMethod Method, int Quantity, Guid? SupplierId = null, DateTime? ClosesUtc = null);

/// <summary>A call-off's fields: a quantity, the supplier for direct selection, a close far enough away for a second competition.</summary>
public sealed class CallOffFormValidator : AbstractValidator<CallOffForm>
{
    public const int MaxQuantity = 1_000_000;

    public CallOffFormValidator(DateTime nowUtc, SecondCompetitionTerms terms)
    {
        RuleFor(f => f.Method).IsInEnum().WithText(new Bilingual("请选择采购方式。", "Choose a method."));
        RuleFor(f => f.Quantity).InclusiveBetween(1, MaxQuantity)
            .WithText(new Bilingual($"数量为 1 至 {MaxQuantity:N0}。", $"The quantity is 1 to {MaxQuantity:N0}."));
        RuleFor(f => f.SupplierId).NotNull().When(f => f.Method == CallOffMethod.DirectSelection)
            .WithText(new Bilingual("直接选定请选择入围供应商。", "Choose the admitted supplier."));
        RuleFor(f => f.ClosesUtc).Must(closes => closes is { } c && c - nowUtc >= terms.MinimumWindow && c - nowUtc <= TimeSpan.FromDays(30))
            .When(f => f.Method == CallOffMethod.SecondCompetition)
            .WithText(new Bilingual(
                $"二次竞价报价时间不少于 {terms.MinimumWindow.TotalHours:0} 小时、不超过 30 天（{terms.MinimumWindowCitation}）。",
                $"A second competition stays open at least {terms.MinimumWindow.TotalHours:0} hours and at most 30 days ({terms.MinimumWindowCitation})."));
    }
}

/// <summary>A second-competition quote: a unit price to the fen, not above the supplier's agreement price.</summary>
public sealed record CallOffQuoteForm(decimal UnitPriceYuan);

public sealed class CallOffQuoteFormValidator : AbstractValidator<CallOffQuoteForm>
{
    public CallOffQuoteFormValidator(Money ceiling)
    {
        RuleFor(q => q.UnitPriceYuan).Yuan()
            .Must(yuan => yuan <= ceiling.Yuan)
            .WithText(new Bilingual($"报价不能高于协议价格 {ceiling}。", $"The quote cannot be above the agreement price of {ceiling}."));
    }
}
