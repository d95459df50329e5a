using FluentValidation;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Projects;

/// <summary>A lot's own fields: a name, a catalogue code, a budget and a maximum price within it.</summary>
public sealed class LotDraftValidator : AbstractValidator<LotDraft>
{
    public LotDraftValidator()
    {
        RuleFor(l => l.Name).RequiredText(ProjectLot.NameMaxLength, "采购包名称", "The lot's name");
        RuleFor(l => l.CatalogueCode).Must(code => CatalogueDirectory.Shipped.Find(code) is not null)
            .WithText((_, code) => new Bilingual($"品目编码“{code}”不在采购品目目录中。", $"{code} is not a catalogue code."));
        RuleFor(l => l.Budget).Positive("预算金额", "The budget");
        RuleFor(l => l.MaxPrice).Positive("最高限价", "The maximum price")
            .Must((lot, max) => max <= lot.Budget).WithText(new Bilingual("最高限价不得超过预算金额。", "The maximum price is within the budget."));
        RuleFor(l => l.Requirements).OptionalText(ProjectLot.RequirementsMaxLength, "采购需求", "The requirements");
    }
}

/// <summary>
/// The fields of a project's set-up the agency types; what depends on the project and the rules in
/// force (the lots' total against the filed plan, the price weight, the SME deduction) is checked by
/// <see cref="ProjectPreparation"/> on the day it saves and announces.
/// </summary>
public sealed class ProjectSetupValidator : AbstractValidator<ProjectSetup>
{
    public static ProjectSetupValidator Instance { get; } = new();

    public ProjectSetupValidator()
    {
        RuleFor(s => s.Lots).NotEmpty().WithText(new Bilingual("请至少设置一个采购包。", "Add at least one lot."));
        RuleForEach(s => s.Lots).SetValidator(new LotDraftValidator());
        RuleFor(s => s.Qualifications).OptionalText(ProjectSetup.QualificationsMaxLength, "特定资格要求", "The qualifications");
    }
}
