using System.Globalization;

namespace Accountability;

/// <summary>
/// Arithmetic on a decimal grid of step <c>10^-decimals</c> (cents, whole units, score places), written once for the
/// whole library: powers of ten, amounts to and from whole units of the grid, and largest remainder on a grid. Every
/// operation is exact; none goes through floating point.
/// </summary>
/// <remarks>
/// Users: <see cref="Money"/> (minor units), <see cref="ExactSum"/> (shares on a grid, as arrays), Scoring's explained
/// results (contributions and effective weights on the score grid, through the allocation-free
/// <see cref="ToGrid(ReadOnlySpan{decimal}, decimal, int, Span{decimal})"/>), and in Goals
/// the apportionment (which converts totals and weights to units and rounds quotas by largest remainder), target
/// decomposition and the actuals ledger.
/// </remarks>
internal static class DecimalGrid
{
    /// <summary>The most decimal places a grid may have and still hold every 64-bit number of units exactly.</summary>
    public const int MaxDecimals = 18;

    private static readonly decimal[] Powers = BuildPowers();

    // long.MaxValue ÷ 10^d and long.MinValue ÷ 10^d for every d, divided once here rather than on every conversion.
    private static readonly decimal[] MaxLimits = [.. Powers.Select(p => long.MaxValue / p)];
    private static readonly decimal[] MinLimits = [.. Powers.Select(p => long.MinValue / p)];

    /// <summary>Why an amount could not be put on a grid.</summary>
    public enum Failure
    {
        /// <summary>It could.</summary>
        None,

        /// <summary>In units of the grid it does not fit in 64 bits.</summary>
        TooLarge,

        /// <summary>It has more decimal places than the grid.</summary>
        OffGrid,
    }

    /// <summary>10^<paramref name="decimals"/>, exactly, for 0 to 28.</summary>
    public static decimal Pow10(int decimals) => Powers[decimals];

    /// <summary><see cref="long.MaxValue"/> ÷ 10^<paramref name="decimals"/>, exactly as decimal divides it, for 0 to 28: the largest amount whose units at that scale fit in 64 bits.</summary>
    public static decimal LongLimit(int decimals) => MaxLimits[decimals];

    /// <summary>One step of the grid, 10^-<paramref name="decimals"/>, exactly, for 0 to 28.</summary>
    public static decimal Step(int decimals) => new(1, 0, 0, false, checked((byte)decimals));

    /// <summary>Tells whether a value lies on the grid (has at most <paramref name="decimals"/> significant decimal places).</summary>
    public static bool IsOnGrid(decimal value, int decimals) => SignificantDecimals(value) <= decimals;

