using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Accounts;

/// <summary>An account to create for an organisation, as its rule defines it.</summary>
public sealed record PlannedAccount(string UserName, IReadOnlyList<string> Roles, string InitialPassword, Bilingual Label);

/// <summary>Random initial passwords: 16 characters from all four classes, from a cryptographic source.</summary>
public static class PasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.@#%+=";

    public static string Create(int length = 16)
    {
        string[] sets = [Upper, Lower, Digits, Symbols];
        var all = string.Concat(sets);
        var chars = sets.Select(set => set[System.Security.Cryptography.RandomNumberGenerator.GetInt32(set.Length)])
            .Concat(Enumerable.Range(0, length - sets.Length).Select(_ => all[System.Security.Cryptography.RandomNumberGenerator.GetInt32(all.Length)]))
            .ToArray();
        System.Security.Cryptography.RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}

/// <summary>Applies an <see cref="AccountRule"/> to an organisation.</summary>
public static class AccountPlanner
{
    public static IReadOnlyList<PlannedAccount> Plan(Organization organization, AccountRule rule)
    {
        var nameBase = NameBase(organization, rule);
        var password = InitialPassword(organization, rule);
        return organization switch
        {
            BudgetUnit when rule.ReviewerSuffix is not null =>
            [
                new(nameBase + rule.ReviewerSuffix, [Roles.PurchaserReviewer], password, new("审核", "Reviewer")),
                new(nameBase + rule.OperatorSuffix, [Roles.PurchaserOperator], password, new("经办", "Operator")),
            ],
            BudgetUnit =>
            [
                new(nameBase + rule.OperatorSuffix, [Roles.PurchaserOperator, Roles.PurchaserReviewer], password, new("经办/审核", "Operator/reviewer")),
            ],
            Agency => [new(nameBase + rule.OperatorSuffix, [Roles.Agency], password, new("代理机构", "Agency"))],
            Supplier => [new(nameBase + rule.OperatorSuffix, [Roles.Supplier], password, new("供应商", "Supplier"))],
            Regulator => [new(nameBase + rule.OperatorSuffix, [Roles.Regulator], password, new("财政部门", "Regulator"))],
            _ => throw new ArgumentOutOfRangeException(nameof(organization)),
        };
    }

    private static string NameBase(Organization organization, AccountRule rule) => rule.NameBase switch
    {
        AccountNameBase.LegacyAccountName => LegacyName(organization) ?? CodeOf(organization),
        AccountNameBase.BudgetCode => (organization as BudgetUnit)?.BudgetCode ?? Missing("预算编码", "budget code"),
        AccountNameBase.RegionAndFinanceCode => organization.RegionCode + FinanceCode(organization),
        AccountNameBase.CreditCode => CreditCode(organization) ?? Missing("统一社会信用代码", "credit code"),
        AccountNameBase.RegionCode => organization.RegionCode,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static string InitialPassword(Organization organization, AccountRule rule) => rule.PasswordSource switch
    {
        InitialPasswordSource.BudgetCode => (organization as BudgetUnit)?.BudgetCode ?? Missing("预算编码", "budget code"),
        InitialPasswordSource.FinanceCode => FinanceCode(organization),
        InitialPasswordSource.CreditCode => CreditCode(organization) ?? Missing("统一社会信用代码", "credit code"),
        InitialPasswordSource.Fixed => rule.FixedInitialPassword!,
        InitialPasswordSource.Generated => PasswordGenerator.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static string? LegacyName(Organization organization) => organization switch
    {
        BudgetUnit u => u.LegacyAccountName,
        Agency a => a.LegacyAccountName,
        _ => null,
    };

    private static string CodeOf(Organization organization) => organization switch
    {
        BudgetUnit u => u.BudgetCode,
        _ => CreditCode(organization) ?? organization.RegionCode,
    };

    private static string? CreditCode(Organization organization) => organization switch
    {
        Agency a => a.CreditCode,
        Supplier s => s.CreditCode,
        _ => null,
    };

    private static string FinanceCode(Organization organization) =>
        (organization as BudgetUnit)?.FinanceCode ?? Missing("财政编码", "finance code");

    private static string Missing(string zh, string en) => throw new DomainException(
        $"该单位所在地区的账号规则需要{zh}，请补充。",
        $"The account rule of this region needs the {en}; please provide it.");
}
