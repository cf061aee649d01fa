namespace Accountability.Feedback;

/// <summary>The rules for the texts of records: feedback, reasons, responses and descriptions of changes.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class FeedbackText
{
    /// <summary>The longest text accepted, in UTF-16 code units (about two pages).</summary>
    public const int MaxLength = 4000;

    /// <summary>Reports an empty or oversized text at <paramref name="path"/>.</summary>
    internal static void Check(ProblemCollector problems, string path, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(path, FeedbackProblemCodes.TextEmpty, $"The {what} is empty; write at least one word.", text);
        }
        else if (text.Length > MaxLength)
        {
            problems.Error(path, FeedbackProblemCodes.TextTooLong, $"The {what} has {text.Length} characters; at most {MaxLength} are allowed.", text.Length);
        }
    }

    /// <summary>Reports an oversized optional text; null is fine, empty or white space is not.</summary>
    internal static void CheckOptional(ProblemCollector problems, string path, string? text, string what)
    {
        if (text is not null)
        {
            Check(problems, path, text, what);
        }
    }
}
