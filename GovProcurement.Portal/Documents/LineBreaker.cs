using System.Text;

namespace GovProcurement.Portal.Documents;

/// <summary>
/// Breaks text into lines that fit a width, for Chinese mixed with Latin text: a line may break
/// between any two Chinese characters or at a space, a Latin word or number stays whole when it
/// fits a line, and <see cref="LineBreakRules"/> decide which breaks are allowed. A pure function
/// of the text and a width function, so it is tested without a PDF.
/// </summary>
public static class LineBreaker
{
    private const double Tolerance = 1e-6;

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>.</summary>
    /// <param name="text">The text; '\n' forces a line break.</param>
    /// <param name="width">The line width, in the unit <paramref name="measure"/> returns.</param>
    /// <param name="measure">The width of a string.</param>
    /// <param name="firstLineIndent">Width kept free at the start of the first line.</param>
    /// <returns>At least one line (empty for empty text), without trailing spaces.</returns>
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure, double firstLineIndent = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var hardLines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var hardLine in hardLines)
        {
            BreakHardLine(Tokenize(hardLine), width, measure, lines.Count == 0 ? firstLineIndent : 0, lines);
        }
        return lines;
    }

    private static void BreakHardLine(List<Token> tokens, double width, Func<string, double> measure, double indent, List<string> lines)
    {
        if (tokens.Count == 0)
        {
            lines.Add("");
            return;
        }
        var widths = tokens.Select(t => measure(t.Text)).ToList();
        var i = 0;
        var first = true;
        while (i < tokens.Count)
        {
            if (!first)
            {
                while (i < tokens.Count && tokens[i].IsSpace)
                {
                    i++;
                }
                if (i == tokens.Count)
                {
                    break;
                }
            }
            var available = width - (first ? indent : 0);
            var start = i;
            var used = 0d;
            while (i < tokens.Count)
            {
                if (used + widths[i] <= available + Tolerance)
                {
                    used += widths[i++];
                    continue;
                }
                if (i == start)
                {
                    // Nothing fits: place the part of the token that does, at least one character.
                    if (!tokens[i].IsSpace)
                    {
                        SplitTooWide(tokens, widths, i, available, measure);
                    }
                    i++;
                }
                break;
            }
            if (i < tokens.Count)
            {
                i = AllowedBreak(tokens, start, i);
            }
            lines.Add(Join(tokens, start, i));
            first = false;
        }
    }

    /// <summary>Moves the break before <paramref name="end"/> back until no rule forbids it.</summary>
    private static int AllowedBreak(List<Token> tokens, int start, int end)
    {
        for (var k = end; k > start + 1; k--)
        {
            if (!LineBreakRules.CannotStartLine(tokens[k].Text) && !LineBreakRules.CannotEndLine(tokens[k - 1].Text))
            {
                return k;
            }
        }
        // The whole line is bound together: break where the width ends rather than overflow.
        return end;
    }

    /// <summary>Splits a token wider than a line into the longest prefix that fits (at least one character) and the rest.</summary>
    private static void SplitTooWide(List<Token> tokens, List<double> widths, int index, double available, Func<string, double> measure)
    {
        var text = tokens[index].Text;
        var cut = NextCharacter(text, 0);
        for (var next = NextCharacter(text, cut); cut < text.Length && measure(text[..next]) <= available + Tolerance; next = NextCharacter(text, next))
        {
            cut = next;
        }
        if (cut >= text.Length)
        {
            return;
        }
        // Cut earlier rather than start the rest with closing punctuation or end with opening punctuation.
        for (var allowed = cut; allowed >= 1; allowed--)
        {
            if (!char.IsLowSurrogate(text[allowed])
                && !LineBreakRules.CannotStartLine(text[allowed..]) && !LineBreakRules.CannotEndLine(text[..allowed]))
            {
                cut = allowed;
                break;
            }
        }
        tokens[index] = new Token(text[..cut], false);
        widths[index] = measure(text[..cut]);
        tokens.Insert(index + 1, new Token(text[cut..], false));
        widths.Insert(index + 1, measure(text[cut..]));
    }

    private static int NextCharacter(string text, int index) =>
        index < text.Length - 1 && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? index + 2 : index + 1;

    private static string Join(List<Token> tokens, int start, int end)
    {
        var line = new StringBuilder();
        for (var k = start; k < end; k++)
        {
            line.Append(tokens[k].Text);
        }
        return line.ToString().TrimEnd();
    }

    /// <summary>Cuts a line into spaces, single Chinese characters (a surrogate pair, or a run of ……/—— kept whole) and Latin runs.</summary>
    private static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var end = i + 1;
            if (char.IsWhiteSpace(c))
            {
                while (end < line.Length && char.IsWhiteSpace(line[end]) && !LineBreakRules.BreaksAlone(line[end]))
                {
                    end++;
                }
                // Runs of spaces and tabs collapse into one space; an ideographic space is kept as it is.
                tokens.Add(LineBreakRules.BreaksAlone(c) ? new Token(line[i..end], false) : new Token(" ", true));
            }
            else if (LineBreakRules.BreaksAlone(c))
            {
                end = NextCharacter(line, i);
                while (c is '\u2026' or '\u2014' && end < line.Length && line[end] == c)
                {
                    end++;
                }
                tokens.Add(new Token(line[i..end], false));
            }
            else
            {
                while (end < line.Length && !char.IsWhiteSpace(line[end]) && !LineBreakRules.BreaksAlone(line[end]))
                {
                    end++;
                }
                tokens.Add(new Token(line[i..end], false));
            }
            i = end;
        }
        return tokens;
    }

    private readonly record struct Token(string Text, bool IsSpace);
}
