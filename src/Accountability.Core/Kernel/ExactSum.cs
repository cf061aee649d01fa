namespace Accountability;

/// <summary>
/// Rounds a set of exact shares onto a decimal grid so that the rounded shares add up to an exact
/// total (largest remainder at the grid's last place, ties to the lower index). Used wherever the
/// library shows parts that must sum exactly to a whole (score contributions, re-normalised weights).
/// </summary>
internal static class ExactSum
{
    /// <summary>
    /// Returns the shares rounded to <paramref name="decimals"/> places, adjusted so that they sum to
    /// <paramref name="total"/> (which must itself lie on that grid and be within one grid unit per share of the sum of the shares).
    /// </summary>
    public static decimal[] ToGrid(ReadOnlySpan<decimal> shares, decimal total, int decimals)
    {
        decimal unit = Pow10Negative(decimals);
        var result = new decimal[shares.Length];
        var remainders = new decimal[shares.Length];
        decimal sum = 0m;
        for (int i = 0; i < shares.Length; i++)
        {
            decimal floored = decimal.Floor(shares[i] / unit) * unit;
            result[i] = floored;
            remainders[i] = shares[i] - floored;
            sum += floored;
        }

        decimal missingUnits = (total - sum) / unit;
        int units = (int)decimal.Round(missingUnits, 0, MidpointRounding.AwayFromZero);
        if (units == 0 || shares.Length == 0)
        {
            return result;
        }

        int[] order = new int[shares.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (units > 0)
        {
            // Largest remainders first; ties to the lower index.
            Array.Sort(order, (a, b) => remainders[b] != remainders[a] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
            for (int k = 0; k < units; k++)
            {
                result[order[k % order.Length]] += unit;
            }
        }
        else
        {
            // Too much after flooring cannot happen for non-negative grids; take from the smallest remainders.
            Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[a].CompareTo(remainders[b]) : b.CompareTo(a));
            for (int k = 0; k < -units; k++)
            {
                result[order[k % order.Length]] -= unit;
            }
        }

        return result;
    }

    public static decimal Pow10Negative(int decimals)
    {
        decimal unit = 1m;
        for (int i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
