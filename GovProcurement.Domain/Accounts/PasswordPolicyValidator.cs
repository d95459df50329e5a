using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Accounts;

/// <summary>
/// The platform's password rule: the length and character classes of <see cref="SecurityPolicy"/>,
/// and never the account name, the unit's budget code or its finance code (the initial passwords).
/// </summary>
public sealed class PasswordPolicyValidator(IOptions<SecurityPolicy> policy, IDbContextFactory<GovProcurementDbContext> store)
    : IPasswordValidator<ApplicationUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var errors = await CheckAsync(user, password);
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors.Select(e => new IdentityError { Code = e.Code, Description = e.Text.ToString() })]);
    }

    /// <summary>
    /// Every way <paramref name="password"/> breaks the rule for <paramref name="user"/>, also for an
    /// account not created yet (a supplier's registration sets its password before approval).
    /// </summary>
    public async Task<IReadOnlyList<(string Code, Bilingual Text)>> CheckAsync(ApplicationUser user, string? password)
    {
        password ??= "";
        var errors = Breaches(policy.Value, password).ToList();
        foreach (var (label, value) in await ForbiddenValuesAsync(user))
        {
            if (string.Equals(password, value, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(Error("PasswordEqualsCode", new($"新密码不能与{label.Zh}相同。", $"The new password may not equal the {label.En}.")));
            }
        }

        return errors;
    }

    /// <summary>
    /// How <paramref name="password"/> falls short of the policy's length and character classes: the part of
    /// the rule that needs no account, which the forms' validators run at the password field.
    /// </summary>
    public static IEnumerable<(string Code, Bilingual Text)> Breaches(SecurityPolicy rules, string? password)
    {
        password ??= "";
        if (password.Length < rules.MinimumPasswordLength)
        {
            yield return Error("PasswordTooShort", new($"密码至少 {rules.MinimumPasswordLength} 位。", $"The password needs at least {rules.MinimumPasswordLength} characters."));
        }

        if (CharacterClasses(password) < rules.RequiredCharacterClasses)
        {
            yield return Error("PasswordClasses", new(
                $"密码须包含大写字母、小写字母、数字、符号中的至少 {rules.RequiredCharacterClasses} 类。",
                $"The password needs at least {rules.RequiredCharacterClasses} of: uppercase, lowercase, digits, symbols."));
        }
    }

    public static int CharacterClasses(string password) =>
        new[] { password.Any(char.IsAsciiLetterUpper), password.Any(char.IsAsciiLetterLower), password.Any(char.IsAsciiDigit), password.Any(c => !char.IsAsciiLetterOrDigit(c)) }
            .Count(present => present);

    private async Task<List<(Bilingual Label, string Value)>> ForbiddenValuesAsync(ApplicationUser user)
    {
        var values = new List<(Bilingual Label, string Value)>();
        if (!string.IsNullOrEmpty(user.UserName))
        {
            values.Add((new("账号名", "account name"), user.UserName));
        }

        await using var db = await store.CreateDbContextAsync();
        foreach (var fixedPassword in await db.AccountRules.Where(r => r.FixedInitialPassword != null).Select(r => r.FixedInitialPassword!).Distinct().ToListAsync())
        {
            values.Add((new("统一初始密码", "common initial password"), fixedPassword));
        }

        if (user.OrganizationId is { } organizationId)
        {
            if (await db.Organizations.OfType<BudgetUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == organizationId) is { } unit)
            {
                values.Add((new("预算编码", "budget code"), unit.BudgetCode));
                if (unit.FinanceCode is not null)
                {
                    values.Add((new("财政编码", "finance code"), unit.FinanceCode));
                }
            }
        }

        return values;
    }

    private static (string Code, Bilingual Text) Error(string code, Bilingual description) => (code, description);
}
