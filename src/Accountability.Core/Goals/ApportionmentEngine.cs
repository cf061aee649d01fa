namespace Accountability.Goals;

/// <summary>The exact arithmetic behind <see cref="Apportionment"/>; all of it integer, none floating point.</summary>
internal static class ApportionmentEngine
{
    internal sealed class Prepared
    {
        public Prepared(long total, long[] weights, long[] low, long[] high)
        {
            Total = total;
            Weights = weights;
            Low = low;
            High = high;
        }

        public long Total { get; }

        /// <summary>Whole-number weights at a common scale.</summary>
        public long[] Weights { get; }

        /// <summary>Fewest units per part.</summary>
        public long[] Low { get; }

        /// <summary>Most units per part, never above the total; equal to <see cref="Low"/> for parts that cannot grow.</summary>
        public long[] High { get; }
    }

    /// <summary>
    /// The one entry: shares <paramref name="total"/> units among <paramref name="claims"/> by <paramref name="method"/>,
    /// or says why it cannot, as failures without paths (the public layers add those). A negative total is shared as
    /// the negation of sharing its magnitude.
    /// </summary>
    public static ApportionmentOutcome Apportion(long total, ReadOnlySpan<ApportionmentClaim> claims, ApportionmentMethod method)
    {
        long magnitude = Math.Abs(total);
        long[]? shares = method == ApportionmentMethod.LargestRemainder ? PlainWeights(magnitude, claims) : null;
        if (shares is null)
        {
            var failures = new Failures();
            Prepared? prepared = Prepare(magnitude, claims, failures);
            if (prepared is null)
            {
                return new ApportionmentOutcome(null, failures.ToArray());
            }

            shares = method == ApportionmentMethod.LargestRemainder
                ? LargestRemainder(prepared)
                : DivisorApportionment.Solve(prepared, method);
        }

        if (total < 0)
        {
            for (int i = 0; i < shares.Length; i++)
            {
                shares[i] = -shares[i];
            }
        }

        return new ApportionmentOutcome(shares, []);
    }

    /// <summary>
    /// The common case by largest remainder: every claim a plain non-negative weight (no minimum, maximum or lock), at
    /// least one positive, each fitting at the common scale. Then nothing can fail and the bounds play no part, so the
    /// answer is the kernel's largest remainder over the scaled weights, without preparing bounds. Any other case
    /// gives <see langword="null"/> and goes the general way (the same answer where both apply).
    /// </summary>
    private static long[]? PlainWeights(long total, ReadOnlySpan<ApportionmentClaim> claims)
    {
        foreach (ApportionmentClaim claim in claims)
        {
            if (claim.Minimum != 0 || claim.Maximum is not null)
            {
                return null;
            }
        }

        return PlainWeights(total, new ClaimWeights(claims));
    }

    /// <summary>
    /// The same for bare weights (claims without bounds), without making the claims: the shares of the magnitude of
    /// <paramref name="total"/> by largest remainder, negated for a negative total, or <see langword="null"/> when the
    /// weights need the general way (a negative weight, none positive, one too large at the common scale).
    /// </summary>
    public static long[]? PlainWeightShares<TWeights>(long total, TWeights weights)
        where TWeights : IWeightList, allows ref struct
    {
        long[]? shares = PlainWeights(Math.Abs(total), weights);
        if (shares is not null && total < 0)
        {
            for (int i = 0; i < shares.Length; i++)
            {
                shares[i] = -shares[i];
            }
        }

        return shares;
    }

    // Generic over a struct so that each kind of weight list gets its own compiled loop (no call per weight).
    private static long[]? PlainWeights<TWeights>(long total, TWeights source)
        where TWeights : IWeightList, allows ref struct
    {
        int n = source.Count;
        if (n == 0)
        {
            return null;
        }

        int commonScale = 0;
        bool anyPositive = false;
        for (int i = 0; i < n; i++)
        {
            decimal w = source[i];
            if (w < 0)
            {
                return null;
            }

            if (w > 0)
            {
                anyPositive = true;
                commonScale = Math.Max(commonScale, DecimalGrid.SignificantDecimals(w));
            }
        }

        if (!anyPositive)
        {
            return null;
        }

        decimal factor = DecimalGrid.Pow10(commonScale);
        decimal limit = DecimalGrid.LongLimit(commonScale);
        Span<long> weights = n <= 64 ? stackalloc long[n] : new long[n];
        for (int i = 0; i < n; i++)
        {
            decimal weight = source[i];
            if (weight > limit)
            {
                return null;
            }

            weights[i] = weight <= 0 ? 0 : commonScale == 0 ? (long)weight : (long)(weight * factor);
        }

        return DecimalGrid.LargestRemainder(total, weights);
    }

