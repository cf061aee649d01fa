using System.Globalization;

namespace Accountability.Formulas;

/// <summary>
/// Turns offsets in a formula's text into lines and columns (1-based, columns in UTF-16 code units) for messages and
/// paths. Thread-safe: the line starts are computed on first use, and a race only computes the same array twice.
/// </summary>
internal sealed class FormulaSource
{
    private readonly string _text;
    private readonly string _path;
    private int[]? _lineStarts;

    public FormulaSource(string text, string path)
    {
        _text = text;
        _path = path;
    }

    public string Text => _text;

    public string Path => _path;

    public (int Line, int Column) Locate(int offset)
    {
        _lineStarts ??= LineStarts(_text);
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The path of a problem at <paramref name="offset"/>: the configured path keyed by the position.</summary>
    public string PathAt(int offset)
    {
        (int line, int column) = Locate(offset);
        return ProblemPath.Key(_path, string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}"));
    }

    /// <summary>The start of a message about <paramref name="offset"/>: <c>Line 1, column 7: </c>.</summary>
    public string Where(int offset)
    {
        (int line, int column) = Locate(offset);
        return string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column}: ");
    }

    public Problem Error(int offset, string code, string message, object? attemptedValue = null) =>
        new(PathAt(offset), code, Where(offset) + message, ProblemSeverity.Error, attemptedValue);

    /// <summary>Quotes a piece of the text for a message, shortened when long.</summary>
    public static string Quote(string text, int maxLength = 32) =>
        "'" + (text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…")) + "'";

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
