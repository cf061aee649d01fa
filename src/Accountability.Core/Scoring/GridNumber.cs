using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Accountability.Scoring;

/// <summary>
/// Exact integer arithmetic on the score grid for the batch fast path: a score is a count of 10^-12 (its
/// <i>units</i>, a <see cref="long"/>), and decimals that fit are read as a 64-bit mantissa and a scale.
/// </summary>
/// <remarks>
/// <para>
/// The fast path must give the <see cref="decimal"/> path's result to the last digit and scale. The decimal path
/// divides (rounding the quotient to 28–29 significant digits) and then rounds to 12 places half away from zero: a
/// double rounding. The two agree unless the exact quotient lies within the decimal path's error (below 10^-20 for
/// scores up to <see cref="MaximumScore"/>) of a 12-place midpoint; <see cref="TryRound"/> refuses any quotient within
/// 2^-20 of a unit of a midpoint (exact midpoints included), and the caller falls back to the decimal path for that
/// subject. A result that rounds to zero from below is refused too (the decimal path may carry a negative zero).
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class GridNumber
{
    /// <summary>How many scales, from the reference values' own, <see cref="Prepare"/> keeps ready.</summary>
    public const int PreparedScales = 6;

    /// <summary>Units in one: 10^12.</summary>
    public const long One = 1_000_000_000_000L;

    /// <summary>A score of 100 in units.</summary>
    public const long Hundred = 100 * One;

    /// <summary>The largest score magnitude the fast path carries: 10^6 (10^18 units, well inside 64 bits).</summary>
    public const decimal MaximumScore = 1_000_000m;

    /// <summary>The largest mantissa magnitude read as a fixed-point value: 4 × 10^18 (so differences fit in 63 bits).</summary>
    public const long MaximumMantissa = 4_000_000_000_000_000_000L;

    private static readonly long[] Powers = MakePowers();

    // Per shift k: the largest mantissa that may be multiplied by 10^k and stay within MaximumMantissa.
    private static readonly long[] Limits = MakeLimits();

    /// <summary>Tells whether decimals are laid out as this class reads them (checked once; otherwise the fast path stays off).</summary>
    public static bool LayoutKnown { get; } = CheckLayout();

    /// <summary>10^k for 0 ≤ k ≤ 18.</summary>
    public static long Power(int k) => Powers[k];

    /// <summary>Reads a decimal as mantissa × 10^-scale when its mantissa is at most <see cref="MaximumMantissa"/>; a negative zero is refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(decimal value, out long mantissa, out int scale)
    {
        ref readonly Bits bits = ref Unsafe.As<decimal, Bits>(ref Unsafe.AsRef(in value));
        scale = (bits.Flags >> 16) & 0xFF;
        ulong low = bits.Low;
        if (bits.High != 0 || low > (ulong)MaximumMantissa || (bits.Flags < 0 && low == 0))
        {
            mantissa = 0;
            return false;
        }

        mantissa = bits.Flags < 0 ? -(long)low : (long)low;
        return true;
    }

    /// <summary>Brings a mantissa from <paramref name="scale"/> up to <paramref name="common"/> places, within <see cref="MaximumMantissa"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRaise(ref long mantissa, int scale, int common)
    {
        int k = common - scale;
        if (k == 0 || mantissa == 0)
        {
            return true;
        }

        if (k >= Limits.Length || Math.Abs(mantissa) > Limits[k])
        {
            return false;
        }

        mantissa = unchecked(mantissa * Powers[k]);
        return true;
    }

    /// <summary>Reads two decimals as mantissas at one common scale.</summary>
    public static bool TryAlign(decimal a, decimal b, out long x, out long y)
    {
        if (!TryRead(a, out x, out int sa) | !TryRead(b, out y, out int sb))
        {
            return false;
        }

        int s = Math.Max(sa, sb);
        return TryRaise(ref x, sa, s) && TryRaise(ref y, sb, s);
    }

    /// <summary>Reads three decimals as mantissas at one common scale.</summary>
    public static bool TryAlign(decimal a, decimal b, decimal c, out long x, out long y, out long z) => TryAlign(a, b, c, out x, out y, out z, out _);

    /// <summary>Reads three decimals as mantissas at one common scale, and tells the scale.</summary>
    public static bool TryAlign(decimal a, decimal b, decimal c, out long x, out long y, out long z, out int scale)
    {
        scale = 0;
        if (!TryRead(a, out x, out int sa) | !TryRead(b, out y, out int sb) | !TryRead(c, out z, out int sc))
        {
            return false;
        }

        scale = Math.Max(sa, Math.Max(sb, sc));
        return TryRaise(ref x, sa, scale) && TryRaise(ref y, sb, scale) && TryRaise(ref z, sc, scale);
    }

    /// <summary>Reads four decimals as mantissas at one common scale.</summary>
    public static bool TryAlign(decimal a, decimal b, decimal c, decimal d, out long x, out long y, out long z, out long w)
    {
        if (!TryRead(a, out x, out int sa) | !TryRead(b, out y, out int sb) | !TryRead(c, out z, out int sc) | !TryRead(d, out w, out int sd))
        {
            return false;
        }

        int s = Math.Max(Math.Max(sa, sb), Math.Max(sc, sd));
        return TryRaise(ref x, sa, s) && TryRaise(ref y, sb, s) && TryRaise(ref z, sc, s) && TryRaise(ref w, sd, s);
    }

    /// <summary>
    /// Prepares up to three reference values of a definition for <see cref="TryAlign(decimal, long[], out long, out long)"/>:
    /// element 0 is their common scale s; for the scales s + k, k from 0 to <see cref="PreparedScales"/> − 1, elements
    /// 1 + 4k .. 4 + 4k hold 1 when they fit at that scale and their mantissas there (beyond, they are raised from the first
    /// entry when read). Null when they do not fit at all.
    /// </summary>
    public static long[]? Prepare(params ReadOnlySpan<decimal> values)
    {
        Span<long> mantissas = stackalloc long[3];
        Span<int> scales = stackalloc int[3];
        int common = 0;
        for (int v = 0; v < values.Length; v++)
        {
            if (!TryRead(values[v], out mantissas[v], out scales[v]))
            {
                return null;
            }

            common = Math.Max(common, scales[v]);
        }

        var prepared = new long[1 + (4 * PreparedScales)];
        prepared[0] = common;
        for (int k = common; k < common + PreparedScales; k++)
        {
            int at = 1 + (4 * (k - common));
            bool fits = true;
            for (int v = 0; v < values.Length; v++)
            {
                long m = mantissas[v];
                fits &= TryRaise(ref m, scales[v], k);
                prepared[at + 1 + v] = m;
            }

            prepared[at] = fits ? 1 : 0;
        }

        return prepared;
    }

    /// <summary>Reads an actual value at the common scale of prepared reference values (see <see cref="Prepare"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAlign(decimal actual, long[] prepared, out long a, out long r0, out long r1, out long r2) => TryAlign(actual, prepared, out a, out r0, out r1, out r2, out _);

    /// <summary>Reads an actual value at the common scale of prepared reference values, and tells the scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAlign(decimal actual, long[] prepared, out long a, out long r0, out long r1, out long r2, out int common)
    {
        r0 = r1 = r2 = 0;
        common = 0;
        if (!TryRead(actual, out a, out int scale))
        {
            return false;
        }

        int first = (int)prepared[0];
        common = Math.Max(scale, first);
        int k = common - first;
        if (k >= PreparedScales)
        {
            // An actual with many more places than the reference values: raise them from the first entry.
            r0 = prepared[2];
            r1 = prepared[3];
            r2 = prepared[4];
            return prepared[1] != 0 && TryRaise(ref r0, first, common) && TryRaise(ref r1, first, common) && TryRaise(ref r2, first, common);
        }

        int at = 1 + (4 * k);
        if (prepared[at] == 0 || !TryRaise(ref a, scale, common))
        {
            return false;
        }

        r0 = prepared[at + 1];
        r1 = prepared[at + 2];
        r2 = prepared[at + 3];
        return true;
    }

    /// <summary>Reads an actual value at the common scale of one prepared reference value (see <see cref="Prepare"/>).</summary>
    public static bool TryAlign(decimal actual, long[] prepared, out long a, out long r0) => TryAlign(actual, prepared, out a, out r0, out _, out _);

    /// <summary>
    /// A score setting (a floor, a cap, a step's score) as units, when it lies on the grid (at most 12 places), within
    /// ±<see cref="MaximumScore"/>, and is not a negative zero.
    /// </summary>
    public static bool TryUnits(decimal score, out long units)
    {
        units = 0;
        if (score < -MaximumScore || score > MaximumScore || !TryRead(score, out long mantissa, out int scale) || scale > ScorePrecision.Decimals)
        {
            return false;
        }

        units = mantissa * Powers[ScorePrecision.Decimals - scale];
        return true;
    }

    /// <summary>
    /// A score already rounded to the grid by the decimal path (scale 12) as units; refused when beyond
    /// ±<see cref="MaximumScore"/> or a negative zero.
    /// </summary>
    public static bool TryScoreUnits(decimal score, out long units)
    {
        units = 0;
        if (score < -MaximumScore || score > MaximumScore || !TryRead(score, out long mantissa, out int scale) || scale > ScorePrecision.Decimals)
        {
            return false;
        }

        units = mantissa * Powers[ScorePrecision.Decimals - scale];
        return true;
    }

    /// <summary>
    /// Rounds a value of any scale that fits to the grid (half away from zero): a single rounding, exact. Refused
    /// when the value does not fit, lies beyond ±<see cref="MaximumScore"/>, or rounds to zero from below.
    /// </summary>
    public static bool TryRoundValue(decimal value, out long units)
    {
        units = 0;
        if (value < -MaximumScore || value > MaximumScore || !TryRead(value, out long mantissa, out int scale))
        {
            return false;
        }

        if (scale <= ScorePrecision.Decimals)
        {
            units = mantissa * Powers[ScorePrecision.Decimals - scale];
            return true;
        }

        long divisor = Powers[scale - ScorePrecision.Decimals];
        ulong magnitude = (ulong)Math.Abs(mantissa);
        ulong q = magnitude / (ulong)divisor;
        ulong r = magnitude - (q * (ulong)divisor);
        if (r * 2 >= (ulong)divisor)
        {
            q++;
        }

        if (q == 0 && mantissa < 0)
        {
            return false;
        }

        units = mantissa < 0 ? -(long)q : (long)q;
        return true;
    }

    /// <summary>
    /// <paramref name="numerator"/> ÷ <paramref name="denominator"/> rounded half away from zero (both positive here, so
    /// half up), unless the exact quotient lies within 2^-20 of a midpoint between two integers (see the remarks of
    /// <see cref="GridNumber"/>). The denominator is below 2^63.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRound(UInt128 numerator, ulong denominator, out ulong quotient)
    {
        ulong remainder;
        if ((ulong)(numerator >> 64) == 0)
        {
            ulong n = (ulong)numerator;
            quotient = n / denominator;
            remainder = unchecked(n - (quotient * denominator));
        }
        else
        {
            UInt128 q = numerator / denominator;
            if (q > ulong.MaxValue)
            {
                quotient = 0;
                return false;
            }

            quotient = (ulong)q;
            remainder = (ulong)unchecked(numerator - (q * denominator));
        }

        // How far the exact quotient lies from the midpoint, in units of 1 / (2 × denominator).
        ulong twice = remainder * 2;
        ulong distance = twice >= denominator ? twice - denominator : denominator - twice;
        if (distance <= denominator >> 19)
        {
            return false;
        }

        if (twice > denominator)
        {
            quotient++;
        }

        return true;
    }

    /// <summary>
    /// A rounded point on a line: <paramref name="y0"/> + <paramref name="dx"/> × <paramref name="dy"/> ÷ <paramref name="width"/>
    /// on the grid, for 0 ≤ dx &lt; width and dy &gt; 0 (all in units or one common scale).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLine(long dx, long width, long y0, long dy, out long units)
    {
        if (!TryRound(unchecked((UInt128)(ulong)dx * (ulong)dy), (ulong)width, out ulong q))
        {
            units = 0;
            return false;
        }

        units = unchecked(y0 + (long)q);
        return units != 0 || y0 >= 0;
    }

    /// <summary>A score in units as a decimal with exactly 12 places.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal ToDecimal(long units)
    {
        ulong magnitude = units < 0 ? unchecked((ulong)-units) : (ulong)units;
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, units < 0, ScorePrecision.Decimals);
    }

    private static long[] MakePowers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (int k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10;
        }

        return powers;
    }

    private static long[] MakeLimits()
    {
        var limits = new long[19];
        for (int k = 0; k < limits.Length; k++)
        {
            limits[k] = MaximumMantissa / MakePowers()[k];
        }

        return limits;
    }

    private static bool CheckLayout()
    {
        decimal[] probes = [0m, 1m, -1.5m, 123456789012345.678m, -0.000000000001m, 79228162514264337593543950335m, new decimal(0, 0, 0, true, 12)];
        Span<int> expected = stackalloc int[4];
        foreach (decimal probe in probes)
        {
            decimal.GetBits(probe, expected);
            Bits bits = Unsafe.As<decimal, Bits>(ref Unsafe.AsRef(in probe));
            if (bits.Flags != expected[3] || bits.High != unchecked((uint)expected[2]) || bits.Low != unchecked(((ulong)(uint)expected[1] << 32) | (uint)expected[0]))
            {
                return false;
            }
        }

        return true;
    }

    // System.Decimal's fields on .NET (flags, high 32 bits, low 64 bits); checked once by CheckLayout.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Bits
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
}
