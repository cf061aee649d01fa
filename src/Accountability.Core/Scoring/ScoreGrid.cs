namespace Accountability.Scoring;

/// <summary>
/// Largest-remainder rounding of shares onto the score grid (<see cref="ScorePrecision.Decimals"/> places) so that they
/// add up to an exact total: the same rule as the kernel's <c>ExactSum.ToGrid</c> (largest remainder first, ties to the
/// lower index), on spans and without allocating, for the explained-result hot path.
/// </summary>
internal static class ScoreGrid
{
    private const decimal Scale = 1_000_000_000_000m;
    private const decimal Unit = 0.000000000001m;

    /// <summary>Writes into <paramref name="result"/> the shares rounded to the grid, adjusted to sum to <paramref name="total"/> (itself on the grid).</summary>
    public static void Apportion(ReadOnlySpan<decimal> shares, decimal total, Span<decimal> result)
    {
        int n = shares.Length;
        Span<decimal> remainders = n <= ScorecardEvaluator.StackLimit ? stackalloc decimal[n] : new decimal[n];
        decimal sum = 0m;
        for (int i = 0; i < n; i++)
        {
            decimal floored = decimal.Floor(shares[i] * Scale) * Unit;
            result[i] = floored;
            remainders[i] = shares[i] - floored;
            sum += floored;
        }

        int units = (int)decimal.Round((total - sum) * Scale, 0, MidpointRounding.AwayFromZero);
        if (units == 0 || n == 0)
        {
            Pad(result);
            return;
        }

        Span<int> order = n <= ScorecardEvaluator.StackLimit ? stackalloc int[n] : new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Insertion sort (n is a scorecard's criteria): largest remainders first, ties to the lower index;
        // when there is too much, smallest remainders first, ties to the higher index.
        bool largestFirst = units > 0;
        for (int i = 1; i < n; i++)
        {
            int item = order[i];
            int j = i - 1;
            while (j >= 0 && Before(item, order[j], remainders, largestFirst))
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }

        decimal step = largestFirst ? Unit : -Unit;
        for (int k = 0; k < Math.Abs(units); k++)
        {
            result[order[k % n]] += step;
        }

        Pad(result);
    }

    private static bool Before(int a, int b, ReadOnlySpan<decimal> remainders, bool largestFirst) =>
        largestFirst
            ? remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b
            : remainders[a] != remainders[b] ? remainders[a] < remainders[b] : a > b;

    private static void Pad(Span<decimal> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ScorePrecision.Normalize(values[i]);
        }
    }
}
