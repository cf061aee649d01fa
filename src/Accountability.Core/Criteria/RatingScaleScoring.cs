using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>rating-scale</c> rule: each rating maps to a score; ratings between two points are
/// interpolated linearly unless <see cref="Interpolate"/> is off.
/// </summary>
/// <remarks>Immutable and thread-safe; the points are copied.</remarks>
public sealed class RatingScaleScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>rating-scale</c>.</summary>
    public const string Rule = "rating-scale";

    /// <summary>Creates the settings.</summary>
    /// <param name="points">The scale points, in any order; at least two, no rating twice.</param>
    /// <param name="interpolate">Whether ratings between points are interpolated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null or contains null.</exception>
    public RatingScaleScoring(IEnumerable<RatingPoint> points, bool interpolate = true)
        : base(Rule)
    {
        Scale = CopyList(points, nameof(points));
        Interpolate = interpolate;
    }

    /// <summary>The scale points.</summary>
    public IReadOnlyList<RatingPoint> Scale { get; }

    /// <summary>Whether a rating between two points is interpolated linearly.</summary>
    public bool Interpolate { get; }

    private protected override void Describe(StringBuilder text)
    {
        if (Scale.Count > 0)
        {
            Separate(text).Append("scale ").AppendJoin(", ", Scale).Append(Interpolate ? string.Empty : " (no interpolation)");
        }
    }
}

/// <summary>The built-in <c>rating-scale</c> rule.</summary>
internal sealed class RatingScaleRule : BuiltInRule<RatingScaleScoring>
{
    public override string Name => RatingScaleScoring.Rule;

    protected override CriterionScorer Bind(RatingScaleScoring m, ScoringRuleBindContext context)
    {
        IReadOnlyList<RatingPoint> scale = m.Scale;
        if (scale.Count < 2)
        {
            context.Error(Path("scale"), ScoringProblemCodes.ScaleInvalid, $"The 'rating-scale' rule needs at least two points; it has {scale.Count}.", scale.Count);
            return new RatingScaleScorer([], m.Interpolate, string.Empty, default);
        }

        var seen = new Dictionary<decimal, int>();
        for (int i = 0; i < scale.Count; i++)
        {
            if (seen.TryGetValue(scale[i].Rating, out int first))
            {
                context.Error(ProblemPath.Index(Path("scale"), i), ScoringProblemCodes.ScaleInvalid, $"The rating {Text(scale[i].Rating)} is already mapped by scale[{first}].", scale[i].Rating);
            }
            else
            {
                seen.Add(scale[i].Rating, i);
            }
        }

        int[] order = [.. Enumerable.Range(0, scale.Count).OrderBy(i => scale[i].Rating).ThenBy(i => i)];
        if (context.Direction != CriterionDirection.ClosestToTargetIsBest)
        {
            bool higher = context.Direction == CriterionDirection.HigherIsBetter;
            for (int k = 1; k < order.Length; k++)
            {
                RatingPoint lower = scale[order[k - 1]];
                RatingPoint upper = scale[order[k]];
                if (higher ? upper.Score < lower.Score : upper.Score > lower.Score)
                {
                    context.Error(
                        ProblemPath.Index(Path("scale"), order[k]),
                        ScoringProblemCodes.NotMonotone,
                        $"For a {DirectionText(context.Direction)} criterion the rating {Text(upper.Rating)} cannot score {(higher ? "less" : "more")} than the rating {Text(lower.Rating)} ({Text(upper.Score)} against {Text(lower.Score)}).",
                        upper.Score);
                }
            }
        }

        return new RatingScaleScorer([.. order.Select(i => scale[i])], m.Interpolate, string.Join(", ", scale.Select(p => Text(p.Rating))), new ScoreRange(scale.Min(p => p.Score), scale.Max(p => p.Score)));
    }
}

file sealed class RatingScaleScorer(RatingPoint[] points, bool interpolate, string ratings, ScoreRange range) : CriterionScorer(range), IGridScorer
{
    // The fast path's constants: each point's score in units (see GridNumber).
    private readonly long[] _units = [.. points.Select(p => GridNumber.TryUnits(p.Score, out long u) ? u : 0)];

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && points.All(p => GridNumber.TryUnits(p.Score, out _));

    public object? Prepare(decimal[] references) => null;

    // The same point or line as Score, rounded once to the grid; a rating the scale cannot score is left to the decimal path (which reports it).
    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        units = 0;
        int above = 0;
        while (above < points.Length && points[above].Rating < actual)
        {
            above++;
        }

        if (above < points.Length && points[above].Rating == actual)
        {
            units = _units[above];
            return true;
        }

        if (above == 0 || above == points.Length || !interpolate
            || !GridNumber.TryAlign(actual, points[above - 1].Rating, points[above].Rating, out long x, out long x0, out long x1))
        {
            return false;
        }

        long y0 = _units[above - 1];
        long y1 = _units[above];
        if (y1 == y0)
        {
            units = y0;
            return true;
        }

        if (y1 > y0)
        {
            return GridNumber.TryLine(x - x0, x1 - x0, y0, y1 - y0, out units);
        }

        // A falling line: y0 − (x − x0) × (y0 − y1) ÷ (x1 − x0), rounded to the nearest unit (never a midpoint here).
        if (!GridNumber.TryRound(unchecked((UInt128)(ulong)(x - x0) * (ulong)(y0 - y1)), (ulong)(x1 - x0), out ulong q))
        {
            return false;
        }

        units = y0 - (long)q;
        return units != 0 || y1 >= 0;
    }

    public override decimal Score(in ScoringContext context)
    {
        decimal actual = context.Actual;

        // The points are sorted by rating: find the first at or above the actual.
        int above = 0;
        while (above < points.Length && points[above].Rating < actual)
        {
            above++;
        }

        if (above < points.Length && points[above].Rating == actual)
        {
            return points[above].Score;
        }

        if (above == 0 || above == points.Length)
        {
            throw NotScorable(context, $"The rating {Line.Text(actual)} is outside the scale ({Line.Text(points[0].Rating)} to {Line.Text(points[^1].Rating)}).");
        }

        if (!interpolate)
        {
            throw NotScorable(context, $"The rating {Line.Text(actual)} is not a point of the scale ({ratings}) and interpolation is off.");
        }

        RatingPoint below = points[above - 1];
        RatingPoint next = points[above];
        try
        {
            return Line.At(actual, below.Rating, next.Rating, below.Score, next.Score, safely: false);
        }
        catch (OverflowException)
        {
            return Line.At(actual, below.Rating, next.Rating, below.Score, next.Score, safely: true);
        }
    }
}