    /// <summary>The number of decimal places a value really needs (trailing zeros ignored).</summary>
    public static int SignificantDecimals(decimal value)
    {
        if (value.Scale == 0)
        {
            return 0;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        if (scale == 0)
        {
            return 0;
        }

        ulong low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        if (bits[2] == 0)
        {
            // The usual case (cents, percentages): 64-bit division, much cheaper than 128-bit.
            while (scale > 0 && low % 10 == 0 && low != 0)
            {
                low /= 10;
                scale--;
            }

            return low == 0 ? 0 : scale;
        }

        UInt128 mantissa = unchecked(new((ulong)(uint)bits[2], low));
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return mantissa == 0 ? 0 : scale;
    }

    /// <summary>Converts an amount to a whole number of grid steps.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="decimals">The grid's decimal places, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="units">The number of steps, when the amount fits on the grid.</param>
    /// <returns><see cref="Failure.None"/>, or why the amount does not fit.</returns>
    public static Failure TryToUnits(decimal amount, int decimals, out long units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        decimal scale = Powers[decimals];
        units = 0;

        // Both limits are exact at up to 18 decimal places, so every amount that fits is accepted (long.MinValue too).
        if (amount > MaxLimits[decimals] || amount < MinLimits[decimals])
        {
            return Failure.TooLarge;
        }

        decimal scaled = amount * scale;
        if (scaled != decimal.Truncate(scaled))
        {
            return Failure.OffGrid;
        }

        units = (long)scaled;
        return Failure.None;
    }

    /// <summary>Converts an amount to a whole number of grid steps, or reports why it cannot be.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="decimals">The grid's decimal places, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="units">The number of steps, when the amount fits on the grid.</param>
    /// <param name="problem">The problem, at <paramref name="path"/>, when it does not.</param>
    /// <param name="path">Where the amount is.</param>
    /// <returns><see langword="true"/> when the amount fits.</returns>
    public static bool TryToUnits(decimal amount, int decimals, out long units, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Problem? problem, string path)
    {
        problem = TryToUnits(amount, decimals, out units) switch
        {
            Failure.TooLarge => new Problem(path, KernelProblemCodes.AmountTooLargeForGrid, string.Create(CultureInfo.InvariantCulture, $"The amount {amount} is too large: in units of {decimals} decimal places it must fit in a 64-bit integer."), ProblemSeverity.Error, amount),
            Failure.OffGrid => new Problem(path, KernelProblemCodes.AmountOffGrid, string.Create(CultureInfo.InvariantCulture, $"The amount {amount} has more than {decimals} decimal places."), ProblemSeverity.Error, amount),
            _ => null,
        };
        return problem is null;
    }

    /// <summary>Converts an amount to a whole number of grid steps, throwing the problem when it cannot be.</summary>
    /// <exception cref="AccountabilityException">The amount is off the grid or too large.</exception>
    public static long ToUnits(decimal amount, int decimals, string path) =>
        TryToUnits(amount, decimals, out long units, out Problem? problem, path) ? units : throw new AccountabilityException([problem]);

    /// <summary>Converts a number of grid steps to an amount with exactly <paramref name="decimals"/> decimal places.</summary>
    public static decimal FromUnits(long units, int decimals)
    {
        ulong magnitude = units < 0 ? (ulong)(-(units + 1)) + 1 : (ulong)units;
        return unchecked(new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)decimals));
    }

    /// <summary>Converts numbers of grid steps to amounts with exactly <paramref name="decimals"/> decimal places.</summary>
    public static decimal[] FromUnits(ReadOnlySpan<long> units, int decimals)
    {
        var result = new decimal[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            result[i] = FromUnits(units[i], decimals);
        }

        return result;
    }

    /// <summary>
    /// Largest remainder (Hamilton) in whole units: shares a non-negative total in proportion to non-negative weights,
    /// the floors of the exact quotas first, then one more unit to each of the largest remainders (ties to the lower
    /// index). All in 128-bit integers.
    /// </summary>
    /// <param name="total">The units to share, not negative.</param>
    /// <param name="weights">Non-negative whole-number weights; at least one positive when <paramref name="total"/> is not zero.</param>
    /// <returns>The shares, adding up to <paramref name="total"/>.</returns>
    public static long[] LargestRemainder(long total, ReadOnlySpan<long> weights)
    {
        Int128 sum = 0;
        foreach (long w in weights)
        {
            sum += w;
        }

        var result = new long[weights.Length];
        if (sum == 0)
        {
            return result;
        }

        long largest = 0;
        foreach (long w in weights)
        {
            largest = Math.Max(largest, w);
        }

        if (sum <= long.MaxValue && (largest == 0 || total <= long.MaxValue / largest))
        {
            // Everything fits in 64 bits: the same arithmetic, faster.
            return LargestRemainder64(total, weights, (long)sum);
        }

        var remainders = new Int128[weights.Length];
        long given = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            (Int128 quotient, Int128 rest) = Int128.DivRem((Int128)total * weights[i], sum);
            result[i] = (long)quotient;
            remainders[i] = rest;
            given += result[i];
        }

        AwardLargestRemainders<Int128>(result, remainders, total - given);
        return result;
    }

    private static long[] LargestRemainder64(long total, ReadOnlySpan<long> weights, long sum)
    {
        var result = new long[weights.Length];
        Span<long> remainders = weights.Length <= 64 ? stackalloc long[weights.Length] : new long[weights.Length];
        long given = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            (long quotient, long rest) = Math.DivRem(total * weights[i], sum);
            result[i] = quotient;
            remainders[i] = rest;
            given += quotient;
        }

        AwardLargestRemainders<long>(result, remainders, total - given);
        return result;
    }

    /// <summary>
    /// Gives one unit to each of the <paramref name="units"/> parts with the largest remainders (ties to the lower
    /// index), cycling when there are more units than parts; a negative count takes units from the smallest
    /// remainders instead (ties to the higher index).
    /// </summary>
    public static void AwardLargestRemainders<T>(Span<long> result, ReadOnlySpan<T> remainders, long units)
        where T : IComparable<T>
    {
        if (units == 0 || result.Length == 0)
        {
            return;
        }

        int[]? heap = result.Length <= SmallParts ? null : new int[result.Length];
        Span<int> order = heap ?? stackalloc int[result.Length];
        Order(remainders, largestFirst: units > 0, order, heap);
        long step = units > 0 ? 1 : -1;
        long count = Math.Abs(units);
        for (long k = 0; k < count; k++)
        {
            result[order[(int)(k % order.Length)]] += step;
        }
    }

    /// <summary>The same for amounts on a grid: adds or takes one step of the grid per unit.</summary>
    public static void AwardLargestRemainders(Span<decimal> result, ReadOnlySpan<decimal> remainders, long units, decimal step)
    {
        if (units == 0 || result.Length == 0)
        {
            return;
        }

        int[]? heap = result.Length <= SmallParts ? null : new int[result.Length];
        Span<int> order = heap ?? stackalloc int[result.Length];
        Order(remainders, largestFirst: units > 0, order, heap);
        decimal signed = units > 0 ? step : -step;
        long count = Math.Abs(units);
        for (long k = 0; k < count; k++)
        {
            result[order[(int)(k % order.Length)]] += signed;
        }
    }

    /// <summary>
    /// Rounds exact shares onto the grid of <paramref name="decimals"/> places so that they add up to
    /// <paramref name="total"/> (itself on that grid and within one step per share of the shares' sum): each share
    /// floored to the grid, then one step more to each of the largest remainders (ties to the lower index), or, when
    /// the floors are too much, one step less from each of the smallest (ties to the higher index).
    /// Writes into <paramref name="result"/> (as long as <paramref name="shares"/>); allocates nothing for up to
    /// 64 shares.
    /// </summary>
    public static void ToGrid(ReadOnlySpan<decimal> shares, decimal total, int decimals, Span<decimal> result)
    {
        int n = shares.Length;
        decimal unit = Step(decimals);
        decimal scale = Powers[decimals];
        Span<decimal> remainders = n <= SmallParts ? stackalloc decimal[n] : new decimal[n];
        decimal sum = 0m;
        for (int i = 0; i < n; i++)
        {
            decimal floored = decimal.Floor(shares[i] * scale) * unit;
            result[i] = floored;
            remainders[i] = shares[i] - floored;
            sum += floored;
        }

        long units = (long)decimal.Round((total - sum) * scale, 0, MidpointRounding.AwayFromZero);
        AwardLargestRemainders(result[..n], remainders, units, unit);
    }

    // Up to this many parts the order is found on the stack by insertion sort (months, quarters, a scorecard's criteria).
    private const int SmallParts = 64;

    // Orders the parts into order; beyond SmallParts, order is the memory of heap (sorted there by Array.Sort).
    private static void Order<T>(ReadOnlySpan<T> remainders, bool largestFirst, Span<int> order, int[]? heap)
        where T : IComparable<T>
    {
        if (heap is not null)
        {
            SortLarge(remainders, largestFirst, heap);
            return;
        }

        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Few parts: a stable insertion sort, no comparer to allocate.
        for (int i = 1; i < order.Length; i++)
        {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && Before(remainders[current], current, remainders[order[j]], order[j], largestFirst))
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }
    }

    private static void SortLarge<T>(ReadOnlySpan<T> remainders, bool largestFirst, int[] order)
        where T : IComparable<T>
    {
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        T[] keys = remainders.ToArray();
        Array.Sort(order, largestFirst
            ? (a, b) => keys[b].CompareTo(keys[a]) is int c && c != 0 ? c : a.CompareTo(b)
            : (a, b) => keys[a].CompareTo(keys[b]) is int c && c != 0 ? c : b.CompareTo(a));
    }

    /// <summary>Whether part a comes before part b: larger remainder first (ties to the lower index), or the reverse.</summary>
    private static bool Before<T>(T a, int ia, T b, int ib, bool largestFirst)
        where T : IComparable<T>
    {
        int c = a.CompareTo(b);
        return largestFirst ? c > 0 || (c == 0 && ia < ib) : c < 0 || (c == 0 && ia > ib);
    }

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }

        return powers;
    }
}
