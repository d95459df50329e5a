using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015).
/// The last character is a check character over the first seventeen.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // The 31 characters the standard allows (no I, O, S, V, Z), in value order.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code) => Explain(code) is null;

    /// <summary>Null when the code is valid; otherwise why not, in both languages.</summary>
    public static Bilingual? Explain(string? code)
    {
        code = code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != Length)
        {
            return new("统一社会信用代码应为 18 位。", "A unified social credit code has 18 characters.");
        }

        if (code.Any(c => !Alphabet.Contains(c)))
        {
            return new("统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）。",
                "The code contains a character the standard does not use (I, O, S, V, Z are excluded).");
        }

        if (CheckCharacter(code[..17]) != code[17])
        {
            return new("统一社会信用代码校验位不正确，请核对。", "The check character of the code is wrong.");
        }

        return null;
    }

    /// <summary>The check character for the first seventeen characters.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
