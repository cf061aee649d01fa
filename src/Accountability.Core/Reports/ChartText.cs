using System.Globalization;
using System.Text;

namespace Accountability.Reports;

/// <summary>Text in charts and pages: made safe for XML, and shortened to fit a label without splitting a character.</summary>
internal static class ChartText
{
    /// <summary>The character put where a label is cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// Replaces what XML 1.0 cannot carry (control characters other than tab, line feed and carriage return, lone
    /// surrogates, U+FFFE and U+FFFF) with U+FFFD, so any text can be written; everything else is kept as it is,
    /// characters beyond the Basic Multilingual Plane included.
    /// </summary>
    /// <param name="text">The text; null is read as empty.</param>
    /// <returns>The text, safe for an XML writer.</returns>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool valid = pair || (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'));
            if (!valid && cleaned is null)
            {
                cleaned = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (pair)
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                cleaned?.Append(valid ? c : '\uFFFD');
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maximum"/> text elements, ending with <see cref="Ellipsis"/> when cut.</summary>
    /// <param name="text">The (clean) text.</param>
    /// <param name="maximum">The most text elements to keep, at least 2.</param>
    /// <returns>The text, or its start and an ellipsis.</returns>
    public static string Fit(string text, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 2);
        if (text.Length <= maximum)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        int count = 0;
        int cut = 0;
        while (elements.MoveNext())
        {
            if (count == maximum - 1)
            {
                cut = elements.ElementIndex;
            }

            count++;
            if (count > maximum)
            {
                return text[..cut] + Ellipsis;
            }
        }

        return text;
    }
}
