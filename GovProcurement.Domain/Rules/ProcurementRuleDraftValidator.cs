using FluentValidation;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Rules;

/// <summary>A new rule version's fields, on the day it is entered; the rule dialog shows these at the fields.</summary>
public sealed class ProcurementRuleDraftValidator : AbstractValidator<ProcurementRuleDraft>
{
    public ProcurementRuleDraftValidator(DateOnly today)
    {
        RuleFor(d => d.RegionCode).PlatformRegion();
        RuleFor(d => d.EffectiveFrom).GreaterThan(today)
            .WithText(new Bilingual("新规则只能从明天或以后生效，不能改写已生效的规则。", "A new rule can only start tomorrow or later; rules in force are not rewritten."));
        RuleFor(d => d.Value).GreaterThan(0).WithText(new Bilingual("规则数值必须大于零。", "The value must be positive."));
        RuleFor(d => d.Citation).Must(c => !string.IsNullOrWhiteSpace(c) && c.Length <= ProcurementRule.CitationMaxLength)
            .WithText(new Bilingual($"请填写规则依据（不超过 {ProcurementRule.CitationMaxLength} 字）。", $"Give the rule's source (at most {ProcurementRule.CitationMaxLength} characters)."));
        RuleFor(d => d.CatalogueCodes).Must(codes => codes.All(c => CatalogueDirectory.Shipped.Find(c) is not null))
            .WithText((_, codes) => Unknown(codes.First(c => CatalogueDirectory.Shipped.Find(c) is null)));
    }

    private static Bilingual Unknown(string code) => new($"品目编码 {code} 不在采购品目目录中。", $"{code} is not a catalogue code.");
}
