using System.Globalization;
using System.Numerics;

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

    public static Prepared? Prepare(long total, ApportionmentClaim[] claims, string path, bool bare, ProblemCollector problems)
    {
        int n = claims.Length;
        string WeightPath(int i) => bare ? ProblemPath.Index(path, i) : ProblemPath.Join(ProblemPath.Index(path, i), "weight");
        string MemberPath(int i, string member) => ProblemPath.Join(ProblemPath.Index(path, i), member);

        if (n == 0)
        {
            if (total != 0)
            {
                problems.Error(path, "apportionment.no_parts", string.Create(CultureInfo.InvariantCulture, $"There are no parts to share a total of {total} among."), total);
            }

            return problems.HasErrors ? null : new Prepared(total, [], [], []);
        }

        int commonScale = 0;
        bool anyPositive = false;
        for (int i = 0; i < n; i++)
        {
            ApportionmentClaim claim = claims[i];
            if (claim.IsLocked)
            {
                if (claim.Minimum < 0)
                {
                    problems.Error(MemberPath(i, "minimum"), "apportionment.minimum_negative", "A minimum cannot be negative.", claim.Minimum);
                }

                continue;
            }

            if (claim.Weight < 0)
            {
                problems.Error(WeightPath(i), "apportionment.weight_negative", "A weight cannot be negative.", claim.Weight);
            }
            else if (claim.Weight > 0)
            {
                anyPositive = true;
                commonScale = Math.Max(commonScale, SignificantScale(claim.Weight));
            }

            if (claim.Minimum < 0)
            {
                problems.Error(MemberPath(i, "minimum"), "apportionment.minimum_negative", "A minimum cannot be negative.", claim.Minimum);
            }

            if (claim.Maximum is long max && max < claim.Minimum)
            {
                problems.Error(MemberPath(i, "maximum"), "apportionment.maximum_below_minimum", string.Create(CultureInfo.InvariantCulture, $"The maximum {max} is less than the minimum {claim.Minimum}."), max);
            }
        }

        if (problems.HasErrors)
        {
            return null;
        }

        var weights = new long[n];
        var low = new long[n];
        var high = new long[n];
        decimal factor = Apportionment.Pow10(commonScale);
        Int128 sumLow = 0;
        Int128 capacity = 0;
        bool unlimited = false;
        for (int i = 0; i < n; i++)
        {
            ApportionmentClaim claim = claims[i];
            low[i] = claim.Minimum;
            sumLow += claim.Minimum;
            long w = 0;
            if (!claim.IsLocked && claim.Weight > 0)
            {
                // Compare before multiplying: a weight near decimal's limit cannot be scaled at all.
                if (claim.Weight > long.MaxValue / factor)
                {
                    problems.Error(WeightPath(i), "apportionment.weight_precision", string.Create(CultureInfo.InvariantCulture, $"The weight {claim.Weight} needs more than 18 significant digits at the weights' common scale."), claim.Weight);
                    continue;
                }

                w = (long)(claim.Weight * factor);
            }

            weights[i] = w;
            if (w == 0)
            {
                high[i] = claim.Minimum;
                capacity += claim.Minimum;
            }
            else if (claim.Maximum is long max)
            {
                high[i] = Math.Min(max, total);
                capacity += max;
            }
            else
            {
                high[i] = total;
                unlimited = true;
            }
        }

        if (problems.HasErrors)
        {
            return null;
        }

        if (sumLow > total)
        {
            problems.Error(path, "apportionment.minimums_exceed_total", string.Create(CultureInfo.InvariantCulture, $"The minimums add up to {sumLow}, more than the total {total}."), total);
        }
        else if (sumLow < total && !anyPositive)
        {
            problems.Error(path, "apportionment.weights_all_zero", "The weights are all zero, so there is nothing to share the total by.", total);
        }
        else if (!unlimited && capacity < total)
        {
            problems.Error(path, "apportionment.maximums_below_total", string.Create(CultureInfo.InvariantCulture, $"The parts that can take units hold at most {capacity} in all, less than the total {total}."), total);
        }

        return problems.HasErrors ? null : new Prepared(total, weights, low, high);
    }

    public static long[] Solve(Prepared prepared, ApportionmentMethod method) => method == ApportionmentMethod.LargestRemainder
        ? LargestRemainder(prepared)
        : Divisor(prepared, method);

    /// <summary>The number of decimal places a weight really needs (trailing zeros ignored).</summary>
    private static int SignificantScale(decimal value)
    {
        int scale = value.Scale;
        while (scale > 0)
        {
            decimal shifted = value * Apportionment.Pow10(scale - 1);
            if (shifted != decimal.Truncate(shifted))
            {
                break;
            }

            scale--;
        }

        return scale;
    }

    // ---------------------------------------------------------------- largest remainder

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
        Int128 numerator;
        Int128 denominator;

        bool unbounded = true;
        for (int i = 0; i < n && unbounded; i++)
        {
            unbounded = low[i] == 0 && (w[i] == 0 || high[i] >= total);
        }

        if (unbounded)
        {
            denominator = 0;
            for (int i = 0; i < n; i++)
            {
                growing[i] = w[i] > 0;
                denominator += w[i];
            }

            numerator = total;
        }
        else
        {
            (numerator, denominator) = BoundedQuotaScale(p, growing, capped);
        }

        // Quotas: fixed parts sit on a bound; growing parts get w × numerator ÷ denominator.
        long assigned = 0;
        var remainders = new Int128[n];
        int candidates = 0;
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
                if (rest > 0)
                {
                    candidates++;
                }
            }

            assigned += result[i];
        }

        long leftover = total - assigned;
        if (leftover > 0)
        {
            var order = new int[candidates];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                if (growing[i] && remainders[i] > 0)
                {
                    order[k++] = i;
                }
            }

            Array.Sort(order, (a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (int j = 0; j < leftover; j++)
            {
                result[order[j]]++;
            }
        }

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

    // ---------------------------------------------------------------- divisor methods

    private readonly record struct Entry(int Part, long Units);

    private sealed class EntryOrder : IComparer<Entry>
    {
        private readonly long[] _weights;
        private readonly ApportionmentMethod _method;
        private readonly bool _descending;

        public EntryOrder(long[] weights, ApportionmentMethod method, bool descending)
        {
            _weights = weights;
            _method = method;
            _descending = descending;
        }

        /// <summary>Orders entries best first when descending (the heap's minimum is then the best entry).</summary>
        public int Compare(Entry x, Entry y)
        {
            int c = Rank(x, y);
            return _descending ? c : -c;
        }

        /// <summary>Negative when <paramref name="x"/> has the better claim to a unit.</summary>
        public int Rank(Entry x, Entry y)
        {
            int byPriority = -ComparePriority(_weights[x.Part], x.Units, _weights[y.Part], y.Units, _method);
            return byPriority != 0 ? byPriority : x.Part.CompareTo(y.Part);
        }
    }

    /// <summary>Compares wa ÷ d(ka) with wb ÷ d(kb) exactly, for the method's divisor sequence d.</summary>
    internal static int ComparePriority(long wa, long ka, long wb, long kb, ApportionmentMethod method)
    {
        switch (method)
        {
            case ApportionmentMethod.DHondt:
                return WideArithmetic.CompareProducts(wa, (Int128)kb + 1, wb, (Int128)ka + 1);
            case ApportionmentMethod.SainteLague:
                return WideArithmetic.CompareProducts(wa, (2 * (Int128)kb) + 1, wb, (2 * (Int128)ka) + 1);
            default:
                if (ka == 0 || kb == 0)
                {
                    // d(0) = 0: a first unit has an unbounded claim; among first units the larger weight comes first.
                    return ka == 0 && kb == 0 ? wa.CompareTo(wb) : ka == 0 ? 1 : -1;
                }

                return WideArithmetic.CompareProducts((Int128)wa * wa, (Int128)kb * (kb + 1), (Int128)wb * wb, (Int128)ka * (ka + 1));
        }
    }

    private static long[] Divisor(Prepared p, ApportionmentMethod method)
    {
        long total = p.Total;
        long[] w = p.Weights;
        long[] low = p.Low;
        long[] high = p.High;
        int n = w.Length;
        var s = new long[n];
        Int128 sumWeights = 0;
        for (int i = 0; i < n; i++)
        {
            sumWeights += w[i];
        }

        // A close first guess from a floating-point divisor, refined a few times so that the exact exchange below
        // has little left to do; the guess never decides the result, the exchange does.
        double free = 0;
        for (int i = 0; i < n; i++)
        {
            if (w[i] > 0 && high[i] > low[i])
            {
                free += w[i];
            }
        }

        double scale = sumWeights == 0 ? 0 : (double)total / (double)sumWeights;
        // Int128: the parts' guesses can add up to more than a long holds (each part may take up to the total).
        Int128 sum = Guess(scale);
        for (int round = 0; round < 6 && sum != total && free > 0; round++)
        {
            scale += (double)(total - sum) / free;
            sum = Guess(scale);
        }

        if (sum != total)
        {
            // The steps above stall when parts sit on their bounds (a capped part still counts in the free weight), and the
            // exchange below moves one unit at a time; so bisect the factor instead, as the guessed sum never falls as it grows.
            double below = 0;
            double above = Math.Max(scale, 1);
            for (int round = 0; round < 2048 && Guess(above) < total; round++)
            {
                above *= 2;
            }

            for (int round = 0; round < 200; round++)
            {
                double middle = below + ((above - below) / 2);
                if (middle <= below || middle >= above)
                {
                    break;
                }

                Int128 guessed = Guess(middle);
                if (guessed == total)
                {
                    below = middle;
                    break;
                }

                if (guessed < total)
                {
                    below = middle;
                }
                else
                {
                    above = middle;
                }
            }

            sum = Guess(below);
        }

        var best = new EntryOrder(w, method, descending: true);
        var worst = new EntryOrder(w, method, descending: false);
        var additions = new PriorityQueue<int, Entry>(n, best);
        var removals = new PriorityQueue<int, Entry>(n, worst);
        var initialAdditions = new List<(int, Entry)>(n);
        var initialRemovals = new List<(int, Entry)>(n);
        for (int i = 0; i < n; i++)
        {
            if (w[i] > 0 && s[i] < high[i])
            {
                initialAdditions.Add((i, new Entry(i, s[i])));
            }

            if (w[i] > 0 && s[i] > low[i])
            {
                initialRemovals.Add((i, new Entry(i, s[i] - 1)));
            }
        }

        additions.EnqueueRange(initialAdditions);
        removals.EnqueueRange(initialRemovals);

        while (sum < total && TryTakeAddition(out int i))
        {
            s[i]++;
            sum++;
            Push(i);
        }

        while (sum > total && TryTakeRemoval(out int i))
        {
            s[i]--;
            sum--;
            Push(i);
        }

        // Exchange while a unit not given has a better claim than a unit given.
        while (TryPeekAddition(out Entry add) && TryPeekRemoval(out Entry remove) && best.Rank(add, remove) < 0)
        {
            additions.Dequeue();
            removals.Dequeue();
            s[add.Part]++;
            s[remove.Part]--;
            Push(add.Part);
            Push(remove.Part);
        }

        return s;

        Int128 Guess(double factor)
        {
            Int128 guessed = 0;
            for (int i = 0; i < n; i++)
            {
                long guess = low[i];
                if (w[i] > 0 && high[i] > low[i])
                {
                    double quotient = w[i] * factor;
                    double floor = Math.Floor(quotient);
                    double rounded = method switch
                    {
                        ApportionmentMethod.DHondt => floor,
                        ApportionmentMethod.SainteLague => Math.Floor(quotient + 0.5),
                        _ => quotient > Math.Sqrt(floor * (floor + 1)) ? floor + 1 : floor,
                    };
                    guess = rounded >= high[i] ? high[i] : rounded <= low[i] ? low[i] : (long)rounded;
                }

                s[i] = guess;
                guessed += guess;
            }

            return guessed;
        }

        void Push(int i)
        {
            if (s[i] < high[i])
            {
                additions.Enqueue(i, new Entry(i, s[i]));
            }

            if (s[i] > low[i])
            {
                removals.Enqueue(i, new Entry(i, s[i] - 1));
            }
        }

        bool TryPeekAddition(out Entry entry)
        {
            while (additions.TryPeek(out int i, out entry))
            {
                if (entry.Units == s[i] && s[i] < high[i])
                {
                    return true;
                }

                additions.Dequeue();
            }

            return false;
        }

        bool TryPeekRemoval(out Entry entry)
        {
            while (removals.TryPeek(out int i, out entry))
            {
                if (entry.Units == s[i] - 1 && s[i] > low[i])
                {
                    return true;
                }

                removals.Dequeue();
            }

            return false;
        }

        bool TryTakeAddition(out int part)
        {
            bool found = TryPeekAddition(out Entry entry);
            part = entry.Part;
            if (found)
            {
                additions.Dequeue();
            }

            return found;
        }

        bool TryTakeRemoval(out int part)
        {
            bool found = TryPeekRemoval(out Entry entry);
            part = entry.Part;
            if (found)
            {
                removals.Dequeue();
            }

            return found;
        }
    }
}

/// <summary>Exact comparisons of products, in 128-bit integers with a <see cref="BigInteger"/> fallback on overflow.</summary>
internal static class WideArithmetic
{
    /// <summary>Compares a × b with c × d.</summary>
    public static int CompareProducts(Int128 a, Int128 b, Int128 c, Int128 d)
    {
        try
        {
            return checked(a * b).CompareTo(checked(c * d));
        }
        catch (OverflowException)
        {
            return (((BigInteger)a) * ((BigInteger)b)).CompareTo(((BigInteger)c) * ((BigInteger)d));
        }
    }

    /// <summary>Compares constant × q + free × p with total × q.</summary>
    public static int CompareSum(Int128 constant, long q, Int128 free, long p, long total)
    {
        try
        {
            return checked((constant * q) + (free * p)).CompareTo(checked((Int128)total * q));
        }
        catch (OverflowException)
        {
            return ((((BigInteger)constant) * q) + (((BigInteger)free) * p)).CompareTo(((BigInteger)total) * q);
        }
    }
}
