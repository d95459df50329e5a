namespace GovProcurement.Portal.Documents;

/// <summary>
/// Which characters break like Chinese text and the Chinese line-breaking rules (避头尾):
/// closing punctuation never starts a line, opening punctuation never ends one.
/// </summary>
public static class LineBreakRules
{
    /// <summary>Characters that may not start a line.</summary>
    public const string NoLineStart = "，。、；：？！）》」』】〕〉〗”’％．,.;:?!)]}%·";

    /// <summary>Characters that may not end a line.</summary>
    public const string NoLineEnd = "（《「『【〔〈〖“‘([{";

    /// <summary>Whether a line may not start with <paramref name="text"/>.</summary>
    public static bool CannotStartLine(string text) => text.Length > 0 && NoLineStart.Contains(text[0]);

    /// <summary>Whether a line may not end with <paramref name="text"/>.</summary>
    public static bool CannotEndLine(string text) => text.Length > 0 && NoLineEnd.Contains(text[^1]);

    /// <summary>
    /// Whether the character stands alone for line breaking: Han ideographs, kana, hangul,
    /// full-width forms, CJK punctuation and curly quotes may break before and after them,
    /// where a run of Latin letters or digits stays together.
    /// </summary>
    public static bool BreaksAlone(char c) =>
        c is >= '\u2E80' and <= '\uA4CF'      // CJK radicals, punctuation, kana, ideographs, Yi
          or >= '\uAC00' and <= '\uD7A3'      // hangul syllables
          or >= '\uD800' and <= '\uDFFF'      // surrogates: supplementary ideographs
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or >= '\uFE30' and <= '\uFE4F'      // CJK compatibility forms
          or >= '\uFF00' and <= '\uFFEF'      // full-width forms
          or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' or '\u00B7';
}
