using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

/// <summary>One criterion of a generated fast-path case.</summary>
public sealed record GridCriterion(string Kind, bool Lower, decimal Weight, decimal[] Settings, bool Own);

/// <summary>A generated scorecard (criteria, policy, gates, bands) and a table of rows (actuals and own values; null = missing, NaN-like flag = not applicable).</summary>
public sealed record GridCase(GridCriterion[] Criteria, MissingValuePolicy Policy, bool Bands, decimal? GateMinimum, bool GateCaps, decimal?[][] Actuals, bool[][] NotApplicable, decimal[][] Own)
{
    public static readonly ScoringRuleRegistry Rules = ScoringRuleRegistry.Create(new OwnRatioRule());

    public Scorecard Build()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("grid", "Grid").UseRelativeWeights().WithMissingValues(Policy);
        for (int i = 0; i < Criteria.Length; i++)
        {
            GridCriterion c = Criteria[i];
            builder.Add(new PerformanceCriterion($"c{i}", $"Criterion {i}", "u", Direction(c), Method(c)), c.Weight, c.Own ? OwnNames(c) : []);
        }

        if (Bands)
        {
            builder.WithBands(RatingBands.Create([("low", null), ("mid", 50m), ("high", 100.000000000001m)]));
        }

        if (GateMinimum is { } minimum)
        {
            builder.WithGate(GateCaps || !Bands ? ScorecardGate.CapWhenBelow("c0", minimum, 60m) : ScorecardGate.ForceBandWhenBelow("c0", minimum, "low"));
        }

