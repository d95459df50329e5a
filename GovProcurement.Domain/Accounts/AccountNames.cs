using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Accounts;

/// <summary>What an account name may be: letters, digits and - . _ @, at most 64 characters.</summary>
public static class AccountNames
{
    public const int MaxLength = 64;
    public const string AllowedSymbols = "-._@";

    /// <summary>Null when the name is acceptable; otherwise why not.</summary>
    public static Bilingual? Explain(string name) =>
        name.Length == 0 || name.Length > MaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || AllowedSymbols.Contains(c))
            ? new($"账号名须为 1–{MaxLength} 位字母、数字或 {AllowedSymbols} 符号。", $"An account name is 1–{MaxLength} letters, digits or {AllowedSymbols}.")
            : null;

    /// <summary>Trims an optional legacy account name, refusing one that cannot be an account name.</summary>
    public static string? Legacy(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim();
        return Explain(name) is { } problem ? throw new DomainException(problem) : name;
    }
}
