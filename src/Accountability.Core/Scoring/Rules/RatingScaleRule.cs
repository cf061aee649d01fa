using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>Maps ratings to scores by a table of points, interpolating linearly between neighbouring points unless told not to.</summary>
internal sealed class RatingScaleRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.RatingScale;

    protected override MethodValues Uses => MethodValues.Scale | MethodValues.Interpolate;

    public override ScoreRange GetRange(PerformanceCriterion criterion)
    {
        IReadOnlyList<RatingPoint> scale = criterion.Scoring.Scale;
        return new ScoreRange(scale.Min(p => p.Score), scale.Max(p => p.Score));
    }

    public override decimal Score(in ScoringContext context)
    {
        IReadOnlyList<RatingPoint> scale = context.Criterion.Scoring.Scale;
        decimal actual = context.Actual;

        // The scale is small; find the neighbours without sorting (the points may be given in any order).
        RatingPoint? below = null;
        RatingPoint? above = null;
        for (int i = 0; i < scale.Count; i++)
        {
            RatingPoint point = scale[i];
            if (point.Rating == actual)
            {
                return point.Score;
            }

            if (point.Rating < actual && (below is null || point.Rating > below.Rating))
            {
                below = point;
            }
            else if (point.Rating > actual && (above is null || point.Rating < above.Rating))
            {
                above = point;
            }
        }

        if (below is null || above is null)
        {
            throw OutOfDomain(
                ScoringProblemCodes.ActualOutOfDomain,
                $"The rating {Text(actual)} is outside the scale ({Text(scale.Min(p => p.Rating))} to {Text(scale.Max(p => p.Rating))}).",
                actual);
        }

        if (context.Criterion.Scoring.Interpolate == false)
        {
            throw OutOfDomain(
                ScoringProblemCodes.ActualOutOfDomain,
                $"The rating {Text(actual)} is not a point of the scale ({string.Join(", ", scale.Select(p => Text(p.Rating)))}) and interpolation is off.",
                actual);
        }

        try
        {
            return OnLine(actual, below.Rating, above.Rating, below.Score, above.Score, safely: false);
        }
        catch (OverflowException)
        {
            return OnLine(actual, below.Rating, above.Rating, below.Score, above.Score, safely: true);
        }
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        IReadOnlyList<RatingPoint> scale = criterion.Scoring.Scale;
        if (scale.Count < 2)
        {
            problems.Error(Path("scale"), ScoringProblemCodes.ScaleInvalid, $"The 'rating-scale' rule needs at least two points; it has {scale.Count}.", scale.Count);
            return;
        }

        var seen = new Dictionary<decimal, int>();
        for (int i = 0; i < scale.Count; i++)
        {
            if (seen.TryGetValue(scale[i].Rating, out int first))
            {
                problems.Error(ProblemPath.Index(Path("scale"), i), ScoringProblemCodes.ScaleInvalid, $"The rating {Text(scale[i].Rating)} is already mapped by scale[{first}].", scale[i].Rating);
            }
            else
            {
                seen.Add(scale[i].Rating, i);
            }
        }

        if (criterion.Direction == CriterionDirection.ClosestToTargetIsBest)
        {
            return;
        }

        int[] order = [.. Enumerable.Range(0, scale.Count).OrderBy(i => scale[i].Rating).ThenBy(i => i)];
        for (int k = 1; k < order.Length; k++)
        {
            RatingPoint lower = scale[order[k - 1]];
            RatingPoint upper = scale[order[k]];
            bool wrong = criterion.Direction == CriterionDirection.HigherIsBetter ? upper.Score < lower.Score : upper.Score > lower.Score;
            if (wrong)
            {
                problems.Error(
                    ProblemPath.Index(Path("scale"), order[k]),
                    ScoringProblemCodes.NotMonotone,
                    $"For a {DirectionText(criterion.Direction)} criterion the rating {Text(upper.Rating)} cannot score {(criterion.Direction == CriterionDirection.HigherIsBetter ? "less" : "more")} than the rating {Text(lower.Rating)} ({Text(upper.Score)} against {Text(lower.Score)}).",
                    upper.Score);
            }
        }
    }
}
