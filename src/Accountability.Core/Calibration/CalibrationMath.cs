using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>
/// The exact arithmetic behind every calibration figure: sums, the variance numerator
/// <c>n·Σx² − (Σx)²</c>, one division per figure, decimal square roots by Newton's method, and exact truncation.
/// </summary>
internal static class CalibrationMath
{
    /// <summary>Decimal places of every derived figure (the scoring grid): 12.</summary>
    public const int Decimals = ScorePrecision.Decimals;

    /// <summary>
    /// Runs <paramref name="body"/>, turning decimal overflow (sums or squares beyond <see cref="decimal"/>'s range) into
    /// an <see cref="AccountabilityException"/> with <see cref="CalibrationProblemCodes.ValuesTooLarge"/>.
    /// </summary>
    public static T Checked<T>(string path, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (OverflowException ex)
        {
            throw new AccountabilityException(
                [new Problem(path, CalibrationProblemCodes.ValuesTooLarge, "The values are too large to be summed, squared or weighted exactly in decimal; scale them down (squares need values below about 2.8e14).")],
                ex);
        }
    }

    /// <summary>Rounds to the 12-place grid with <see cref="Rounding.Mode"/>.</summary>
    public static decimal Grid(decimal value) => decimal.Round(value, Decimals, Rounding.Mode);

    /// <summary>
    /// <c>n·Σx² − (Σx)²</c>, which is <c>n</c> times the sum of squared deviations from the mean. Exact whenever the
    /// sums fit in decimal's 28 significant digits; never negative.
    /// </summary>
    public static decimal DeviationNumerator(int n, decimal sum, decimal sumOfSquares)
    {
        decimal numerator = (n * sumOfSquares) - (sum * sum);
        return numerator < 0m ? 0m : numerator;
    }

    /// <summary>
    /// The square root at full decimal precision (about 27 significant digits): Newton's iteration in
    /// <see cref="decimal"/>, seeded from the binary square root and iterated until it stops moving.
    /// </summary>
    public static decimal SquareRootFull(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }

        decimal guess = (decimal)Math.Sqrt((double)value);
        if (guess == 0m)
        {
            guess = value < 1m ? 1e-14m : 1m;
        }

        for (int i = 0; i < 60; i++)
        {
            decimal next = (guess + (value / guess)) / 2m;
            if (next == guess)
            {
                break;
            }

            decimal diff = next - guess;
            guess = next;
            if (Math.Abs(diff) <= guess * 1e-27m)
            {
                break;
            }
        }

        return guess;
    }

    /// <summary>The square root rounded to 12 places: within 1e-12 of the exact root (0.5e-12 from rounding plus at most 1e-26 relative from the iteration).</summary>
    public static decimal SquareRoot(decimal value) => Grid(SquareRootFull(value));

    /// <summary>⌊numerator ÷ denominator⌋ exactly, for a positive denominator: the decimal quotient, corrected by one where its last digit rounded across a whole number.</summary>
    public static decimal FloorDivide(decimal numerator, decimal denominator)
    {
        decimal q = decimal.Floor(numerator / denominator);
        if (q * denominator > numerator)
        {
            q -= 1m;
        }
        else if ((q + 1m) * denominator <= numerator)
        {
            q += 1m;
        }

        return q;
    }

    /// <summary>The fraction <c>numerator ÷ denominator</c> truncated (toward zero, for non-negative fractions) to <paramref name="digits"/> places, exactly.</summary>
    public static decimal Truncate(decimal numerator, decimal denominator, int digits)
    {
        decimal scale = DecimalGrid.Pow10(digits);
        return FloorDivide(numerator * scale, denominator) / scale;
    }
}
