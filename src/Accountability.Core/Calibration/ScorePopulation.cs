using System.Globalization;
using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// The scores of a population taken from scoring results, ready for <see cref="Ranking"/>,
/// <see cref="DistributionGuideline.Assign"/> and <see cref="Recognition"/>: every subject with an overall score, and
/// every subject left out with the reason (not rated, or a formula fault) — never dropped silently.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorePopulation
{
    private readonly (PartyId Subject, decimal Score)[] _scores;
    private readonly (PartyId Subject, string Reason)[] _excluded;

    private ScorePopulation((PartyId Subject, decimal Score)[] scores, (PartyId Subject, string Reason)[] excluded)
    {
        _scores = scores;
        _excluded = excluded;
    }

    /// <summary>The subjects with a score, in input order.</summary>
    public IReadOnlyList<(PartyId Subject, decimal Score)> Scores => _scores;

    /// <summary>The subjects left out, each with the reason, in input order.</summary>
    public IReadOnlyList<(PartyId Subject, string Reason)> Excluded => _excluded;

    /// <summary>Takes the overall scores (<see cref="SubjectScore.Score"/>, after gates) of a batch.</summary>
    /// <param name="scores">The batch's results.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    public static ScorePopulation From(IEnumerable<SubjectScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var kept = new List<(PartyId, decimal)>();
        var excluded = new List<(PartyId, string)>();
        foreach (SubjectScore score in scores)
        {
            if (score.Score is { } value)
            {
                kept.Add((score.Subject, value));
            }
            else
            {
                excluded.Add((score.Subject, score.Fault is { } fault ? string.Create(CultureInfo.InvariantCulture, $"could not be scored: {fault.Message}") : "not rated"));
            }
        }

        return new ScorePopulation([.. kept], [.. excluded]);
    }

    /// <summary>Takes the overall scores (<see cref="ScorecardResult.Score"/>, after gates) of explained results.</summary>
    /// <param name="results">The results; none null.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of them is null.</exception>
    public static ScorePopulation From(IEnumerable<ScorecardResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var kept = new List<(PartyId, decimal)>();
        var excluded = new List<(PartyId, string)>();
        foreach (ScorecardResult result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            if (result.Score is { } value)
            {
                kept.Add((result.Subject, value));
            }
            else
            {
                excluded.Add((result.Subject, "not rated"));
            }
        }

        return new ScorePopulation([.. kept], [.. excluded]);
    }
}
