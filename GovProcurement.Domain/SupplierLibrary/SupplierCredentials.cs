using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>What a supplier registers with: its unified social credit code (the account name to be) and the password it chooses.</summary>
public sealed record SupplierCredentials(string? CreditCode, string? Password);

/// <summary>
/// A registration's credentials: a credit code with the right length, characters and check character, and a
/// password under the platform's policy. That the password is not the code itself nor a common initial
/// password is checked by <see cref="PasswordPolicyValidator"/> when the registration is stored.
/// </summary>
public sealed class SupplierCredentialsValidator : AbstractValidator<SupplierCredentials>
{
    public SupplierCredentialsValidator(SecurityPolicy policy)
    {
        RuleFor(c => c.CreditCode).CreditCode();
        RuleFor(c => c.Password).MeetsPasswordPolicy(policy, new Bilingual("请设置密码。", "Choose a password."));
    }
}
