namespace Accountability;

/// <summary>
/// Rounds a set of exact shares onto a decimal grid so that the rounded shares add up to an exact
/// total (largest remainder at the grid's last place, ties to the lower index). Used wherever the
/// library shows parts that must sum exactly to a whole (score contributions, re-normalised weights).
/// The grid arithmetic itself is <see cref="DecimalGrid"/>'s.
/// </summary>
internal static class ExactSum
{
    /// <summary>
    /// Returns the shares rounded to <paramref name="decimals"/> places, adjusted so that they sum to
    /// <paramref name="total"/> (which must itself lie on that grid and be within one grid unit per share of the sum of the shares).
    /// </summary>
    public static decimal[] ToGrid(ReadOnlySpan<decimal> shares, decimal total, int decimals)
    {
        var result = new decimal[shares.Length];
        DecimalGrid.ToGrid(shares, total, decimals, result);
        return result;
    }
}
