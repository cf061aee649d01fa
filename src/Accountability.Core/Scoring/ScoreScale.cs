using System.Globalization;

namespace Accountability.Scoring;

/// <summary>
/// A closed scale of scores or ratings, such as 1–5 stars or 0–100 points, and the exact linear
/// (min–max) conversion between two scales: <c>to.Min + (value − from.Min) × (to.Max − to.Min) ÷ (from.Max − from.Min)</c>.
/// Multiplication comes before division, so conversions that have an exact decimal answer get it
/// (4 on 1–5 is exactly 75 on 0–100).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="minimum">The lowest value, included.</param>
    /// <param name="maximum">The highest value, included; above <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not above <paramref name="minimum"/>.</exception>
    public ScoreScale(decimal minimum, decimal maximum)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, string.Create(CultureInfo.InvariantCulture, $"A scale's maximum must be above its minimum ({minimum})."));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The 0–100 scale of scores.</summary>
    public static ScoreScale Percent { get; } = new(0m, 100m);

    /// <summary>The lowest value, included.</summary>
    public decimal Minimum { get; }

    /// <summary>The highest value, included.</summary>
    public decimal Maximum { get; }

    /// <summary>Converts <paramref name="value"/> from this scale to <paramref name="target"/>.</summary>
    /// <param name="value">A value on this scale.</param>
    /// <param name="target">The scale to convert to.</param>
    /// <returns>The value on <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside this scale.</exception>
    public decimal ConvertTo(decimal value, ScoreScale target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value < Minimum || value > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The value is outside the scale {this}.");
        }

        if (value == Minimum)
        {
            return target.Minimum;
        }

        if (value == Maximum)
        {
            return target.Maximum;
        }

        try
        {
            // Clamped: decimal rounding in the last digit must not carry a value off the target scale.
            decimal converted = target.Minimum + ((value - Minimum) * (target.Maximum - target.Minimum) / (Maximum - Minimum));
            return Math.Clamp(converted, target.Minimum, target.Maximum);
        }
        catch (OverflowException)
        {
            // Scales too wide to multiply first: work on quarters of the values, exact to all but the last digits.
            decimal fraction = ((value / 4m) - (Minimum / 4m)) / ((Maximum / 4m) - (Minimum / 4m));
            decimal converted = (target.Minimum * (1m - fraction)) + (target.Maximum * fraction);
            return Math.Clamp(converted, target.Minimum, target.Maximum);
        }
    }

    /// <summary>Returns the scale as <c>min–max</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{Maximum}");
}
