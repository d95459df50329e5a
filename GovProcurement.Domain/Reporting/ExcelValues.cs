using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace GovProcurement.Domain.Reporting;

/// <summary>How values are spelled in sheet XML so that Excel reads them back exactly.</summary>
internal static class ExcelValues
{
    /// <summary>The longest text a cell holds; Excel reports a damaged file beyond it.</summary>
    public const int MaxTextLength = 32_767;

    /// <summary>Excel keeps 15 significant digits; a whole number beyond this is written as text.</summary>
    private const long MaxExactWhole = 999_999_999_999_999;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly DateOnly FirstExactDate = new(1900, 3, 1);

    /// <summary>
    /// The ASCII characters that may need cleaning: controls XML cannot carry, and "_" (which may start
    /// an escape). ASCII alone, so the scan takes the vectorised ASCII path; U+FFFE, U+FFFF and
    /// surrogates are looked for apart.
    /// </summary>
    private static readonly SearchValues<char> AsciiSuspects = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '_']);

    public static bool IsExact(long whole) => whole is >= -MaxExactWhole and <= MaxExactWhole;

    /// <summary>An amount in fen as exact yuan with two decimals, e.g. 123456 → "1234.56".</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", Invariant);

    /// <summary>Whether Excel shows the date correctly as a real date: from 1900-03-01 on (before it, Excel's 1900 leap-year bug shifts serials).</summary>
    public static bool IsDate(DateOnly date) => date >= FirstExactDate;

    /// <summary>
    /// Text as Excel must find it in the XML to show it unchanged: at most <see cref="MaxTextLength"/>
    /// characters; characters XML cannot carry (control characters, lone surrogates) become U+FFFD; and a
    /// literal "_xHHHH_" is escaped as "_x005F_xHHHH_", since Excel would otherwise decode it as a character.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.Length <= MaxTextLength && IsClean(text))
        {
            return text;
        }

        if (text.Length > MaxTextLength)
        {
            var cut = char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
            text = text[..cut];
        }

        var clean = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                clean.Append('\uFFFD');
            }
            else
            {
                clean.Append(IsEscapeAt(text, i) ? "_x005F_" : c);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        // Nearly all text has none of the characters that need a look: one vectorised scan decides.
        var span = text.AsSpan();
        if (span.IndexOfAny(AsciiSuspects) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && span.IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c) || IsEscapeAt(text, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an Excel character escape "_xHHHH_" starts at <paramref name="i"/>.</summary>
    private static bool IsEscapeAt(string text, int i) =>
        text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
