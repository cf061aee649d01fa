using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// The descriptive statistics calibration rests on, each named as its spreadsheet equivalent (Excel, LibreOffice,
/// Google Sheets): AVERAGE, VAR.S, VAR.P, STDEV.S, STDEV.P, STANDARDIZE, PERCENTRANK.INC and PERCENTRANK.EXC, and
/// the coefficient of variation.
/// </summary>
/// <remarks>
/// <para>
/// <b>Precision.</b> Everything is computed in <see cref="decimal"/>. Sums, and the variance numerator
/// <c>n·Σx² − (Σx)²</c>, are exact whenever they fit in decimal's 28 significant digits (ratings with a few decimal
/// places, populations of millions). Each figure then takes <b>one</b> division and is rounded once to 12 decimal
/// places (the scoring grid, <see cref="Rounding.Mode"/>): a figure whose exact value has at most 12 places is
/// returned exactly; any other is within 0.5·10⁻¹² of it.
/// </para>
/// <para>
/// <b>Square roots</b> (standard deviations, coefficients of variation) are computed by Newton's iteration in
/// <see cref="decimal"/> to about 27 significant digits and then rounded to 12 places: the result is within
/// 10⁻¹² of the exact root (exact for perfect squares such as 2.25). Z-scores divide by the unrounded root.
/// </para>
/// <para>
/// <b>Nothing is divided by zero and nothing is NaN:</b> an empty population, too few values or a zero spread is an
/// <see cref="AccountabilityException"/> with a <see cref="CalibrationProblemCodes"/> code, and so are values too large
/// for their sums or squares to fit in <see cref="decimal"/> (<see cref="CalibrationProblemCodes.ValuesTooLarge"/>).
/// </para>
/// Stateless and thread-safe.
/// </remarks>
public static class Statistics
{
    /// <summary>The largest number of decimal places a percent rank keeps: 12.</summary>
    public const int MaximumSignificance = CalibrationMath.Decimals;

    /// <summary>The arithmetic mean (AVERAGE), rounded to 12 places.</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">There are no values (<see cref="CalibrationProblemCodes.EmptyPopulation"/>).</exception>
    public static decimal Mean(IEnumerable<decimal> values) => CalibrationMath.Checked("values", () =>
    {
        (int n, decimal sum, _) = Sums(values, 1);
        return CalibrationMath.Grid(sum / n);
    });

    /// <summary>The sample variance (VAR.S): the squared deviations from the mean divided by <c>n − 1</c>.</summary>
    /// <param name="values">The values; at least two.</param>
    /// <returns>The variance, rounded to 12 places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">Fewer than two values.</exception>
    public static decimal VarianceSample(IEnumerable<decimal> values) => CalibrationMath.Grid(VarianceFull(values, sample: true));

    /// <summary>The population variance (VAR.P): the squared deviations from the mean divided by <c>n</c>.</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The variance, rounded to 12 places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">There are no values.</exception>
    public static decimal VariancePopulation(IEnumerable<decimal> values) => CalibrationMath.Grid(VarianceFull(values, sample: false));

    /// <summary>The sample standard deviation (STDEV.S), the square root of <see cref="VarianceSample"/>, within 10⁻¹².</summary>
    /// <param name="values">The values; at least two.</param>
    /// <returns>The standard deviation, rounded to 12 places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">Fewer than two values.</exception>
    public static decimal StandardDeviationSample(IEnumerable<decimal> values) => CalibrationMath.SquareRoot(VarianceFull(values, sample: true));

    /// <summary>The population standard deviation (STDEV.P), the square root of <see cref="VariancePopulation"/>, within 10⁻¹².</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The standard deviation, rounded to 12 places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">There are no values.</exception>
    public static decimal StandardDeviationPopulation(IEnumerable<decimal> values) => CalibrationMath.SquareRoot(VarianceFull(values, sample: false));

