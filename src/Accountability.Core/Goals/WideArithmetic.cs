using System.Numerics;

namespace Accountability.Goals;

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
