using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace Accountability.Tests.Scoring;

/// <summary>Generators of valid criteria for every built-in rule, and of actual values around their reference values.</summary>
internal static class Generators
{
    public static Gen<decimal> Amount(int min = -100_000, int max = 100_000) =>
        from cents in Gen.Choose(min, max) select cents / 100m;

    public static Gen<decimal> Positive(int maxCents = 100_000) =>
        from cents in Gen.Choose(1, maxCents) select cents / 100m;

    public static Gen<PerformanceCriterion> Linear =>
        from lower in Gen.Elements(false, true)
        from threshold in Amount()
        from gap in Positive()
        from stretchGap in Gen.OneOf(Gen.Constant<decimal?>(null), Positive().Select(p => (decimal?)p))
        from cap in Gen.Choose(10_001, 30_000)
        from floor in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(-5000, 9_999).Select(f => (decimal?)(f / 100m)))
        let sign = lower ? -1m : 1m
        let target = threshold + (sign * gap)
        select new PerformanceCriterion(
            "linear", "Linear", "u", lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter,
            ScoringMethod.Linear(threshold, target, stretchGap is { } s ? target + (sign * s) : null, stretchGap is null ? null : cap / 100m, floor));

    public static Gen<PerformanceCriterion> Ratio =>
        from lower in Gen.Elements(false, true)
        from target in Positive()
        from floor in Gen.Choose(0, 5_000)
        from span in Gen.Choose(1, 30_000)
        select new PerformanceCriterion(
            "ratio", "Ratio", "u", lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter,
            ScoringMethod.RatioToTarget(target, (floor + span) / 100m, floor / 100m));

    public static Gen<PerformanceCriterion> Banded =>
        from lower in Gen.Elements(false, true)
        from count in Gen.Choose(1, 6)
        from start in Amount()
        from widths in Gen.ArrayOf(Positive(), count)
        from scores in Gen.ArrayOf(Gen.Choose(0, 15_000), count)
        select BuildBanded(lower, start, widths, scores);

    public static Gen<PerformanceCriterion> Binary =>
        from direction in Gen.Elements(CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter, CriterionDirection.ClosestToTargetIsBest)
        from target in Amount()
        from notMet in Gen.Choose(0, 5_000)
        from gap in Gen.Choose(1, 10_000)
        from tolerance in Positive(1_000)
        select new PerformanceCriterion(
            "binary", "Binary", "u", direction,
            ScoringMethod.Binary(target, (notMet + gap) / 100m, notMet / 100m, direction == CriterionDirection.ClosestToTargetIsBest ? tolerance : null));

    public static Gen<PerformanceCriterion> RatingScale =>
        from lower in Gen.Elements(false, true)
        from count in Gen.Choose(2, 6)
        from start in Gen.Choose(0, 5)
        from steps in Gen.ArrayOf(Gen.Choose(1, 4), count)
        from scores in Gen.ArrayOf(Gen.Choose(0, 15_000), count)
        from interpolate in Gen.Elements(true, false)
        select BuildScale(lower, start, steps, scores, interpolate);

    public static Gen<PerformanceCriterion> TargetRange =>
        from low in Amount()
        from width in Gen.Choose(0, 10_000)
        from slope in Positive(10_000)
        from floor in Gen.Choose(0, 9_999)
        select new PerformanceCriterion(
            "range", "Range", "u", CriterionDirection.ClosestToTargetIsBest,
            ScoringMethod.TargetRange(low, low + (width / 100m), slope, floor / 100m));

    public static Gen<PerformanceCriterion> Direct =>
        from floor in Gen.Choose(0, 5_000)
        from span in Gen.Choose(1, 20_000)
        select new PerformanceCriterion("direct", "Direct", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct((floor + span) / 100m, floor / 100m));

    /// <summary>Any valid built-in criterion.</summary>
    public static Gen<PerformanceCriterion> AnyCriterion => Gen.OneOf(Linear, Ratio, Banded, Binary, RatingScale, TargetRange, Direct);

    /// <summary>Actual values a rule can score for <paramref name="criterion"/>: around its reference values, inside its domain.</summary>
    public static Gen<decimal> ActualFor(PerformanceCriterion criterion)
    {
        switch (criterion.Scoring)
        {
            case RatingScaleScoring m:
                decimal min = m.Scale.Min(p => p.Rating);
                decimal max = m.Scale.Max(p => p.Rating);
                return !m.Interpolate
                    ? Gen.Elements(m.Scale.Select(p => p.Rating).ToArray())
                    : from k in Gen.Choose(0, 1000) select min + ((max - min) * k / 1000m);
            case DirectScoring m:
                decimal floor = m.Floor;
                decimal cap = m.Cap;
                return from k in Gen.Choose(0, 1000) select floor + ((cap - floor) * k / 1000m);
            default:
                decimal?[] references = criterion.Scoring switch
                {
                    LinearScoring l => [l.Threshold, l.Target, l.Stretch],
                    RatioToTargetScoring r => [r.Target],
                    BinaryScoring b => [b.Target],
                    TargetRangeScoring t => [t.Low, t.High],
                    BandedScoring s => [.. s.Steps.SelectMany(x => new[] { x.From, x.To })],
                    _ => [],
                };
                decimal[] anchors = [.. references.Where(v => v is not null).Select(v => v!.Value)];
                Gen<decimal> near = from anchor in Gen.Elements(anchors.DefaultIfEmpty(0m).ToArray())
                                    from delta in Gen.Choose(-3, 3)
                                    select anchor + (delta / 100m);
                return Gen.OneOf(Amount(-200_000, 200_000), Gen.Elements(anchors.DefaultIfEmpty(0m).ToArray()), near);
        }
    }

    public static Gen<(PerformanceCriterion Criterion, decimal A, decimal B)> CriterionWithTwoActuals(Gen<PerformanceCriterion> criteria) =>
        from c in criteria
        from a in ActualFor(c)
        from b in ActualFor(c)
        select (c, Math.Min(a, b), Math.Max(a, b));

    /// <summary>Binds the criterion's built-in rule and scores one actual value with the compiled scorer (no rounding).</summary>
    public static decimal Score(PerformanceCriterion criterion, decimal actual)
    {
        (CriterionScorer scorer, decimal[] references) = Bind(criterion);
        try
        {
            return scorer.Score(new ScoringContext(criterion, actual, "p", references, 0, references.Length));
        }
        catch (NotScorableException ex)
        {
            // As a scorecard reports it, without the criterion's context.
            throw new AccountabilityException([new Problem(string.Empty, ScoringProblemCodes.ActualOutOfDomain, ex.Message, ProblemSeverity.Error, ex.Actual)]);
        }
    }

    public static ScoreRange Range(PerformanceCriterion criterion) => Bind(criterion).Scorer.Range;

    private static (CriterionScorer Scorer, decimal[] References) Bind(PerformanceCriterion criterion)
    {
        var context = new ScoringRuleBindContext(criterion, criterion.Scoring.RuleName);
        CriterionScorer scorer = ScoringRuleRegistry.BuiltIn.Get(criterion.Scoring.RuleName).Bind(context)
            ?? throw new AccountabilityException(context.Problems);
        return (scorer, context.TakeReferences());
    }

    private static PerformanceCriterion BuildBanded(bool lower, decimal start, decimal[] widths, int[] scores)
    {
        int[] ordered = lower ? [.. scores.OrderDescending()] : [.. scores.Order()];
        var steps = new List<ScoreStep>();
        decimal from = start;
        for (int i = 0; i < widths.Length; i++)
        {
            decimal to = from + widths[i];
            steps.Add(new ScoreStep(i == 0 ? null : from, i == widths.Length - 1 ? null : to, ordered[i] / 100m));
            from = to;
        }

        return new PerformanceCriterion("banded", "Banded", "u", lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter, ScoringMethod.Banded(steps));
    }

    private static PerformanceCriterion BuildScale(bool lower, int start, int[] steps, int[] scores, bool interpolate)
    {
        int[] ordered = lower ? [.. scores.OrderDescending()] : [.. scores.Order()];
        var points = new List<RatingPoint>();
        decimal rating = start;
        for (int i = 0; i < steps.Length; i++)
        {
            points.Add(new RatingPoint(rating, ordered[i] / 100m));
            rating += steps[i] / 2m;
        }

        return new PerformanceCriterion("scale", "Scale", "stars", lower ? CriterionDirection.LowerIsBetter : CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale(points, interpolate));
    }
}