        return builder.Build(Rules);
    }

    public static string[] OwnNames(GridCriterion c) => c.Kind switch
    {
        "linear" => ["threshold", "target", "stretch"],
        "ratio" or "binary" or "custom" => ["target"],
        "range" => ["rangeLow", "rangeHigh"],
        _ => [],
    };

    public ActualsTable Table(Scorecard card)
    {
        ActualsTable table = card.CreateTable(Enumerable.Range(0, Actuals.Length).Select(r => new PartyId($"s{r}")));
        for (int row = 0; row < Actuals.Length; row++)
        {
            for (int i = 0; i < Criteria.Length; i++)
            {
                if (NotApplicable[row][i])
                {
                    table.SetNotApplicable(row, i);
                }
                else if (Actuals[row][i] is { } value)
                {
                    table.Set(row, i, value);
                }
            }

            if (table.ReferenceColumnCount > 0)
            {
                table.SetReferences(row, Own[row].AsSpan(0, table.ReferenceColumnCount), null);
            }
        }

        return table;
    }

    public override string ToString() =>
        $"{Policy} bands={Bands} gate={GateMinimum}/{GateCaps}: " + string.Join(" | ", Criteria.Select(c => $"{c.Kind}{(c.Lower ? "-lower" : string.Empty)} w={c.Weight} [{string.Join(", ", c.Settings)}]{(c.Own ? " own" : string.Empty)}"))
        + " rows: " + string.Join(" | ", Actuals.Select((r, k) => string.Join(", ", r.Select((a, i) => NotApplicable[k][i] ? "n/a" : a?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing")) + " own: " + string.Join(", ", Own[k])));

    private static CriterionDirection Direction(GridCriterion c) => c.Kind switch
    {
        "direct" or "custom" => CriterionDirection.HigherIsBetter,
        "range" => CriterionDirection.ClosestToTargetIsBest,
        _ => c.Lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter,
    };

    private static ScoringMethod Method(GridCriterion c)
    {
        decimal[] s = c.Settings;
        decimal sign = c.Lower ? -1m : 1m;
        return c.Kind switch
        {
            // s: threshold, gap to target, gap to stretch (0 = none), cap, floor
            "linear" => ScoringMethod.Linear(s[0], s[0] + (sign * s[1]), s[2] == 0m ? null : s[0] + (sign * (s[1] + s[2])), s[2] == 0m ? null : s[3], s[4]),
            "ratio" => ScoringMethod.RatioToTarget(s[0], s[1] + s[2], s[2]),
            "direct" => ScoringMethod.Direct(s[0] + s[1], s[0]),
            "range" => ScoringMethod.TargetRange(s[0], s[0] + s[1], s[2], s[3]),
            "scale" => ScoringMethod.RatingScale([new RatingPoint(s[0], c.Lower ? s[4] : s[2]), new RatingPoint(s[0] + s[1], s[3]), new RatingPoint(s[0] + s[1] + s[1], c.Lower ? s[2] : s[4])]),
            "binary" => ScoringMethod.Binary(s[0], s[1] + s[2], s[2]),
            "banded" => ScoringMethod.Banded(new ScoreStep(null, s[0], s[2]), new ScoreStep(s[0], s[0] + s[1], c.Lower ? s[2] - 1m : s[2] + 1m), new ScoreStep(s[0] + s[1], null, c.Lower ? s[2] - 2m : s[2] + 2m)),
            _ => ScoringMethod.Custom(OwnRatioRule.RuleName, new Dictionary<string, decimal> { ["target"] = s[0], ["cap"] = 130m }),
        };
    }
}

public static class GridArbitraries
{
    public static Arbitrary<GridCase> Cases() => CaseGen.ToArbitrary();

    /// <summary>Decimals that stress the fast path: tenths, many places (up to 28), mantissas at the edge of fitting, exact and near rounding midpoints, negatives.</summary>
    public static Gen<decimal> Value =>
        Gen.Frequency(
            (6, Gen.Choose(-2000, 20000).Select(v => v / 10m)),
            (2, from m in Gen.Choose(-1_000_000, 1_000_000) from scale in Gen.Choose(0, 28) select new decimal(Math.Abs(m), 0, 0, m < 0, (byte)scale)),
            (2, from k in Gen.Choose(-50, 50) from scale in Gen.Choose(0, 20) select Edge(k, scale)),
            (2, from k in Gen.Choose(0, 1_000_000) from d in Gen.Choose(1, 1000) from nudge in Gen.Elements(0m, 1e-28m, -1e-28m, 1e-20m, -1e-20m, 1e-16m) select Midpoint(k, d) + nudge),
            (1, from hi in Gen.Choose(1, 1000) from scale in Gen.Choose(10, 28) select new decimal(12345, 0, hi, false, (byte)scale)));

    // A mantissa near 4 × 10^18 (the fast path's limit) at the given scale.
    private static decimal Edge(int k, int scale) => new decimal(4_000_000_000_000_000_000L + k) / Pow10(scale);

    // An actual whose linear score on threshold 0, target d is exactly a 12-place midpoint: 100 x / d = (2k + 1) / 2 × 10^-12.
    private static decimal Midpoint(int k, int d) => d * ((2m * k) + 1m) / 200_000_000_000_000m;

    private static decimal Pow10(int scale)
    {
        decimal p = 1m;
        for (int i = 0; i < scale; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static Gen<decimal> Tenths(int low, int high) => Gen.Choose(low, high).Select(v => v / 10m);

    private static Gen<decimal> Weight =>
        Gen.Frequency(
            (3, Gen.Choose(1, 9).Select(v => (decimal)v)),
            (2, from m in Gen.Choose(1, 9_999_999) from scale in Gen.Choose(0, 7) select new decimal(m, 0, 0, false, (byte)scale)));

    private static Gen<GridCriterion> CriterionGen =>
        from kind in Gen.Elements("linear", "linear", "linear", "ratio", "direct", "binary", "banded", "range", "scale", "custom")
        from lower in Gen.Elements(false, true)
        from weight in Weight
        from a in Gen.OneOf(Tenths(-500, 2000), Value)
        from b in Gen.OneOf(Tenths(1, 1000), Gen.Choose(1, 1000).Select(v => (decimal)v), Gen.Choose(1, 999).Select(v => v / 1000m))
        from c in Gen.OneOf(Gen.Constant(0m), Tenths(1, 500))
        from cap in Gen.OneOf(Gen.Constant(150m), Tenths(1001, 2000), Gen.Constant(100.0000000000001m))
        from floor in Gen.OneOf(Gen.Constant(0m), Tenths(-500, 999), Gen.Constant(-0.000000000001m))
        from own in Gen.Elements(false, false, true)
        select Make(kind, lower, weight, a, b, c, cap, floor, own);

    private static GridCriterion Make(string kind, bool lower, decimal weight, decimal a, decimal b, decimal c, decimal cap, decimal floor, bool own) => kind switch
    {
        "linear" => new(kind, lower, weight, [a, b, c, cap, floor], own),
        "ratio" => new(kind, lower, weight, [Math.Abs(a) + 0.1m, Math.Abs(b) + 1m, Math.Max(0m, floor)], own),
        "direct" => new(kind, false, weight, [floor, Math.Abs(b) * 10m + 1m], false),
        "binary" => new(kind, lower, weight, [a, Math.Abs(b) + 1m, Math.Max(0m, floor)], own),
        "banded" => new(kind, lower, weight, [a, b, 50m], false),
        "range" => new(kind, false, weight, [a, lower ? 0m : b, b, floor], own),
        "scale" => new(kind, lower, weight, [a, b, floor, c == 0m ? 50m : (floor + cap) / 2m, cap], false),
        _ => new(kind, false, weight, [Math.Abs(a) + 1m], own),
    };

    private static Gen<GridCase> CaseGen =>
        from count in Gen.Choose(1, 5)
        from criteria in Gen.ArrayOf(CriterionGen, count)
        from policy in Gen.Elements(MissingValuePolicy.ScoreZero, MissingValuePolicy.Exclude, MissingValuePolicy.Fail)
        from bands in Gen.Elements(false, true)
        from gate in Gen.OneOf(Gen.Constant<decimal?>(null), Tenths(0, 1000).Select(v => (decimal?)v))
        from caps in Gen.Elements(false, true)
        from rows in Gen.Choose(1, 6)
        from actuals in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((12, Value.Select(v => (decimal?)v)), (1, Gen.Constant<decimal?>(null))), count), rows)
        from notApplicable in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true))), count), rows)
        from own in Gen.ArrayOf(Gen.ArrayOf(Gen.OneOf(Value, Tenths(1, 2000)), 3 * count), rows)
        select new GridCase(criteria, policy, bands, gate, caps, actuals, notApplicable, own);
}

