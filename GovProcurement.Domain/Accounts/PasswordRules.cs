using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Accounts;

/// <summary>The password field's rule for the input models' validators: the platform's <see cref="SecurityPolicy"/>.</summary>
public static class PasswordRules
{
    /// <summary>The longest password a form accepts.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// A password that is given, at most <see cref="MaxLength"/> characters, and meets the policy's length and
    /// character classes (<see cref="PasswordPolicyValidator.Breaches"/>); each shortfall is its own failure.
    /// What needs the account (never its name or codes) is checked by <see cref="PasswordPolicyValidator"/> when it is set.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> MeetsPasswordPolicy<T>(this IRuleBuilder<T, string?> rule, SecurityPolicy policy, Bilingual missing) =>
        rule.Custom((password, context) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                context.AddFailure(FieldRules.Failure(context.PropertyPath, missing));
                return;
            }

            if (password.Length > MaxLength)
            {
                context.AddFailure(FieldRules.Failure(context.PropertyPath, new($"密码不超过 {MaxLength} 位。", $"At most {MaxLength} characters.")));
                return;
            }

            foreach (var (_, text) in PasswordPolicyValidator.Breaches(policy, password))
            {
                context.AddFailure(FieldRules.Failure(context.PropertyPath, text));
            }
        });
}
