using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>Who was recognised as a top performer, the cut, and how many were added because they tie at the cut.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RecognitionResult
{
    private readonly RecognizedSubject[] _recognized;

    internal RecognitionResult(string rule, int population, int requestedCount, decimal? cutScore, RecognizedSubject[] recognized)
    {
        Rule = rule;
        Population = population;
        RequestedCount = requestedCount;
        CutScore = cutScore;
        _recognized = recognized;
    }

    /// <summary>The rule applied, such as <c>top 3</c> or <c>top 10 %</c>.</summary>
    public string Rule { get; }

    /// <summary>How many subjects were considered.</summary>
    public int Population { get; }

    /// <summary>How many places the rule asks for (for a share, rounded down).</summary>
    public int RequestedCount { get; }

    /// <summary>The score of the last place within the cut; <see langword="null"/> when nobody is recognised.</summary>
    public decimal? CutScore { get; }

    /// <summary>The recognised subjects, best first.</summary>
    public IReadOnlyList<RecognizedSubject> Recognized => _recognized;

    /// <summary>How many more than <see cref="RequestedCount"/> were recognised because they tie at the cut.</summary>
    public int AddedForTies => _recognized.Length - RequestedCount;

    /// <summary>Explains the recognition: the rule, the cut, and each subject's reason.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Recognition of the {Rule} of {Population}: {RequestedCount} place{(RequestedCount == 1 ? string.Empty : "s")}");
        if (CutScore is { } cut)
        {
            text.Append(CultureInfo.InvariantCulture, $", cut at {cut}");
        }

        text.AppendLine(AddedForTies > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {AddedForTies} more included because they tie at the cut.") : ".");
        foreach (RecognizedSubject subject in _recognized)
        {
            text.Append("  ").AppendLine(subject.Reason);
        }

        return text.ToString();
    }
}
