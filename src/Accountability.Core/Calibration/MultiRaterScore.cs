using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>
/// One subject's multi-rater (360°) figure: the weighted mean of the counted rater groups' means, each group's part,
/// and how groups below their anonymity minimum were treated.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MultiRaterScore
{
    private readonly RaterGroupScore[] _groups;

    internal MultiRaterScore(PartyId subject, decimal? score, string? notScoredReason, RaterGroupScore[] groups, int poolCount, decimal? poolMean, decimal poolEffectiveWeight, string? poolNote)
    {
        Subject = subject;
        Score = score;
        NotScoredReason = notScoredReason;
        _groups = groups;
        PoolCount = poolCount;
        PoolMean = poolMean;
        PoolEffectiveWeight = poolEffectiveWeight;
        PoolNote = poolNote;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>
    /// The figure: <c>Σ weight × group mean ÷ Σ weight</c> over the counted groups (and the pool), from unrounded means,
    /// rounded to 12 places; <see langword="null"/> when no group with weight counts (see <see cref="NotScoredReason"/>).
    /// </summary>
    public decimal? Score { get; }

    /// <summary>Why there is no <see cref="Score"/>; <see langword="null"/> when there is one.</summary>
    public string? NotScoredReason { get; }

    /// <summary>The groups that rated the subject, in <see cref="RaterGroup"/> order.</summary>
    public IReadOnlyList<RaterGroupScore> Groups => _groups;

    /// <summary>How many ratings went into the pool of groups below their minimums (<see cref="AnonymityFallback.Pool"/>); 0 otherwise.</summary>
    public int PoolCount { get; }

    /// <summary>The pool's mean, rounded to 12 places, when the pool met its minimum; otherwise <see langword="null"/>.</summary>
    public decimal? PoolMean { get; }

    /// <summary>The pool's share of the figure, rounded to 12 places; 0 when it does not count.</summary>
    public decimal PoolEffectiveWeight { get; }

    /// <summary>How the pool was treated; <see langword="null"/> when there is no pool.</summary>
    public string? PoolNote { get; }

    /// <summary>Explains how the figure came about: each group, its weight, and what anonymity did.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine(Score is { } score
            ? string.Create(CultureInfo.InvariantCulture, $"{Subject}: {Rounding.Format(score, 2)}, the weighted mean of the counted rater groups.")
            : $"{Subject}: no figure — {NotScoredReason}.");
        foreach (RaterGroupScore group in _groups)
        {
            text.Append("  ").AppendLine(group.ToString());
        }

        if (PoolNote is not null)
        {
            text.Append("  Pool of other raters: ").AppendLine(PoolNote);
        }

        return text.ToString();
    }
}
