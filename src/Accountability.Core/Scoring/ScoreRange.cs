using System.Globalization;

namespace Accountability.Scoring;

/// <summary>The lowest and highest score a rule can give a criterion, both included.</summary>
/// <remarks>An immutable value. <c>default</c> is the single-point range [0, 0].</remarks>
public readonly record struct ScoreRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimum">The lowest score, included.</param>
    /// <param name="maximum">The highest score, included; not below <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public ScoreRange(decimal minimum, decimal maximum)
    {
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The maximum score cannot be below the minimum ({minimum.ToString(CultureInfo.InvariantCulture)}).");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The lowest score, included.</summary>
    public decimal Minimum { get; }

    /// <summary>The highest score, included.</summary>
    public decimal Maximum { get; }

    /// <summary>Tells whether <paramref name="score"/> lies in the range.</summary>
    /// <param name="score">A score.</param>
    /// <returns><see langword="true"/> when <c>Minimum &lt;= score &lt;= Maximum</c>.</returns>
    public bool Contains(decimal score) => score >= Minimum && score <= Maximum;

    /// <summary>Formats the range as <c>min–max</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{Maximum}");
}