    /// <summary>
    /// The coefficient of variation: the population standard deviation divided by the mean (both unrounded), rounded to
    /// 12 places. The measure of volatility across periods.
    /// </summary>
    /// <param name="values">The values; at least one, with a mean above zero.</param>
    /// <returns>The coefficient of variation (0.25 means a spread of a quarter of the mean).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="AccountabilityException">There are no values, or their mean is not above zero (<see cref="CalibrationProblemCodes.MeanNotPositive"/>).</exception>
    public static decimal CoefficientOfVariation(IEnumerable<decimal> values) => CalibrationMath.Checked("values", () =>
    {
        (int n, decimal sum, decimal squares) = Sums(values, 1);
        if (sum <= 0m)
        {
            throw Error(string.Empty, CalibrationProblemCodes.MeanNotPositive, "A coefficient of variation needs values whose mean is above zero.", sum / n);
        }

        return CoefficientOfVariation(n, sum, squares);
    });

    /// <summary>
    /// The z-score (STANDARDIZE): <c>(x − mean) ÷ standardDeviation</c>, rounded to 12 places.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="mean">The mean of its population.</param>
    /// <param name="standardDeviation">The standard deviation of its population; above zero.</param>
    /// <returns>How many standard deviations <paramref name="value"/> lies above the mean.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standardDeviation"/> is negative.</exception>
    /// <exception cref="AccountabilityException"><paramref name="standardDeviation"/> is zero (<see cref="CalibrationProblemCodes.ZeroSpread"/>).</exception>
    public static decimal Standardize(decimal value, decimal mean, decimal standardDeviation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviation);
        if (standardDeviation == 0m)
        {
            throw Error("standardDeviation", CalibrationProblemCodes.ZeroSpread, "A value cannot be standardised against a standard deviation of zero.", standardDeviation);
        }

