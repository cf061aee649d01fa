using System.Globalization;

namespace Accountability.Calibration;

/// <summary>Validation and deterministic ordering of (subject, score) inputs, shared by rankings, distributions and recognition.</summary>
internal static class SubjectScores
{
    /// <summary>Copies and checks the scores: no default subject, no subject twice. Throws every problem at once.</summary>
    public static (PartyId Subject, decimal Score)[] Read(IEnumerable<(PartyId Subject, decimal Score)> scores, string path = "scores")
    {
        ArgumentNullException.ThrowIfNull(scores);
        (PartyId Subject, decimal Score)[] items = [.. scores];
        var problems = new ProblemCollector();
        var seen = new HashSet<PartyId>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            PartyId subject = items[i].Subject;
            if (subject.IsDefault)
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index(path, i), "subject"), CalibrationProblemCodes.PartyMissing, "A score needs a subject.");
            }
            else if (!seen.Add(subject))
            {
                problems.Error(
                    ProblemPath.Join(ProblemPath.Index(path, i), "subject"),
                    CalibrationProblemCodes.DuplicateSubject,
                    string.Create(CultureInfo.InvariantCulture, $"The subject '{subject}' has more than one score."),
                    subject.Value);
            }
        }

        problems.ThrowIfErrors();
        return items;
    }

    /// <summary>Sorts best first for the order (ties by subject, ordinal), in place.</summary>
    public static void SortBestFirst((PartyId Subject, decimal Score)[] items, RankOrder order)
    {
        if (order == RankOrder.HighestFirst)
        {
            Array.Sort(items, static (a, b) =>
            {
                int c = b.Score.CompareTo(a.Score);
                return c != 0 ? c : a.Subject.CompareTo(b.Subject);
            });
        }
        else
        {
            Array.Sort(items, static (a, b) =>
            {
                int c = a.Score.CompareTo(b.Score);
                return c != 0 ? c : a.Subject.CompareTo(b.Subject);
            });
        }
    }

    public static void CheckOrder(RankOrder order)
    {
        if (!Enum.IsDefined(order))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown rank order.");
        }
    }
}