[Properties(Arbitrary = new[] { typeof(GridArbitraries) }, MaxTest = 400)]
public class GridFastPathProperties
{
    /// <summary>
    /// The exact integer fast path gives the decimal path's numbers to the last digit and scale (compared bit for bit),
    /// the same band, gates and criteria left out, the same per-subject faults, and the same problems when a row cannot
    /// be scored; the batch numbers equal the explained row's.
    /// </summary>
    [Property]
    public Property FastPath_EqualsDecimalPath(GridCase c)
    {
        Scorecard card;
        try
        {
            card = c.Build();
        }
        catch (AccountabilityException)
        {
            return true.ToProperty(); // an invalid generated definition: nothing to compare
        }

        ActualsTable table = c.Table(card);
        var fast = new SubjectScore[c.Actuals.Length];
        var slow = new SubjectScore[c.Actuals.Length];
        string? fastError = Run(() => card.ScoreBatch(table, fast, onGrid: true));
        string? slowError = Run(() => card.ScoreBatch(table, slow, onGrid: false));
        if (fastError != slowError)
        {
            return false.Label($"fast threw {fastError}; decimal threw {slowError}; {c}");
        }

        if (fastError is not null)
        {
            return true.ToProperty();
        }

        for (int row = 0; row < fast.Length; row++)
        {
            if (Describe(fast[row]) != Describe(slow[row]))
            {
                return false.Label($"row {row}: fast {Describe(fast[row])}; decimal {Describe(slow[row])}; {c}");
            }

            if (!fast[row].IsFaulted)
            {
                ScorecardResult explained = card.Explain(table, row);
                if (Bits(explained.Score) != Bits(fast[row].Score) || Bits(explained.WeightedScore) != Bits(fast[row].WeightedScore) || explained.Band?.Name != fast[row].Band?.Name)
                {
                    return false.Label($"row {row}: batch {Describe(fast[row])}; explained {explained.Score}/{explained.WeightedScore}; {c}");
                }
            }
        }

        return true.ToProperty();
    }

    internal static string Describe(SubjectScore s) =>
        $"{s.Subject} {Bits(s.WeightedScore)} {Bits(s.Score)} {s.Band?.Name} gates={s.GatesTriggered} out={s.CriteriaLeftOut} fault={s.Fault?.Code}:{s.Fault?.Message}";

    internal static string Bits(decimal? value) =>
        value is { } v ? $"{v}[{string.Join(",", decimal.GetBits(v))}]" : "null";

    private static string? Run(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (AccountabilityException ex)
        {
            return string.Join("; ", ex.Problems.Select(p => $"{p.Path} {p.Code} {p.Message}"));
        }
    }
}