        return CalibrationMath.Checked(string.Empty, () => CalibrationMath.Grid((value - mean) / standardDeviation));
    }

    /// <summary>The square root, by Newton's iteration in <see cref="decimal"/>, rounded to 12 places: within 10⁻¹² of the exact root.</summary>
    /// <param name="value">A value at or above zero.</param>
    /// <returns>The square root.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static decimal SquareRoot(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return CalibrationMath.SquareRoot(value);
    }

    /// <summary>
    /// The inclusive percent rank (PERCENTRANK.INC): the share of the other values that lie below <paramref name="value"/>,
    /// <c>(values below) ÷ (n − 1)</c>, from 0 for the lowest to 1 for the highest. A value between two values of the
    /// population is interpolated linearly between their percent ranks. Like the spreadsheet, the result is
    /// <b>truncated</b> (not rounded) to <paramref name="significance"/> decimal places, exactly; a population of one
    /// value gives 1.
    /// </summary>
    /// <param name="values">The population; at least one value.</param>
    /// <param name="value">The value to rank; between the population's lowest and highest value.</param>
    /// <param name="significance">Decimal places kept, 1 to 12; 3 as in the spreadsheet (0.583).</param>
    /// <returns>The percent rank, truncated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significance"/> is outside 1–12.</exception>
    /// <exception cref="AccountabilityException">The population is empty, or <paramref name="value"/> lies outside it (<see cref="CalibrationProblemCodes.ValueOutsidePopulation"/>).</exception>
    public static decimal PercentRankInclusive(IEnumerable<decimal> values, decimal value, int significance = 3) =>
        CalibrationMath.Checked("values", () => PercentRank(values, value, significance, exclusive: false));

    /// <summary>
    /// The exclusive percent rank (PERCENTRANK.EXC): <c>(values below + 1) ÷ (n + 1)</c>, strictly between 0 and 1.
    /// A value between two values of the population is interpolated linearly between their percent ranks; the result is
    /// <b>truncated</b> to <paramref name="significance"/> decimal places, exactly, as the spreadsheet does.
    /// </summary>
    /// <param name="values">The population; at least one value.</param>
    /// <param name="value">The value to rank; between the population's lowest and highest value.</param>
    /// <param name="significance">Decimal places kept, 1 to 12; 3 as in the spreadsheet.</param>
    /// <returns>The percent rank, truncated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significance"/> is outside 1–12.</exception>
    /// <exception cref="AccountabilityException">The population is empty, or <paramref name="value"/> lies outside it.</exception>
    public static decimal PercentRankExclusive(IEnumerable<decimal> values, decimal value, int significance = 3) =>
        CalibrationMath.Checked("values", () => PercentRank(values, value, significance, exclusive: true));

    internal static decimal VarianceFull(IEnumerable<decimal> values, bool sample) => CalibrationMath.Checked("values", () =>
    {
        (int n, decimal sum, decimal squares) = Sums(values, sample ? 2 : 1);
        decimal numerator = CalibrationMath.DeviationNumerator(n, sum, squares);
        return numerator / ((decimal)n * (sample ? n - 1 : n));
    });

    internal static decimal CoefficientOfVariation(int n, decimal sum, decimal squares)
    {
        // sd ÷ mean = sqrt(num) / n ÷ (sum / n) = sqrt(num) / sum.
        decimal root = CalibrationMath.SquareRootFull(CalibrationMath.DeviationNumerator(n, sum, squares));
        return CalibrationMath.Grid(root / sum);
    }

    internal static void CheckSignificance(int significance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significance, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significance, MaximumSignificance);
    }

    internal static AccountabilityException Error(string path, string code, string message, object? attemptedValue = null) =>
        new([new Problem(path, code, message, ProblemSeverity.Error, attemptedValue)]);

    private static decimal PercentRank(IEnumerable<decimal> values, decimal value, int significance, bool exclusive)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckSignificance(significance);
        decimal[] sorted = [.. values];
        if (sorted.Length == 0)
        {
            throw Error("values", CalibrationProblemCodes.EmptyPopulation, "A percent rank needs a population of at least one value.");
        }

        Array.Sort(sorted);
        int n = sorted.Length;
        if (value < sorted[0] || value > sorted[n - 1])
        {
            throw Error(
                "value",
                CalibrationProblemCodes.ValueOutsidePopulation,
                string.Create(CultureInfo.InvariantCulture, $"The value {value} lies outside the population ({sorted[0]} to {sorted[n - 1]}), so it has no percent rank."),
                value);
        }

        int below = LowerBound(sorted, value);
        decimal denominator = exclusive ? n + 1 : n - 1;
        decimal offset = exclusive ? 1m : 0m;
        if (!exclusive && n == 1)
        {
            return 1m;
        }

        if (sorted[below] == value)
        {
            return CalibrationMath.Truncate(below + offset, denominator, significance);
        }

        // Between sorted[below - 1] (lo) and sorted[below] (hi): interpolate the ranks of the two, as a single exact fraction.
        decimal lo = sorted[below - 1];
        decimal hi = sorted[below];
        int belowLo = LowerBound(sorted, lo);
        int belowHi = below;
        decimal width = hi - lo;
        decimal numerator = ((belowLo + offset) * width) + ((value - lo) * (belowHi - belowLo));
        return CalibrationMath.Truncate(numerator, width * denominator, significance);
    }

    private static int LowerBound(decimal[] sorted, decimal value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static (int Count, decimal Sum, decimal SumOfSquares) Sums(IEnumerable<decimal> values, int minimum)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = 0;
        decimal sum = 0m;
        decimal squares = 0m;
        foreach (decimal v in values)
        {
            n++;
            sum += v;
            squares += v * v;
        }

        if (n == 0)
        {
            throw Error("values", CalibrationProblemCodes.EmptyPopulation, "The figure needs at least one value; the population is empty.");
        }

        if (n < minimum)
        {
            throw Error("values", CalibrationProblemCodes.TooFewValues, string.Create(CultureInfo.InvariantCulture, $"The figure needs at least {minimum} values; {n} given."), n);
        }

        return (n, sum, squares);
    }
}
