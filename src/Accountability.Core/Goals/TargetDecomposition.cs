using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// Splits a target into parts that add up exactly to it at the unit's precision (cents, whole units): equal
/// shares, explicit weights, a baseline such as last year's actuals, with minimums, maximums and locked parts, or
/// over the months of a period by a seasonality profile. Splits combine: split a year across regions by baseline,
/// then each region's part across months.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Bad input is reported all at once through <see cref="AccountabilityException"/> with
/// paths such as <c>parts[2].minimum</c>; nothing is clamped. Rates are never split (each child keeps the rate).
/// </remarks>
public static class TargetDecomposition
{
    [ThreadStatic]
    private static DateInterval? t_lastPeriod;

    [ThreadStatic]
    private static IReadOnlyList<DateInterval>? t_lastMonths;

    /// <summary>Splits a target into parts.</summary>
    /// <param name="total">The target to split.</param>
    /// <param name="parts">The parts: weights and optional bounds or locked values.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>One target per part, in order, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a part is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The parts are not valid or cannot be met together.</exception>
    public static IReadOnlyList<Target> Split(Target total, IReadOnlyList<SplitPart> parts, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parts);
        RequireMethod(method);
        var problems = new ProblemCollector();
        Target[]? result = TrySplit(total, [.. parts], method, "parts", ApportionmentFailure.MemberPaths, problems);
        problems.ThrowIfErrors();
        return result!;
    }

    /// <summary>Splits a target into equal shares.</summary>
    /// <param name="total">The target to split.</param>
    /// <param name="count">The number of shares, at least 1.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>The shares, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1 or <paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The target is a rate.</exception>
    public static IReadOnlyList<Target> Equal(Target total, int count, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Split(total, [.. Enumerable.Repeat(SplitPart.Equal, count)], method);
    }

    /// <summary>Splits a target in proportion to explicit weights.</summary>
    /// <param name="total">The target to split.</param>
    /// <param name="weights">One non-negative weight per part.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>The parts, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">A weight is negative, all are zero, or the target is a rate.</exception>
    public static IReadOnlyList<Target> ByWeights(Target total, IReadOnlyList<decimal> weights, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Split(total, [.. weights.Select(SplitPart.Weighted)], method);
    }

    /// <summary>Splits a target in proportion to a baseline, such as each part's actual last year.</summary>
    /// <param name="total">The target to split.</param>
    /// <param name="baseline">One non-negative baseline value per part.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>The parts, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">A baseline value is negative, all are zero, or the target is a rate.</exception>
    public static IReadOnlyList<Target> ByBaseline(Target total, IReadOnlyList<decimal> baseline, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(baseline);
        RequireMethod(method);
        var problems = new ProblemCollector();
        Target[]? result = TrySplit(total, [.. baseline.Select(SplitPart.Weighted)], method, "baseline", ApportionmentFailure.WeightListPaths, problems);
        problems.ThrowIfErrors();
        return result!;
    }

    /// <summary>Splits a target over the months of its period (partial months at the edges count as months).</summary>
    /// <param name="total">The target to split.</param>
    /// <param name="period">The period (dates inclusive).</param>
    /// <param name="profile">The seasonality profile, one percentage per month; <see langword="null"/> for equal months.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>One part per month, in order, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The profile does not have one percentage per month, or the target is a rate.</exception>
    public static IReadOnlyList<PeriodTarget> OverMonths(Target total, DateInterval period, SeasonalityProfile? profile = null, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(period);
        RequireMethod(method);
        var problems = new ProblemCollector();
        PeriodTarget[]? result = TryOverMonths(total, period, profile, method, "profile", problems);
        problems.ThrowIfErrors();
        return result!;
    }

    /// <summary>
    /// Splits a target over any sub-periods (such as quarters or sales weeks) by a profile with one percentage per
    /// sub-period. The sub-periods must not overlap; they are returned in the order given.
    /// </summary>
    /// <param name="total">The target to split.</param>
    /// <param name="periods">The sub-periods (dates inclusive).</param>
    /// <param name="profile">One percentage per sub-period; <see langword="null"/> for equal parts.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>One part per sub-period, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The periods overlap, the profile does not have one percentage per period, or the target is a rate.</exception>
    public static IReadOnlyList<PeriodTarget> OverPeriods(Target total, IReadOnlyList<DateInterval> periods, SeasonalityProfile? profile = null, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(periods);
        RequireMethod(method);
        DateInterval[] copy = [.. periods];
        if (Array.Exists(copy, p => p is null))
        {
            throw new ArgumentNullException(nameof(periods), "A period is null.");
        }

        var problems = new ProblemCollector();
        for (int i = 0; i < copy.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (copy[i].Start <= copy[j].End && copy[j].Start <= copy[i].End)
                {
                    problems.Error(ProblemPath.Index("periods", i), GoalProblemCodes.DecompositionPeriodsOverlap, $"The period {GoalText.Period(copy[i])} overlaps {GoalText.Period(copy[j])}.", GoalText.Period(copy[i]));
                }
            }
        }

        if (profile is not null && profile.Months != copy.Length)
        {
            problems.Error("profile", GoalProblemCodes.SeasonalityPeriods, string.Create(CultureInfo.InvariantCulture, $"The profile has {profile.Months} percentages but there are {copy.Length} periods."), profile.Months);
        }

        problems.ThrowIfErrors();
        SplitPart[] parts = profile is null ? [.. Enumerable.Repeat(SplitPart.Equal, copy.Length)] : profile.Parts;
        Target[]? targets = TrySplit(total, parts, method, "profile", ApportionmentFailure.WeightListPaths, problems);
        problems.ThrowIfErrors();
        var result = new PeriodTarget[copy.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new PeriodTarget(copy[i], targets![i]);
        }

        return result;
    }

    internal static void RequireMethod(ApportionmentMethod method)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown apportionment method.");
        }
    }

    internal static PeriodTarget[]? TryOverMonths(Target total, DateInterval period, SeasonalityProfile? profile, ApportionmentMethod method, string path, ProblemCollector problems)
    {
        IReadOnlyList<DateInterval> months = MonthsOf(period);
        if (profile is not null && profile.Months != months.Count)
        {
            problems.Error(path, GoalProblemCodes.SeasonalityMonths, string.Create(CultureInfo.InvariantCulture, $"The profile has {profile.Months} percentages but the period {GoalText.Period(period)} has {months.Count} months."), profile.Months);
            return null;
        }

        SplitPart[] parts = profile is null
            ? [.. Enumerable.Repeat(SplitPart.Equal, months.Count)]
            : profile.Parts;
        long[]? shares = TrySplitUnits(total, parts, profile?.Claims, method, path, ApportionmentFailure.WeightListPaths, problems);
        if (shares is null)
        {
            return null;
        }

        MeasurementUnit unit = total.Unit;
        var result = new PeriodTarget[months.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new PeriodTarget(months[i], new Target(unit, DecimalGrid.FromUnits(shares[i], unit.Decimals)));
        }

        return result;
    }

    /// <summary>The months of a period; the last answer is kept per thread, as a period is often split again and again (one per rep).</summary>
    private static IReadOnlyList<DateInterval> MonthsOf(DateInterval period)
    {
        if (t_lastPeriod is not null && t_lastPeriod.Equals(period) && t_lastMonths is not null)
        {
            return t_lastMonths;
        }

        IReadOnlyList<DateInterval> months = ReportingPeriod.Months(period);
        t_lastPeriod = period;
        t_lastMonths = months;
        return months;
    }

    /// <summary>Turns the engine's failures into problems with paths (apart, so the happy path captures nothing).</summary>
    private static void ReportFailures(ApportionmentFailure[] failures, string path, Func<int, ClaimMember, string> paths, ProblemCollector problems)
    {
        foreach (ApportionmentFailure failure in failures)
        {
            problems.Add(failure.ToProblem(path, paths));
        }
    }

    /// <summary>
    /// A goal tree's split of a parent's target among planned children. Children that are all bare weights (no bounds,
    /// no lock) under largest remainder are shared straight from their weights, without copying parts or making
    /// claims; anything else, and anything that fails, goes the general way of <see cref="TrySplit"/> (same answers). The shares are in units of the target's grid.
    /// </summary>
    internal static long[]? TrySplitPlanned(Target total, PlannedGoal[] children, ApportionmentMethod method, string path, ProblemCollector problems)
    {
        MeasurementUnit unit = total.Unit;
        if (method == ApportionmentMethod.LargestRemainder
            && !unit.IsRate
            && Array.TrueForAll(children, c => c.Part.IsBareWeight)
            && DecimalGrid.TryToUnits(total.Value, unit.Decimals, out long totalUnits) == DecimalGrid.Failure.None
            && ApportionmentEngine.PlainWeightShares(totalUnits, new PlannedWeights(children)) is long[] shares)
        {
            return shares;
        }

        var parts = new SplitPart[children.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = children[i].Part;
        }

        return TrySplitUnits(total, parts, null, method, path, ApportionmentFailure.MemberPaths, problems);
    }

    private static Target[] ToTargets(long[] shares, MeasurementUnit unit)
    {
        var result = new Target[shares.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new Target(unit, DecimalGrid.FromUnits(shares[i], unit.Decimals));
        }

        return result;
    }

    internal static Target[]? TrySplit(Target total, SplitPart[] parts, ApportionmentMethod method, string path, Func<string, Func<int, ClaimMember, string>> partPaths, ProblemCollector problems)
    {
        long[]? shares = TrySplitUnits(total, parts, null, method, path, partPaths, problems);
        if (shares is null)
        {
            return null;
        }

        return ToTargets(shares, total.Unit);
    }

    /// <summary>
    /// The split in units of the target's grid. <paramref name="weightClaims"/>, when given, are the parts' claims made
    /// once (parts that are plain weights, whose claims do not depend on the total).
    /// </summary>
    private static long[]? TrySplitUnits(Target total, SplitPart[] parts, ApportionmentClaim[]? weightClaims, ApportionmentMethod method, string path, Func<string, Func<int, ClaimMember, string>> partPaths, ProblemCollector problems)
    {
        MeasurementUnit unit = total.Unit;
        if (unit.IsRate)
        {
            problems.Error(path, GoalProblemCodes.DecompositionRateNotSplit, "A rate is not split into parts: each part keeps the rate.", total.Value);
            return null;
        }

        int before = problems.Problems.Count;
        if (!DecimalGrid.TryToUnits(total.Value, unit.Decimals, out long totalUnits, out Problem? totalProblem, path))
        {
            problems.Add(totalProblem);
            return null;
        }

        ApportionmentClaim[] claims = weightClaims ?? new ApportionmentClaim[parts.Length];
        for (int i = 0; i < parts.Length && weightClaims is null; i++)
        {
            SplitPart part = parts[i] ?? throw new ArgumentNullException(nameof(parts), "A part is null.");
            int index = i;
            string PartPath() => ProblemPath.Index(path, index);
            if (part.Locked is decimal locked)
            {
                claims[i] = ApportionmentClaim.Locked(Units(locked, "locked"));
                continue;
            }

            ApportionmentClaim claim = ApportionmentClaim.Weighted(part.Weight);
            if (part.Minimum is decimal min)
            {
                claim = claim.WithMinimum(Units(min, "minimum"));
            }

            if (part.Maximum is decimal max)
            {
                claim = claim.WithMaximum(Units(max, "maximum"));
            }

            claims[i] = claim;

            long Units(decimal value, string member)
            {
                if (totalUnits < 0)
                {
                    value = -value;
                }

                if (!unit.IsOnGrid(value))
                {
                    problems.Error(ProblemPath.Join(PartPath(), member), GoalProblemCodes.DecompositionOffGrid, string.Create(CultureInfo.InvariantCulture, $"The value {GoalText.Number(decimal.Abs(value))} has more than {unit.Decimals} decimal places, the precision of {unit}."), value);
                    return 0;
                }

                return DecimalGrid.TryToUnits(value, unit.Decimals, out long units, out Problem? problem, ProblemPath.Join(PartPath(), member))
                    ? units
                    : Report(problem);
            }
        }

        if (problems.Problems.Count > before)
        {
            return null;
        }

        ApportionmentOutcome outcome = ApportionmentEngine.Apportion(totalUnits, claims, method);
        if (outcome.Shares is not long[] shares)
        {
            ReportFailures(outcome.Failures, path, partPaths(path), problems);
            return null;
        }

        return shares;

        long Report(Problem problem)
        {
            problems.Add(problem);
            return 0;
        }
    }

    /// <summary>The planned children's weights, read in place.</summary>
    private readonly struct PlannedWeights(PlannedGoal[] children) : ApportionmentEngine.IWeightList
    {
        public int Count => children.Length;

        public decimal this[int index] => children[index].Part.Weight;
    }
}
