using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Accounts;

/// <summary>How an account name is built.</summary>
public enum AccountNameBase
{
    /// <summary>The unit's account name in the old system, or its budget code when it had none.</summary>
    LegacyAccountName = 1,
    BudgetCode = 2,

    /// <summary>Region code followed by the finance code (区划编码 + 财政编码).</summary>
    RegionAndFinanceCode = 3,
    CreditCode = 4,
    RegionCode = 5,
}

/// <summary>Where the initial password comes from.</summary>
public enum InitialPasswordSource
{
    BudgetCode = 1,
    FinanceCode = 2,
    CreditCode = 3,
    Fixed = 4,

    /// <summary>A random password made for each account and shown once to the administrator.</summary>
    Generated = 5,
}

/// <summary>Which regions a rule covers, relative to its region.</summary>
public enum RegionScope
{
    /// <summary>The region and everything below it.</summary>
    SelfAndBelow = 1,

    /// <summary>Only the regions below it (e.g. Huizhou's counties, not Huizhou city level).</summary>
    BelowOnly = 2,

    /// <summary>Only the region itself (e.g. Huizhou city level, not its counties).</summary>
    SelfOnly = 3,
}

/// <summary>
/// A rule, kept as data, for the accounts an organisation receives: their names, the roles
/// each one holds and the initial password. Sources conflict between regions, so the rule is
/// chosen per organisation kind and region; the most specific region wins. A rule is never
/// edited once in force: a change is a new rule with its own effective date.
/// </summary>
public sealed class AccountRule : DatedRule
{
    public const int CitationMaxLength = 400;
    public const int SuffixMaxLength = 8;

    private AccountRule()
    {
        RegionCode = Citation = OperatorSuffix = "";
    }

    public AccountRule(
        OrganizationKind kind,
        string regionCode,
        RegionScope scope,
        AccountNameBase nameBase,
        string operatorSuffix,
        string? reviewerSuffix,
        InitialPasswordSource passwordSource,
        string? fixedInitialPassword,
        DateOnly effectiveFrom,
        string citation)
    {
        if (passwordSource == InitialPasswordSource.Fixed && string.IsNullOrWhiteSpace(fixedInitialPassword))
        {
            throw new DomainException("固定初始密码规则必须给出初始密码。", "A fixed-password rule needs the password.");
        }

        if (reviewerSuffix is not null && reviewerSuffix == operatorSuffix)
        {
            throw new DomainException("经办与审核账号的后缀不能相同。", "Operator and reviewer suffixes must differ.");
        }

        Id = Guid.NewGuid();
        Kind = kind;
        RegionCode = regionCode;
        Scope = scope;
        NameBase = nameBase;
        OperatorSuffix = operatorSuffix;
        ReviewerSuffix = reviewerSuffix;
        PasswordSource = passwordSource;
        FixedInitialPassword = passwordSource == InitialPasswordSource.Fixed ? fixedInitialPassword : null;
        EffectiveFrom = effectiveFrom;
        Citation = citation;
    }

    public Guid Id { get; private set; }

    public OrganizationKind Kind { get; private set; }

    public string RegionCode { get; private set; }

    public RegionScope Scope { get; private set; }

    public AccountNameBase NameBase { get; private set; }

    /// <summary>Suffix of the operator (经办) account, or of the single account.</summary>
    public string OperatorSuffix { get; private set; }

    /// <summary>Suffix of a separate reviewer (审核) account; null gives one account holding both roles.</summary>
    public string? ReviewerSuffix { get; private set; }

    public InitialPasswordSource PasswordSource { get; private set; }

    public string? FixedInitialPassword { get; private set; }

    public string Citation { get; private set; }

    /// <summary>True when the rule needs the organisation's finance code.</summary>
    public bool NeedsFinanceCode =>
        NameBase == AccountNameBase.RegionAndFinanceCode || PasswordSource == InitialPasswordSource.FinanceCode;

}
