using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Onboarding;

/// <summary>
/// One organisation to bring onto the platform, as typed in the import file (every field raw
/// text, so that each problem can be reported against its row and column).
/// </summary>
public sealed record OrganizationDraft
{
    public int RowNumber { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? RegionCode { get; init; }

    public string? BudgetCode { get; init; }

    public string? FinanceCode { get; init; }

    public string? CompetentBudgetCode { get; init; }

    public string? CreditCode { get; init; }

    public string? LegacyAccountName { get; init; }

    /// <summary>是 / 否: a centralized procurement agency.</summary>
    public string? Centralized { get; init; }

    /// <summary>大型 / 中型 / 小型 / 微型, for suppliers.</summary>
    public string? Scale { get; init; }
}

/// <summary>A problem with one cell of the import, in both languages.</summary>
public sealed record ImportError(int RowNumber, string Column, string MessageZh, string MessageEn);

/// <summary>
/// An account the onboarding created, with where its initial password comes from; a generated
/// password is returned here once, to be handed over, and is stored nowhere but as a hash.
/// </summary>
public sealed record CreatedAccount(string OrganizationName, string UserName, IReadOnlyList<string> Roles, string InitialPasswordRule, string? OneTimePassword);

public sealed record OnboardingResult(IReadOnlyList<ImportError> Errors, IReadOnlyList<Organization> Organizations, IReadOnlyList<CreatedAccount> Accounts)
{
    public bool Succeeded => Errors.Count == 0;

    public static OnboardingResult Failed(IReadOnlyList<ImportError> errors) => new(errors, [], []);
}