    /// <summary>A list of weights read in place (no copy), for <see cref="PlainWeightShares"/>.</summary>
    internal interface IWeightList
    {
        int Count { get; }

        decimal this[int index] { get; }
    }

    private readonly ref struct ClaimWeights(ReadOnlySpan<ApportionmentClaim> claims) : IWeightList
    {
        private readonly ReadOnlySpan<ApportionmentClaim> _claims = claims;

        public int Count => _claims.Length;

        public decimal this[int index] => _claims[index].Weight;
    }

    /// <summary>Checks the claims and brings them to whole numbers: phase by phase, stopping after a phase that failed.</summary>
    private static Prepared? Prepare(long total, ReadOnlySpan<ApportionmentClaim> claims, Failures failures)
    {
        if (claims.Length == 0)
        {
            if (total != 0)
            {
                failures.Add(ApportionmentFailure.NoParts(total));
                return null;
            }

            return new Prepared(total, [], [], []);
        }

        int commonScale = CheckClaims(claims, failures, out bool anyPositive);
        if (failures.Count > 0)
        {
            return null;
        }

        Prepared? prepared = ScaleWeights(total, claims, commonScale, failures, out Bounds bounds);
        if (prepared is null)
        {
            return null;
        }

        CheckTotals(total, bounds, anyPositive, failures);
        return failures.Count > 0 ? null : prepared;
    }

    /// <summary>Phase 1: each claim on its own (signs, a maximum below its minimum); returns the weights' common scale.</summary>
    private static int CheckClaims(ReadOnlySpan<ApportionmentClaim> claims, Failures failures, out bool anyPositive)
    {
        int commonScale = 0;
        anyPositive = false;
        for (int i = 0; i < claims.Length; i++)
        {
            ApportionmentClaim claim = claims[i];
            if (claim.IsLocked)
            {
                if (claim.Minimum < 0)
                {
                    failures.Add(ApportionmentFailure.MinimumNegative(i, claim.Minimum));
                }

                continue;
            }

            if (claim.Weight < 0)
            {
                failures.Add(ApportionmentFailure.WeightNegative(i, claim.Weight));
            }
            else if (claim.Weight > 0)
            {
                anyPositive = true;
                commonScale = Math.Max(commonScale, DecimalGrid.SignificantDecimals(claim.Weight));
            }

            if (claim.Minimum < 0)
            {
                failures.Add(ApportionmentFailure.MinimumNegative(i, claim.Minimum));
            }

            if (claim.Maximum is long max && max < claim.Minimum)
            {
                failures.Add(ApportionmentFailure.MaximumBelowMinimum(i, max, claim.Minimum));
            }
        }

        return commonScale;
    }

    /// <summary>Phase 2: whole-number weights at the common scale, and each part's fewest and most units.</summary>
    private static Prepared? ScaleWeights(long total, ReadOnlySpan<ApportionmentClaim> claims, int commonScale, Failures failures, out Bounds bounds)
    {
        int n = claims.Length;
        var weights = new long[n];
        var low = new long[n];
        var high = new long[n];
        decimal factor = DecimalGrid.Pow10(commonScale);
        decimal limit = long.MaxValue / factor;
        bounds = default;
        for (int i = 0; i < n; i++)
        {
            ApportionmentClaim claim = claims[i];
            low[i] = claim.Minimum;
            bounds.SumLow += claim.Minimum;
            long w = 0;
            if (!claim.IsLocked && claim.Weight > 0)
            {
                // Compare before multiplying: a weight near decimal's limit cannot be scaled at all.
                if (claim.Weight > limit)
                {
                    failures.Add(ApportionmentFailure.WeightPrecision(i, claim.Weight));
                    continue;
                }

                w = (long)(claim.Weight * factor);
            }

            weights[i] = w;
            if (w == 0)
            {
                high[i] = claim.Minimum;
                bounds.Capacity += claim.Minimum;
            }
            else if (claim.Maximum is long max)
            {
                high[i] = Math.Min(max, total);
                bounds.Capacity += max;
            }
            else
            {
                high[i] = total;
                bounds.Unlimited = true;
            }
        }

        return failures.Count > 0 ? null : new Prepared(total, weights, low, high);
    }