/// <summary>Examples: which subjects take the fast path, and the adversarial cases the properties draw from.</summary>
public class GridFastPathTests
{
    private static Scorecard Linear(decimal threshold, decimal target, decimal? stretch = null, decimal? cap = null, decimal? floor = null, params string[] own)
    {
        var criterion = new PerformanceCriterion("k", "K", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(threshold, target, stretch, cap, floor));
        return Scorecard.CreateBuilder("g", "G").Add(criterion, 100m, own).Build(ScoringRuleRegistry.BuiltIn);
    }

    private static (SubjectScore Fast, SubjectScore Slow, bool OnGrid) Both(Scorecard card, decimal actual, params decimal[] own)
    {
        ActualsTable table = card.CreateTable([new PartyId("s")]);
        table.Set(0, 0, actual);
        if (own.Length > 0)
        {
            table.SetReferences(0, own, null);
        }

        var fast = new SubjectScore[1];
        var slow = new SubjectScore[1];
        card.ScoreBatch(table, fast, onGrid: true);
        card.ScoreBatch(table, slow, onGrid: false);
        return (fast[0], slow[0], card.TryScoreOnGrid(table, 0, out _));
    }

    [Theory]
    [InlineData("85.3", true)]
    [InlineData("80", true)]
    [InlineData("100", true)]
    [InlineData("112.25", true)]
    [InlineData("160", true)]
    [InlineData("81.00000000000000000000001", false)] // 23 places: the mantissa does not fit
    [InlineData("85.1234567890124", true)] // 13 places: the reference values are raised beyond their prepared scales
    [InlineData("85.1234567890123", false)] // score 25.6172839450615: an exact midpoint at the 13th place
    [InlineData("115.123456789012345", true)]
    [InlineData("80.0000000000000001", true)] // 16 places: 120 at 16 places still fits
    [InlineData("80.00000000000000001", false)] // 17 places: 120 at 17 places does not fit
    [InlineData("80.000000000000005", true)]
    [InlineData("80.0000000000001", false)] // score exactly 0.0000000000005: a 12-place midpoint, left to decimal
    [InlineData("80.0000000000001001", true)] // just above the midpoint, far enough to decide on integers
    public void Linear_TakesTheFastPathWhenTheInputsFit(string actual, bool onGrid)
    {
        Scorecard card = Linear(80m, 100m, 120m, 150m);
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(onGrid, grid);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
        Assert.Equal(12, fast.Score!.Value.Scale);
    }

