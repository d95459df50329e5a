using System.Globalization;
using System.Text;

namespace GovProcurement.Domain.Mall.Listings;

/// <summary>
/// The pinyin initials of a name ("电脑机" → "DNJ"), stored with a listing so that the search is a plain
/// indexed prefix query. Hand-written because no pinyin library is available to the platform's build:
/// ICU's zh-CN collation, which .NET uses, orders Han characters by pinyin, so the first character of each
/// initial letter in that order marks where the letter starts, and a character's initial is the last
/// boundary at or before it. Characters the collation does not order by pinyin (rare ones after
/// <see cref="LastOrdered"/>) have no initial; ASCII letters and digits are kept, upper-cased; everything
/// else is dropped. A polyphone gets its most common reading (调 reads diào, so 空调 gives "KD").
/// </summary>
public static class PinyinInitials
{
    public const int MaxLength = 100;

    private static readonly CompareInfo Collation = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>The first character of each initial letter in the zh-CN collation (I, U and V begin no syllable).</summary>
    private static readonly (char Letter, string First)[] Boundaries =
    [
        ('A', "阿"), ('B', "丷"), ('C', "嚓"), ('D', "咑"), ('E', "妸"), ('F', "发"), ('G', "旮"), ('H', "哈"),
        ('J', "丌"), ('K', "咔"), ('L', "垃"), ('M', "呣"), ('N', "嗯"), ('O', "喔"), ('P', "妑"), ('Q', "七"),
        ('R', "呥"), ('S', "仨"), ('T', "他"), ('W', "屲"), ('X', "夕"), ('Y', "丫"), ('Z', "帀"),
    ];

    /// <summary>The last character the collation orders by pinyin (座 zuò's neighbours end there).</summary>
    private const string LastOrdered = "咗";

    /// <summary>The initials of the text, at most <see cref="MaxLength"/> characters.</summary>
    public static string Of(string? text)
    {
        var initials = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (initials.Length == MaxLength)
            {
                break;
            }

            if (rune.IsAscii)
            {
                if (Rune.IsLetterOrDigit(rune))
                {
                    initials.Append(char.ToUpperInvariant((char)rune.Value));
                }

                continue;
            }

            if (InitialOf(rune.ToString()) is { } letter)
            {
                initials.Append(letter);
            }
        }

        return initials.ToString();
    }

    /// <summary>The initial of one Han character, or null when it has none.</summary>
    private static char? InitialOf(string character)
    {
        if (!Rune.TryGetRuneAt(character, 0, out var rune) || Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherLetter
            || Collation.Compare(character, Boundaries[0].First) < 0 || Collation.Compare(character, LastOrdered) > 0)
        {
            return null;
        }

        int low = 0, high = Boundaries.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Collation.Compare(character, Boundaries[middle].First) >= 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Boundaries[low].Letter;
    }
}
