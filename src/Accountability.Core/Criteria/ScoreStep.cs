namespace Accountability.Criteria;

/// <summary>
/// One row of a banded step table: actual values from <see cref="From"/> (included) up to
/// <see cref="To"/> (excluded) score <see cref="Score"/>. A value exactly on a boundary belongs to
/// the higher step.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="from">The lowest value of the step, included; <see langword="null"/> for no lower bound (first step only).</param>
    /// <param name="to">The value where the next step starts, excluded; <see langword="null"/> for no upper bound (last step only).</param>
    /// <param name="score">The score of every value in the step.</param>
    public ScoreStep(decimal? from, decimal? to, decimal score)
    {
        From = from;
        To = to;
        Score = score;
    }

    /// <summary>The lowest value of the step, included; <see langword="null"/> when the step has no lower bound.</summary>
    public decimal? From { get; }

    /// <summary>The value where the next step starts, excluded; <see langword="null"/> when the step has no upper bound.</summary>
    public decimal? To { get; }

    /// <summary>The score of every value in the step.</summary>
    public decimal Score { get; }

    /// <summary>Tells whether <paramref name="value"/> lies in this step.</summary>
    /// <param name="value">An actual value.</param>
    /// <returns><see langword="true"/> when <c>From &lt;= value &lt; To</c> (open ends always match).</returns>
    public bool Contains(decimal value) => (From is not { } from || value >= from) && (To is not { } to || value < to);

    /// <summary>Formats the step as <c>[from, to) → score</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-inf"}, {To?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "+inf"}) -> {Score}");
}
