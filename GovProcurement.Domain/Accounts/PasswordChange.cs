using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Accounts;

/// <summary>What a signed-in user types to change the password: the current one, and the new one twice.</summary>
public sealed record PasswordChange(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

/// <summary>
/// A password change's fields: the current password given, a new one that meets the policy and differs
/// from the current one, and the same new password typed twice. Whether the current password is right,
/// and what the new one may not equal (the account's name and codes), is known only when it is changed.
/// </summary>
public sealed class PasswordChangeValidator : AbstractValidator<PasswordChange>
{
    public PasswordChangeValidator(SecurityPolicy policy)
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithText(new Bilingual("请输入当前密码。", "Enter the current password."))
            .MaximumLength(PasswordRules.MaxLength).WithText(new Bilingual($"密码不超过 {PasswordRules.MaxLength} 位。", $"At most {PasswordRules.MaxLength} characters."));
        RuleFor(c => c.NewPassword).MeetsPasswordPolicy(policy, new Bilingual("请输入新密码。", "Enter a new password."));
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).When(c => !string.IsNullOrEmpty(c.NewPassword))
            .WithText(new Bilingual("新密码不能与当前密码相同。", "The new password must differ from the current one."));
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).When(c => !string.IsNullOrEmpty(c.NewPassword))
            .WithText(new Bilingual("两次输入的新密码不一致。", "The two new passwords differ."));
    }
}
