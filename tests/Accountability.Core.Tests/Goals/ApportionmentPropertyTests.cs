using Accountability.Goals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Goals;

public class ApportionmentPropertyTests
{
    private static readonly ApportionmentMethod[] Methods = Enum.GetValues<ApportionmentMethod>();
    private static readonly ApportionmentMethod[] DivisorMethods = [ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill];

    public sealed record ShareCase(long Total, decimal[] Weights, ApportionmentMethod Method)
    {
        public override string ToString() => $"{Method} {Total} over [{string.Join(", ", Weights)}]";
    }

    public static class Arbitraries
    {
        public static Gen<decimal[]> WeightsGen =>
            from n in Gen.Choose(1, 8)
            from ws in Gen.Frequency((3, Gen.Choose(0, 1000)), (1, Gen.Choose(0, 3)), (1, Gen.Choose(0, 1))).ArrayOf(n)
            let fixedUp = ws.All(w => w == 0) ? [.. ws.Select((w, i) => i == 0 ? 1 : w)] : ws
            select fixedUp.Select(w => (decimal)w).ToArray();

        public static Arbitrary<ShareCase> Cases() =>
            (from total in Gen.Frequency((3, Gen.Choose(0, 60)), (1, Gen.Choose(0, 5000)))
             from weights in WeightsGen
             from method in Gen.Elements(Methods)
             select new ShareCase(total, weights, method)).ToArbitrary();
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_Always_SumsExactlyWithNoNegativeShare(ShareCase c)
    {
        long[] shares = Apportionment.Apportion(c.Total, c.Weights, c.Method);
        return (shares.Sum() == c.Total && shares.All(s => s >= 0) && shares.Length == c.Weights.Length).Label(c.ToString());
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_LargestRemainder_StaysWithinOneUnitOfTheQuota(ShareCase c)
    {
        long[] shares = Apportionment.Apportion(c.Total, c.Weights, ApportionmentMethod.LargestRemainder);
        decimal sum = c.Weights.Sum();

        // floor(quota) <= share <= ceil(quota), checked without division: share*W - total*w lies in (-W, W).
        bool ok = shares.Select((s, i) => (s * sum) - (c.Total * c.Weights[i])).All(d => d > -sum && d < sum);
        return ok.Label(c.ToString());
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_DivisorMethods_AreHouseMonotone(ShareCase c)
    {
        ApportionmentMethod method = DivisorMethods[(int)(c.Total % DivisorMethods.Length)];
        long[] before = Apportionment.Apportion(c.Total, c.Weights, method);
        long[] after = Apportionment.Apportion(c.Total + 1, c.Weights, method);
        return before.Zip(after).All(p => p.Second >= p.First).Label($"{method}: {c}");
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_ScalingAllWeights_ChangesNothing(ShareCase c, PositiveInt factor)
    {
        long[] plain = Apportionment.Apportion(c.Total, c.Weights, c.Method);
        long[] scaled = Apportionment.Apportion(c.Total, [.. c.Weights.Select(w => w * factor.Get)], c.Method);
        long[] hundredths = Apportionment.Apportion(c.Total, [.. c.Weights.Select(w => w / 100m)], c.Method);
        return (plain.SequenceEqual(scaled) && plain.SequenceEqual(hundredths)).Label(c.ToString());
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_LargerWeight_NeverGetsASmallerShare(ShareCase c)
    {
        long[] s = Apportionment.Apportion(c.Total, c.Weights, c.Method);
        bool ok = true;
        for (int i = 0; i < s.Length; i++)
        {
            for (int j = 0; j < s.Length; j++)
            {
                bool heavier = c.Weights[i] > c.Weights[j];
                bool tieWonByLowerIndex = c.Weights[i] == c.Weights[j] && i < j;
                if ((heavier || tieWonByLowerIndex) && s[i] < s[j])
                {
                    ok = false;
                }
            }
        }

        return ok.Label(c.ToString());
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_MatchesTheTextbookSeatBySeatDefinition(ShareCase c)
    {
        long total = Math.Min(c.Total, 300);
        long[] fast = Apportionment.Apportion(total, c.Weights, c.Method);
        long[] textbook = c.Method == ApportionmentMethod.LargestRemainder
            ? TextbookLargestRemainder(total, c.Weights)
            : TextbookHighestAverages(total, c.Weights, c.Method, null, null);
        return fast.SequenceEqual(textbook).Label($"{c}: fast [{string.Join(",", fast)}] textbook [{string.Join(",", textbook)}]");
    }

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_WithBounds_RespectsThemAndMatchesTheTextbook(ShareCase c, int seed)
    {
        var random = new Random(seed);
        long total = Math.Min(c.Total, 200);
        int n = c.Weights.Length;
        var min = new long[n];
        var max = new long?[n];
        for (int i = 0; i < n; i++)
        {
            min[i] = random.Next(3) == 0 ? random.Next(0, (int)(total / n) + 1) : 0;
            max[i] = random.Next(3) == 0 ? min[i] + random.Next(0, (int)total + 1) : null;
        }

        ApportionmentClaim[] claims = [.. c.Weights.Select((w, i) => ApportionmentClaim.Weighted(w).WithMinimum(min[i]).WithMaximum(max[i]))];
        long capacity = Enumerable.Range(0, n).Sum(i => c.Weights[i] > 0 ? max[i] ?? total : min[i]);
        if (min.Sum() > total || capacity < total)
        {
            return Assert.Throws<AccountabilityException>(() => Apportionment.Apportion(total, claims, c.Method)).Problems.Count.Equals(1).Label("infeasible bounds reported");
        }

        long[] s = Apportionment.Apportion(total, claims, c.Method);
        bool within = s.Select((x, i) => x >= min[i] && (max[i] is not long m || x <= m)).All(b => b);
        bool matches = c.Method == ApportionmentMethod.LargestRemainder || s.SequenceEqual(TextbookHighestAverages(total, c.Weights, c.Method, min, max));
        return (s.Sum() == total && within && matches).Label($"{c} min [{string.Join(",", min)}] max [{string.Join(",", max)}] got [{string.Join(",", s)}]");
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_NegativeTotal_IsSymmetric(ShareCase c)
    {
        long[] plus = Apportionment.Apportion(c.Total, c.Weights, c.Method);
        long[] minus = Apportionment.Apportion(-c.Total, c.Weights, c.Method);
        return plus.Select(x => -x).SequenceEqual(minus).Label(c.ToString());
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Apportion_MoneyAmount_AddsBackToTheCent(ShareCase c, PositiveInt cents)
    {
        decimal amount = cents.Get / 100m;
        decimal[] parts = Apportionment.Apportion(amount, 2, c.Weights, c.Method);
        return (parts.Sum() == amount && parts.All(p => p == decimal.Round(p, 2) && p >= 0)).Label(c.ToString());
    }

    [Property(MaxTest = 150)]
    public Property Apportion_DivisorMethodsOnLargeTotals_SatisfyTheDivisorCriterion(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        int n = random.Next(1, 30);
        decimal[] w = [.. Enumerable.Range(0, n).Select(_ => (decimal)random.Next(0, 1_000_000))];
        w[0] += 1;
        long total = random.NextInt64(0, 2_000_000_000L);
        ApportionmentMethod method = DivisorMethods[random.Next(DivisorMethods.Length)];
        long[] s = Apportionment.Apportion(total, w, method);

        // Every unit given must have at least as good a claim as every unit not given (ties: the lower index).
        bool ok = s.Sum() == total;
        for (int i = 0; i < n && ok; i++)
        {
            for (int j = 0; j < n && ok; j++)
            {
                if (i == j || w[i] == 0 || s[j] == 0)
                {
                    continue;
                }

                int c = Compare(w[i], s[i], w[j], s[j] - 1);
                ok = c < 0 || (c == 0 && j < i);
            }
        }

        return ok.Label($"{method} {total} over [{string.Join(",", w)}] -> [{string.Join(",", s)}]");

        int Compare(decimal wa, long ka, decimal wb, long kb)
        {
            System.Numerics.BigInteger a = new(wa);
            System.Numerics.BigInteger b = new(wb);
            return method switch
            {
                ApportionmentMethod.DHondt => (a * (kb + 1)).CompareTo(b * (ka + 1)),
                ApportionmentMethod.SainteLague => (a * ((2 * (System.Numerics.BigInteger)kb) + 1)).CompareTo(b * ((2 * (System.Numerics.BigInteger)ka) + 1)),
                _ => ka == 0 || kb == 0
                    ? (ka == 0 && kb == 0 ? wa.CompareTo(wb) : ka == 0 ? 1 : -1)
                    : (a * a * kb * ((System.Numerics.BigInteger)kb + 1)).CompareTo(b * b * ka * ((System.Numerics.BigInteger)ka + 1)),
            };
        }
    }

    /// <summary>Hamilton by the book: floors of the quotas, then +1 to the largest remainders (ties to the lower index).</summary>
    private static long[] TextbookLargestRemainder(long total, decimal[] w)
    {
        decimal sum = w.Sum();
        long[] floors = [.. w.Select(x => (long)decimal.Floor(total * x / sum))];
        decimal[] rest = [.. w.Select((x, i) => (total * x) - (floors[i] * sum))];
        long left = total - floors.Sum();
        foreach (int i in Enumerable.Range(0, w.Length).OrderByDescending(i => rest[i]).ThenBy(i => i).Take((int)left))
        {
            floors[i]++;
        }

        return floors;
    }

    /// <summary>Highest averages by the book: hand out one unit at a time to the best claim, starting from the minimums.</summary>
    private static long[] TextbookHighestAverages(long total, decimal[] w, ApportionmentMethod method, long[]? min, long?[]? max)
    {
        int n = w.Length;
        long[] s = min is null ? new long[n] : [.. min];
        for (long k = s.Sum(); k < total; k++)
        {
            int best = -1;
            for (int i = 0; i < n; i++)
            {
                if (w[i] == 0 || (max?[i] is long m && s[i] >= m))
                {
                    continue;
                }

                if (best < 0 || Better(i, best))
                {
                    best = i;
                }
            }

            s[best]++;
        }

        return s;

        bool Better(int a, int b)
        {
            // Exact comparison of w/d(s): cross-multiplied, squared for Huntington-Hill.
            decimal da = Divisor(s[a]);
            decimal db = Divisor(s[b]);
            if (method == ApportionmentMethod.HuntingtonHill)
            {
                if (s[a] == 0 || s[b] == 0)
                {
                    return s[a] == 0 && s[b] == 0 ? w[a] > w[b] : s[a] == 0;
                }

                return w[a] * w[a] * db > w[b] * w[b] * da;
            }

            return w[a] * db > w[b] * da;
        }

        decimal Divisor(long units) => method switch
        {
            ApportionmentMethod.DHondt => units + 1,
            ApportionmentMethod.SainteLague => (2 * units) + 1,
            _ => units * (units + 1),
        };
    }
}
