using System.Globalization;

namespace Accountability;

/// <summary>
/// The library's one rounding policy. Results are kept exact (in <see cref="decimal"/>); rounding
/// happens only where a value must land on a grid (display, indivisible units), always with
/// <see cref="Mode"/>: half away from zero, the commercial rounding people check by hand
/// (2.5 becomes 3, -2.5 becomes -3).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Rounding
{
    /// <summary>The one midpoint rule used everywhere the library rounds: away from zero.</summary>
    public const MidpointRounding Mode = MidpointRounding.AwayFromZero;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> places with <see cref="Mode"/>.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">Places after the decimal point, 0 to 28.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static decimal Round(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return decimal.Round(value, decimals, Mode);
    }

    /// <summary>Formats <paramref name="value"/> for display: rounded with <see cref="Mode"/>, invariant culture, fixed places.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">Places after the decimal point, 0 to 28.</param>
    /// <returns>Text such as <c>87.50</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static string Format(decimal value, int decimals = 2) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
