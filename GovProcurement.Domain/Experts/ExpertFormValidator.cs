using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Experts;

/// <summary>What a new expert needs; the library page shows these at the fields.</summary>
public sealed class ExpertFormValidator : AbstractValidator<ExpertForm>
{
    public const int EmployerMaxLength = 200;

    public static ExpertFormValidator Instance { get; } = new();

    public ExpertFormValidator()
    {
        RuleFor(f => f.Name).RequiredText(Expert.NameMaxLength, "专家姓名", "The name");
        RuleFor(f => f.RegionCode).PlatformRegion();
        RuleFor(f => f.Specialties).Must(s => ExpertLibrary.SpecialtiesOf(s).Length > 0)
            .WithText(new Bilingual("请至少填写一个专业（品目编码前缀，如 A02）。", "Give at least one specialty (a catalogue code prefix such as A02)."));
        RuleFor(f => f.Employer).OptionalText(EmployerMaxLength, "工作单位", "The employer");
        RuleFor(f => f.EmployerBudgetCode).OptionalText(BudgetUnit.CodeMaxLength, "工作单位预算编码", "The employer's budget code");
    }
}
