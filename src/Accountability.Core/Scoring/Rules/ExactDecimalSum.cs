using System.Globalization;
using System.Numerics;

namespace Accountability.Scoring.Rules;

/// <summary>The exact sum of decimals, as an integer count of 10^-28: no rounding, whatever the digits.</summary>
internal readonly struct ExactDecimalSum
{
    private const int Scale = 28;
    private readonly BigInteger _units;
    private readonly int _scale;

    private ExactDecimalSum(BigInteger units, int scale)
    {
        _units = units;
        _scale = scale;
    }

    /// <summary>Tells whether the exact sum is itself a decimal with no more places than the largest of its terms (so decimal addition did not round).</summary>
    public bool IsExactDecimal => _units % BigInteger.Pow(10, Scale - _scale) == 0 && BigInteger.Abs(_units / BigInteger.Pow(10, Scale - _scale)) <= new BigInteger(decimal.MaxValue);

    public static ExactDecimalSum Of(IEnumerable<decimal> values)
    {
        BigInteger sum = BigInteger.Zero;
        int scale = 0;
        foreach (decimal value in values)
        {
            sum += Units(value);
            scale = Math.Max(scale, value.Scale);
        }

        return new ExactDecimalSum(sum, scale);
    }

    public bool Equals(decimal value) => _units == Units(value);

    /// <summary>The exact sum in invariant notation, with as many places as the term with the most (more only when needed).</summary>
    public override string ToString()
    {
        BigInteger magnitude = BigInteger.Abs(_units);
        string digits = magnitude.ToString(CultureInfo.InvariantCulture).PadLeft(Scale + 1, '0');
        string whole = digits[..^Scale];
        string fraction = digits[^Scale..].TrimEnd('0');
        if (fraction.Length < _scale)
        {
            fraction = fraction.PadRight(_scale, '0');
        }

        string sign = _units.Sign < 0 ? "-" : string.Empty;
        return fraction.Length == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    private static BigInteger Units(decimal value)
    {
        // value = mantissa × 10^-scale, so in units of 10^-28 it is mantissa × 10^(28 - scale).
        int[] bits = decimal.GetBits(value);
        var mantissa = new BigInteger(unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0])) + (new BigInteger(unchecked((uint)bits[2])) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        BigInteger units = mantissa * BigInteger.Pow(10, Scale - scale);
        return bits[3] < 0 ? -units : units;
    }
}
