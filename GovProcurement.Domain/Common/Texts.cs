namespace GovProcurement.Domain.Common;

/// <summary>Checks of the free texts people type: reasons, notes, comments.</summary>
public static class Texts
{
    public const int ReasonMaxLength = 500;

    /// <summary>A reason is required, trimmed, and at most <see cref="ReasonMaxLength"/> characters.</summary>
    public static string RequireReason(string? reason)
    {
        reason = (reason ?? "").Trim();
        return reason.Length is > 0 and <= ReasonMaxLength
            ? reason
            : throw new DomainException($"请填写理由（不超过 {ReasonMaxLength} 字）。", $"Give a reason (at most {ReasonMaxLength} characters).");
    }

    /// <summary>An optional text, trimmed, refused when longer than <paramref name="max"/>.</summary>
    public static string Optional(string? text, int max, string fieldZh, string fieldEn)
    {
        text = (text ?? "").Trim();
        return text.Length <= max ? text : throw new DomainException($"{fieldZh}不超过 {max} 字。", $"{fieldEn} is at most {max} characters.");
    }

    /// <summary>A required text, trimmed, at most <paramref name="max"/> characters.</summary>
    public static string Required(string? text, int max, string fieldZh, string fieldEn)
    {
        text = (text ?? "").Trim();
        return text.Length is > 0 && text.Length <= max ? text : throw new DomainException($"请填写{fieldZh}（不超过 {max} 字）。", $"{fieldEn} is required (at most {max} characters).");
    }
}