    /// <summary>Phase 3: the claims together against the total.</summary>
    private static void CheckTotals(long total, Bounds bounds, bool anyPositive, Failures failures)
    {
        if (bounds.SumLow > total)
        {
            failures.Add(ApportionmentFailure.MinimumsExceedTotal(bounds.SumLow, total));
        }
        else if (bounds.SumLow < total && !anyPositive)
        {
            failures.Add(ApportionmentFailure.WeightsAllZero(total));
        }
        else if (!bounds.Unlimited && bounds.Capacity < total)
        {
            failures.Add(ApportionmentFailure.MaximumsBelowTotal(bounds.Capacity, total));
        }
    }

    // ---------------------------------------------------------------- largest remainder

    /// <summary>Largest remainder: exact quotas (within the bounds), then the kernel's largest remainder on the unit grid.</summary>
    private static long[] LargestRemainder(Prepared p)
    {
        long total = p.Total;
        long[] w = p.Weights;
        long[] low = p.Low;
        long[] high = p.High;
        int n = w.Length;
        var result = new long[n];
        var growing = new bool[n];
        var capped = new bool[n];

        bool unbounded = true;
        for (int i = 0; i < n && unbounded; i++)
        {
            unbounded = low[i] == 0 && (w[i] == 0 || high[i] >= total);
        }

        if (unbounded)
        {
            return DecimalGrid.LargestRemainder(total, w);
        }

        (Int128 numerator, Int128 denominator) = BoundedQuotaScale(p, growing, capped);

        // Quotas: fixed parts sit on a bound; growing parts get w × numerator ÷ denominator.
        long assigned = 0;
        var remainders = new Int128[n];
        for (int i = 0; i < n; i++)
        {
            if (!growing[i])
            {
                result[i] = capped[i] ? high[i] : low[i];
            }
            else
            {
                Int128 product = checked(w[i] * numerator);
                (Int128 quotient, Int128 rest) = Int128.DivRem(product, denominator);
                result[i] = (long)quotient;
                remainders[i] = rest;
            }

            assigned += result[i];
        }

        DecimalGrid.AwardLargestRemainders<Int128>(result, remainders, total - assigned);
        return result;
    }

    /// <summary>
    /// Finds the common multiplier λ = numerator ÷ denominator with Σ clamp(wᵢλ, lowᵢ, highᵢ) = total, by sweeping the
    /// points where parts start and stop growing. Marks the parts that grow with λ.
    /// </summary>
    private static (Int128 Numerator, Int128 Denominator) BoundedQuotaScale(Prepared p, bool[] growing, bool[] capped)
    {
        long[] w = p.Weights;
        long[] low = p.Low;
        long[] high = p.High;
        int n = w.Length;
        var events = new List<(long Units, long Weight, int Part, bool Start)>(2 * n);
        Int128 constant = 0;
        for (int i = 0; i < n; i++)
        {
            constant += low[i];
            if (w[i] > 0 && high[i] > low[i])
            {
                events.Add((low[i], w[i], i, true));
                events.Add((high[i], w[i], i, false));
            }
        }

        events.Sort((a, b) =>
        {
            int c = WideArithmetic.CompareProducts(a.Units, b.Weight, b.Units, a.Weight);
            return c != 0 ? c : a.Part != b.Part ? a.Part.CompareTo(b.Part) : b.Start.CompareTo(a.Start);
        });

        Int128 freeWeight = 0;
        long total = p.Total;
        foreach ((long units, long weight, int part, bool start) in events)
        {
            // f(λ) at λ = units ÷ weight is constant + freeWeight × λ; stop once it reaches the total.
            if (WideArithmetic.CompareSum(constant, weight, freeWeight, units, total) >= 0)
            {
                break;
            }

            if (start)
            {
                constant -= low[part];
                freeWeight += w[part];
                growing[part] = true;
            }
            else
            {
                constant += high[part];
                freeWeight -= w[part];
                growing[part] = false;
                capped[part] = true;
            }
        }

        if (freeWeight == 0)
        {
            // Everything sits on a bound (the maximums add up exactly to the total).
            return (0, 1);
        }

        return (total - constant, freeWeight);
    }

    /// <summary>The failures found so far; the list is made only when there is one.</summary>
    private sealed class Failures
    {
        private List<ApportionmentFailure>? _list;

        public int Count => _list?.Count ?? 0;

        public void Add(ApportionmentFailure failure) => (_list ??= []).Add(failure);

        public ApportionmentFailure[] ToArray() => _list is null ? [] : [.. _list];
    }

    private struct Bounds
    {
        public Int128 SumLow;
        public Int128 Capacity;
        public bool Unlimited;
    }
}

/// <summary>What <see cref="ApportionmentEngine.Apportion"/> gives: the shares, or the failures when there are none.</summary>
internal readonly record struct ApportionmentOutcome(long[]? Shares, ApportionmentFailure[] Failures);
