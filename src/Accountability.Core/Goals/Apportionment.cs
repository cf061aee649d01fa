namespace Accountability.Goals;

/// <summary>
/// Exact apportionment of a whole number of indivisible units (seats, deals, or money in minor units such as
/// cents) in proportion to weights, with optional minimums, maximums and locked parts. The parts always add up
/// exactly to the total.
/// </summary>
/// <remarks>
/// <para>
/// <b>Methods.</b> <see cref="ApportionmentMethod.LargestRemainder"/> (Hamilton) and the divisor methods
/// <see cref="ApportionmentMethod.DHondt"/> (Jefferson), <see cref="ApportionmentMethod.SainteLague"/> (Webster) and
/// <see cref="ApportionmentMethod.HuntingtonHill"/> (equal proportions), each as its textbook definition. All
/// arithmetic is exact: weights are brought to whole numbers at a common scale and compared by
/// cross-multiplication, never through floating point.
/// </para>
/// <para>
/// <b>Tie rule.</b> When two parts have exactly the same claim to the next unit (equal fractional remainders for
/// largest remainder, equal averages for a divisor method), the part listed first (lower index) wins. For
/// Huntington–Hill every part with a positive weight has an unbounded claim to its first unit; among those first
/// units the larger weight wins, then the lower index. Results therefore never depend on anything but the inputs.
/// </para>
/// <para>
/// <b>Bounds.</b> A part never gets fewer units than its minimum nor more than its maximum; a locked part gets
/// exactly its locked units. For the divisor methods the bounded result is the textbook one (every part gets its
/// rounded quotient clamped to its bounds, for a common divisor). For largest remainder the exact quotas are
/// first computed with the bounds (parts that would fall below their minimum or above their maximum are held
/// there and the rest is shared in proportion among the others), then rounded by largest remainder. A part whose
/// weight is zero gets its minimum and nothing more.
/// </para>
/// <para>
/// <b>Negative totals</b> are shared as the negation of sharing their magnitude, so the result is symmetric in
/// sign; minimums and maximums then bound magnitudes.
/// </para>
/// <para>
/// <b>Bad input</b> (a negative weight, all weights zero, minimums adding to more than the total, maximums adding to
/// less, a maximum below its minimum, a weight with more than 18 significant digits at the common scale) is
/// reported all at once through <see cref="AccountabilityException"/>, each problem with its path such as
/// <c>weights[2]</c> or <c>claims[1].maximum</c>. Nothing is silently clamped. All members are thread-safe.
/// </para>
/// </remarks>
public static class Apportionment
{
    /// <summary>Shares <paramref name="total"/> units in proportion to <paramref name="weights"/>.</summary>
    /// <param name="total">The units to share (may be negative; see the remarks on <see cref="Apportionment"/>).</param>
    /// <param name="weights">One non-negative weight per part.</param>
    /// <param name="method">The apportionment method.</param>
    /// <returns>A new array with the units of each part, in the order of <paramref name="weights"/>, adding up to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined or <paramref name="total"/> is <see cref="long.MinValue"/>.</exception>
    /// <exception cref="AccountabilityException">A weight is negative, all are zero, or there are no parts for a non-zero total.</exception>
    public static long[] Apportion(long total, IReadOnlyList<decimal> weights, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var claims = new ApportionmentClaim[weights.Count];
        for (int i = 0; i < claims.Length; i++)
        {
            claims[i] = ApportionmentClaim.Weighted(weights[i]);
        }

        return Run(total, claims, method, "weights", ApportionmentFailure.WeightListPaths("weights"));
    }

    /// <summary>Shares <paramref name="total"/> units among claims that carry weights and optional bounds.</summary>
    /// <param name="total">The units to share (may be negative; see the remarks on <see cref="Apportionment"/>).</param>
    /// <param name="claims">One claim per part.</param>
    /// <param name="method">The apportionment method.</param>
    /// <returns>A new array with the units of each part, in the order of <paramref name="claims"/>, adding up to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined or <paramref name="total"/> is <see cref="long.MinValue"/>.</exception>
    /// <exception cref="AccountabilityException">The claims are not valid or cannot be met together; every problem is listed.</exception>
    public static long[] Apportion(long total, IReadOnlyList<ApportionmentClaim> claims, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var copy = new ApportionmentClaim[claims.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = claims[i];
        }

        return Run(total, copy, method, "claims", ApportionmentFailure.MemberPaths("claims"));
    }

    /// <summary>
    /// Shares a decimal amount (for example money) whose smallest indivisible step is <c>10^-decimals</c>, in
    /// proportion to <paramref name="weights"/>.
    /// </summary>
    /// <param name="total">The amount to share; must have at most <paramref name="decimals"/> decimal places.</param>
    /// <param name="decimals">The number of decimal places of one indivisible unit (2 for cents, 0 for whole units).</param>
    /// <param name="weights">One non-negative weight per part.</param>
    /// <param name="method">The apportionment method.</param>
    /// <returns>A new array with each part's amount, on the same grid, adding up exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–18 or <paramref name="method"/> is not defined.</exception>
    /// <exception cref="AccountabilityException">The total is off the grid or too large, or the weights are not valid.</exception>
    public static decimal[] Apportion(decimal total, int decimals, IReadOnlyList<decimal> weights, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        ArgumentNullException.ThrowIfNull(weights);
        long units = DecimalGrid.ToUnits(total, decimals, "total");
        long[] shares = Apportion(units, weights, method);
        return DecimalGrid.FromUnits(shares, decimals);
    }

    private static long[] Run(long total, ApportionmentClaim[] claims, ApportionmentMethod method, string path, Func<int, ClaimMember, string> partPath)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown apportionment method.");
        }

        if (total == long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "The total must be greater than long.MinValue.");
        }

        ApportionmentOutcome outcome = ApportionmentEngine.Apportion(total, claims, method);
        if (outcome.Shares is null)
        {
            throw new AccountabilityException([.. outcome.Failures.Select(f => f.ToProblem(path, partPath))]);
        }

        return outcome.Shares;
    }
}
