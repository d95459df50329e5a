using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Accounts;

/// <summary>A new account rule version's fields, on the day it is entered; the rule dialog shows these at the fields.</summary>
public sealed class AccountRuleDraftValidator : AbstractValidator<AccountRuleDraft>
{
    public AccountRuleDraftValidator(DateOnly today)
    {
        var suffix = new Bilingual($"账号后缀只能是字母或数字，不超过 {AccountRule.SuffixMaxLength} 位。", $"Suffixes are letters or digits, at most {AccountRule.SuffixMaxLength}.");
        RuleFor(d => d.RegionCode).PlatformRegion();
        RuleFor(d => d.EffectiveFrom).GreaterThan(today)
            .WithText(new Bilingual("新规则只能从明天或以后生效，不能改写已生效的规则。", "A new rule can only start tomorrow or later; rules in force are not rewritten."));
        RuleFor(d => d.Citation).Must(c => !string.IsNullOrWhiteSpace(c) && c.Length <= AccountRule.CitationMaxLength)
            .WithText(new Bilingual($"请填写规则依据（不超过 {AccountRule.CitationMaxLength} 字）。", $"Give the rule's source (at most {AccountRule.CitationMaxLength} characters)."));
        RuleFor(d => d.OperatorSuffix).Must(Suffix).WithText(suffix);
        RuleFor(d => d.ReviewerSuffix).Must(Suffix).WithText(suffix)
            .Must((d, reviewer) => d.Kind == OrganizationKind.BudgetUnit || string.IsNullOrWhiteSpace(reviewer))
            .WithText(new Bilingual("只有预算单位设经办、审核两个账号。", "Only budget units have separate operator and reviewer accounts."));
        RuleFor(d => d.NameBase).Must((d, _) => CodesExist(d))
            .WithText(new Bilingual("账号构成或初始密码使用了该类机构没有的编码。", "The rule uses a code this kind of organisation does not have."));
        RuleFor(d => d.FixedInitialPassword).NotEmpty().When(d => d.PasswordSource == InitialPasswordSource.Fixed)
            .WithText(new Bilingual("统一初始密码不能为空。", "The common initial password is required."));
    }

    private static bool Suffix(string? suffix) => suffix is null || (suffix.Length <= AccountRule.SuffixMaxLength && suffix.All(char.IsAsciiLetterOrDigit));

    private static bool CodesExist(AccountRuleDraft d)
    {
        var needsUnitCodes = d.NameBase is AccountNameBase.BudgetCode or AccountNameBase.RegionAndFinanceCode
            || d.PasswordSource is InitialPasswordSource.BudgetCode or InitialPasswordSource.FinanceCode;
        var needsCreditCode = d.NameBase == AccountNameBase.CreditCode || d.PasswordSource == InitialPasswordSource.CreditCode;
        return !(needsUnitCodes && d.Kind != OrganizationKind.BudgetUnit) && !(needsCreditCode && d.Kind is not (OrganizationKind.Agency or OrganizationKind.Supplier));
    }
}