    [Theory]
    [InlineData("100", "2.5", "100")]
    [InlineData("85.3", "2.5", "88.25")]
    [InlineData("50", "2.5", "0")]
    [InlineData("80.7", "0.3333333333333", "96.9")] // 100 − 3.09999999999969, rounded once
    [InlineData("111", "0.0000000000005", "99.9999999999995")] // an exact 13th-place midpoint: left to decimal, same result
    public void TargetRange_TakesTheFastPath(string actual, string slope, string expected)
    {
        var criterion = new PerformanceCriterion("r", "R", "u", CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(90m, 110m, Parse(slope)));
        Scorecard card = Scorecard.CreateBuilder("g", "G").Add(criterion, 100m).Build(ScoringRuleRegistry.BuiltIn);
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, Parse(actual));
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
        Assert.Equal(Math.Round(Parse(expected), 12, MidpointRounding.AwayFromZero), fast.Score);
        Assert.Equal(expected != "99.9999999999995", grid);
    }

    [Theory]
    [InlineData(false, "2.5", "37.5")]
    [InlineData(false, "4.2", "80")]
    [InlineData(false, "3", "50")]
    [InlineData(true, "1.7", "82.5")] // a falling line
    [InlineData(true, "2.9", "52.5")]
    [InlineData(true, "4.999999", "0.000025")]
    public void RatingScale_TakesTheFastPath(bool lower, string actual, string expected)
    {
        RatingPoint[] points = lower ? [new(1m, 100m), new(3m, 50m), new(5m, 0m)] : [new(1m, 0m), new(3m, 50m), new(5m, 100m)];
        var criterion = new PerformanceCriterion("q", "Q", "rating", lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale(points));
        Scorecard card = Scorecard.CreateBuilder("g", "G").Add(criterion, 100m).Build(ScoringRuleRegistry.BuiltIn);
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, Parse(actual));
        Assert.True(grid);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
        Assert.Equal(Parse(expected), fast.Score);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Thirds_AreRoundedOnceLikeTheDecimalPath()
    {
        // 100 × 1 ÷ 3 = 33.333…: decimal divides to 28 digits, then rounds to 12 places; the fast path rounds the exact quotient.
        Scorecard card = Linear(0m, 3m);
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, 1m);
        Assert.True(grid);
        Assert.Equal(33.333333333333m, fast.Score);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
        (fast, slow, grid) = Both(card, 2m);
        Assert.True(grid);
        Assert.Equal(66.666666666667m, fast.Score);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
    }

    [Fact]
    public void OwnValues_AtTheEdgeOfFitting()
    {
        Scorecard card = Linear(80m, 100m, 120m, 150m, own: ["threshold", "target", "stretch"]);

        // Mantissas up to 4 × 10^18 fit; one more does not.
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, 50_000_000_000_000_000m, 1m, 3_999_999_999_999_999_999m, 4_000_000_000_000_000_000m);
        Assert.True(grid);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
        (fast, slow, grid) = Both(card, 50_000_000_000_000_000m, 1m, 3_999_999_999_999_999_999m, 4_000_000_000_000_000_001m);
        Assert.False(grid);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void QuotientsWithinDecimalsErrorOfAMidpoint_AreLeftToTheDecimalPath(int side)
    {
        // Threshold 0, target D = 3,999,999,999,999,999,999 (fits; odd, prime to 10). An actual x with
        // 10^14 × x ≡ (D ± 1) ÷ 2 (mod D) puts the score 100 x ÷ D (in units of 10^-12: 10^14 x ÷ D) exactly 1 ÷ (2D) from a
        // 12-place midpoint: far below decimal's 28-digit error, so the decimal path's division lands on the midpoint
        // and rounds away from zero. The fast path must not decide this one on the exact quotient.
        var d = System.Numerics.BigInteger.Parse("3999999999999999999", System.Globalization.CultureInfo.InvariantCulture);
        System.Numerics.BigInteger x = Inverse(System.Numerics.BigInteger.Pow(10, 14), d) * ((d + side) / 2) % d;
        System.Numerics.BigInteger twice = 2 * System.Numerics.BigInteger.Pow(10, 14) * x;
        System.Numerics.BigInteger remainder = System.Numerics.BigInteger.Remainder(twice, 2 * d);
        Assert.True(System.Numerics.BigInteger.Abs(remainder - d) == 1, $"2r - D = {remainder - d}");
        Scorecard card = Linear(0m, (decimal)d);
        (SubjectScore fast, SubjectScore slow, bool grid) = Both(card, (decimal)x);
        Assert.False(grid);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));

        // The hazard is real: rounding the exact quotient would differ from the decimal path below the midpoint.
        decimal exact = (decimal)((twice + d) / (2 * d)) / 1_000_000_000_000m;
        Assert.Equal(side < 0, exact != slow.Score);
    }

    [Fact]
    public void WeightedMeanWithinDecimalsErrorOfAMidpoint_IsLeftToTheDecimalPath()
    {
        // Weights 1 and D − 1 (D = 999,999,999,999,999,999, summed in 128 bits), scores 499,999.999999999999 and 0: the
        // mean is 0.5 − 1/(2D) of a unit. Decimal's 28 places land on the midpoint 0.0000000000005 and round it up to
        // 0.000000000001; the exact mean rounds down to 0. The fast path must leave it to decimal.
        Scorecard card = Scorecard.CreateBuilder("w", "W").UseRelativeWeights()
            .Add(new PerformanceCriterion("a", "A", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(1_000_000m)), 1m)
            .Add(new PerformanceCriterion("b", "B", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(1_000_000m)), 999_999_999_999_999_998m)
            .Build(ScoringRuleRegistry.BuiltIn);
        ActualsTable table = card.CreateTable([new PartyId("s")]);
        table.SetRow(0, [499_999.999999999999m, 0m]);
        var fast = new SubjectScore[1];
        var slow = new SubjectScore[1];
        card.ScoreBatch(table, fast, onGrid: true);
        card.ScoreBatch(table, slow, onGrid: false);
        Assert.False(card.TryScoreOnGrid(table, 0, out _));
        Assert.Equal(GridFastPathProperties.Describe(slow[0]), GridFastPathProperties.Describe(fast[0]));
        Assert.Equal(0.000000000001m, slow[0].Score);

        // Half that score puts the mean at a quarter of a unit, well away from the midpoint: the fast path takes it.
        table.SetRow(0, [250_000m, 0m]);
        Assert.True(card.TryScoreOnGrid(table, 0, out SubjectScore onGrid));
        card.ScoreBatch(table, slow, onGrid: false);
        Assert.Equal(GridFastPathProperties.Describe(slow[0]), GridFastPathProperties.Describe(onGrid));
    }

    private static System.Numerics.BigInteger Inverse(System.Numerics.BigInteger a, System.Numerics.BigInteger m)
    {
        (System.Numerics.BigInteger r0, System.Numerics.BigInteger r1) = (m, a % m);
        (System.Numerics.BigInteger s0, System.Numerics.BigInteger s1) = (0, 1);
        while (r1 != 0)
        {
            System.Numerics.BigInteger q = r0 / r1;
            (r0, r1) = (r1, r0 - (q * r1));
            (s0, s1) = (s1, s0 - (q * s1));
        }

        return ((s0 % m) + m) % m;
    }

    [Fact]
    public void NegativeScoresRoundingToZero_AreLeftToTheDecimalPath()
    {
        // Floor −1: just above the threshold the score is −1 + tiny; a value that rounds to −0 keeps the decimal path's sign.
        Scorecard card = Linear(0m, 1m, floor: -1m);
        (SubjectScore fast, SubjectScore slow, _) = Both(card, 0.00999999999999999m);
        Assert.Equal(GridFastPathProperties.Describe(slow), GridFastPathProperties.Describe(fast));
    }

    [Fact]
    public void GeneratedCases_MostlyTakeTheFastPath()
    {
        // The property above compares the two paths; this checks it exercises the fast path on a good share of rows.
        int rows = 0;
        int onGrid = 0;
        foreach (GridCase c in GridArbitraries.Cases().Generator.Sample(300, 300))
        {
            Scorecard card;
            try
            {
                card = c.Build();
            }
            catch (AccountabilityException)
            {
                continue;
            }

            ActualsTable table = c.Table(card);
            for (int row = 0; row < c.Actuals.Length; row++)
            {
                rows++;
                try
                {
                    onGrid += card.TryScoreOnGrid(table, row, out _) ? 1 : 0;
                }
                catch (AccountabilityException)
                {
                    // A custom rule's fault, reported the same way on both paths.
                }
            }
        }

        Assert.True(onGrid * 4 > rows, $"{onGrid} of {rows} rows took the fast path");
    }

    [Fact]
    public void BenchmarkShapedTable_TakesTheFastPathForEveryRow()
    {
        decimal[] thresholds = [80m, 70m, 60m, 50m];
        ScorecardBuilder builder = Scorecard.CreateBuilder("b", "B");
        for (int i = 0; i < 4; i++)
        {
            builder.Add(new PerformanceCriterion($"k{i}", $"K{i}", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(thresholds[i], thresholds[i] + 20m, thresholds[i] + 40m, 150m)), 25m);
        }

        Scorecard card = builder.Build(ScoringRuleRegistry.BuiltIn);
        ActualsTable table = card.CreateTable(Enumerable.Range(0, 600).Select(i => new PartyId($"r{i}")));
        for (int s = 0; s < 600; s++)
        {
            for (int c = 0; c < 4; c++)
            {
                table.Set(s, c, thresholds[c] - 10m + ((((s * 7) + (c * 13)) % 600) / 10m));
            }
        }

        var fast = new SubjectScore[600];
        var slow = new SubjectScore[600];
        card.ScoreBatch(table, fast, onGrid: true);
        card.ScoreBatch(table, slow, onGrid: false);
        for (int s = 0; s < 600; s++)
        {
            Assert.True(card.TryScoreOnGrid(table, s, out _), $"row {s}");
            Assert.Equal(GridFastPathProperties.Describe(slow[s]), GridFastPathProperties.Describe(fast[s]));
            Assert.Equal(card.Score(Actuals.For($"r{s}").Value("k0", table.Get(s, 0)!.Value).Value("k1", table.Get(s, 1)!.Value).Value("k2", table.Get(s, 2)!.Value).Value("k3", table.Get(s, 3)!.Value).Build()).Score, fast[s].Score);
        }
    }
}
