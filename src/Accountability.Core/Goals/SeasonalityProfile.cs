using System.Globalization;

namespace Accountability.Goals;

/// <summary>
/// A seasonality profile: the percentage of a period's target that falls in each of its months, in order from the
/// period's first month (so for a fiscal year starting in April the first percentage is April's), or in each of any
/// sub-periods given to <see cref="TargetDecomposition.OverPeriods"/>. The percentages add up to exactly 100.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SeasonalityProfile
{
    private readonly decimal[] _percentages;

    private SeasonalityProfile(decimal[] percentages)
    {
        _percentages = percentages;
        Parts = [.. percentages.Select(SplitPart.Weighted)];
        Claims = [.. percentages.Select(ApportionmentClaim.Weighted)];
    }

    /// <summary>The percentages as split parts, made once.</summary>
    internal SplitPart[] Parts { get; }

    /// <summary>The same parts as the engine's claims (plain weights, the same whatever the total), made once.</summary>
    internal ApportionmentClaim[] Claims { get; }

    /// <summary>Gets the percentage of each month, in order.</summary>
    public IReadOnlyList<decimal> Percentages => _percentages;

    /// <summary>Gets the number of months the profile covers.</summary>
    public int Months => _percentages.Length;

    /// <summary>Creates a profile from percentages that add up to exactly 100.</summary>
    /// <param name="percentages">One non-negative percentage per month.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    /// <exception cref="AccountabilityException">The list is empty, a percentage is negative, or they do not add up to 100; every problem is listed.</exception>
    public static SeasonalityProfile Create(IEnumerable<decimal> percentages)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        decimal[] copy = [.. percentages];
        ProblemCollector problems = Check(copy);
        problems.ThrowIfErrors();
        return new SeasonalityProfile(copy);
    }

    /// <summary>Checks percentages without throwing: the problems <see cref="Create"/> would report.</summary>
    /// <param name="percentages">One percentage per month.</param>
    /// <returns>The problems, empty when the percentages make a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    public static IReadOnlyList<Problem> Validate(IEnumerable<decimal> percentages)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        return Check([.. percentages]).ToArray();
    }

    private static ProblemCollector Check(decimal[] copy)
    {
        var problems = new ProblemCollector();
        if (copy.Length == 0)
        {
            problems.Error("percentages", GoalProblemCodes.SeasonalityEmpty, "A seasonality profile needs at least one percentage.");
        }

        decimal sum = 0m;
        bool beyondDecimal = false;
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] < 0)
            {
                problems.Error(ProblemPath.Index("percentages", i), GoalProblemCodes.SeasonalityNegative, "A percentage cannot be negative.", copy[i]);
            }

            if (!beyondDecimal)
            {
                try
                {
                    sum += copy[i];
                }
                catch (OverflowException)
                {
                    beyondDecimal = true;
                }
            }
        }

        if (beyondDecimal)
        {
            problems.Error("percentages", GoalProblemCodes.SeasonalitySum, "The percentages add up to more than decimal can hold, not 100.");
        }
        else if (copy.Length > 0 && sum != 100m)
        {
            problems.Error("percentages", GoalProblemCodes.SeasonalitySum, string.Create(CultureInfo.InvariantCulture, $"The percentages add up to {sum}, not 100."), sum);
        }

        return problems;
    }

    /// <summary>Gets the fraction (0–1) of the target that falls in a month.</summary>
    /// <param name="month">The month's position, from 0.</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the profile.</exception>
    public decimal Fraction(int month)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(month, _percentages.Length);
        return _percentages[month] / 100m;
    }
}
