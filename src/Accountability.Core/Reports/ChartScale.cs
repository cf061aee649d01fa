namespace Accountability.Reports;

/// <summary>
/// A linear scale from values to lengths in a chart: the domain always holds zero, so bars grow from a zero line and a
/// bar's length is proportional to its value (negative values grow the other way). Positions are rounded to
/// <see cref="Places"/> places with the library's rounding, so the markup is the same on every machine.
/// </summary>
/// <remarks>Immutable. An empty or all-zero domain becomes 0 to 1, so nothing divides by zero.</remarks>
internal sealed class ChartScale
{
    /// <summary>Places kept in coordinates.</summary>
    public const int Places = 2;

    private ChartScale(decimal minimum, decimal maximum, decimal length)
    {
        Minimum = minimum;
        Maximum = maximum;
        Length = length;
    }

    /// <summary>The lowest value the scale shows (zero or below).</summary>
    public decimal Minimum { get; }

    /// <summary>The highest value the scale shows (zero or above).</summary>
    public decimal Maximum { get; }

    /// <summary>The length, in chart units, the domain is drawn over.</summary>
    public decimal Length { get; }

    /// <summary>Where zero is, from the start of the scale.</summary>
    public decimal Zero => Position(0m);

    /// <summary>Creates a scale over the given values and zero.</summary>
    /// <param name="values">The values to show; may be empty.</param>
    /// <param name="length">The length to draw them over; above zero.</param>
    /// <returns>The scale.</returns>
    public static ChartScale Over(IEnumerable<decimal> values, decimal length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        decimal minimum = 0m;
        decimal maximum = 0m;
        foreach (decimal value in values)
        {
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
        }

        if (minimum == maximum)
        {
            maximum = 1m;
        }

        return new ChartScale(minimum, maximum, length);
    }

    /// <summary>The position of <paramref name="value"/> from the start of the scale, clamped to the scale.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The position, from 0 to <see cref="Length"/>.</returns>
    public decimal Position(decimal value)
    {
        decimal clamped = Math.Clamp(value, Minimum, Maximum);
        return Rounding.Round((clamped - Minimum) / (Maximum - Minimum) * Length, Places);
    }

    /// <summary>The bar for <paramref name="value"/>: where it starts and how long it is, from the zero line.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The start (the lower end) and the length, never negative.</returns>
    public (decimal Start, decimal Size) Bar(decimal value)
    {
        decimal zero = Zero;
        decimal end = Position(value);
        return (Math.Min(zero, end), Math.Abs(end - zero));
    }
}
