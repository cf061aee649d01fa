using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>
/// Maps each rule's settings to and from the <c>scoring</c> object: <c>rule</c> names the rule (a built-in one or a
/// registered custom one) and the other properties are that rule's settings; a setting another rule takes is refused.
/// </summary>
internal static class ScoringDocuments
{
    public static ScoringDocument ToDocument(ScoringMethod method)
    {
        ScoringDocument document = method switch
        {
            LinearScoring m => new() { Threshold = m.Threshold, Target = m.Target, Stretch = m.Stretch, Cap = m.Cap, Floor = m.Floor },
            RatioToTargetScoring m => new() { Target = m.Target, Cap = m.Cap, Floor = m.Floor },
            BandedScoring m => new() { Steps = [.. m.Steps.Select(s => (StepDocument?)new StepDocument { From = s.From, To = s.To, Score = s.Score })] },
            BinaryScoring m => new() { Target = m.Target, MetScore = m.MetScore, NotMetScore = m.NotMetScore, Tolerance = m.Tolerance },
            RatingScaleScoring m => new() { Scale = [.. m.Scale.Select(p => (PointDocument?)new PointDocument { Rating = p.Rating, Score = p.Score })], Interpolate = m.Interpolate },
            TargetRangeScoring m => new() { Low = m.Low, High = m.High, Slope = m.Slope, Floor = m.Floor },
            DirectScoring m => new() { Cap = m.Cap, Floor = m.Floor },
            FormulaScoring m => new() { Formula = m.Text, Values = m.Values.Count == 0 ? null : new(m.Values, StringComparer.Ordinal), Range = new RangeDocument { Minimum = m.Range.Minimum, Maximum = m.Range.Maximum } },
            CustomScoring m => new() { Values = m.Values.Count == 0 ? null : new(m.Values, StringComparer.Ordinal) },
            _ => throw new AccountabilityException([new Problem("scoring", SerializationProblemCodes.NotWritable, $"The scoring settings of type '{method.GetType().Name}' have no document form.")]),
        };
        document.Rule = method.RuleName;
        document.Unit = method.Unit is { } unit ? Units.ToDocument(unit) : null;
        return document;
    }

    public static ScoringMethod? FromDocument(ScoringDocument d, string path, DocumentFields read)
    {
        string? rule = read.Text(d.Rule, ProblemPath.Join(path, "rule"));
        if (rule is null)
        {
            return null;
        }

        string[] allowed = rule switch
        {
            LinearScoring.Rule => ["threshold", "target", "stretch", "cap", "floor", "unit"],
            RatioToTargetScoring.Rule => ["target", "cap", "floor", "unit"],
            BandedScoring.Rule => ["steps", "unit"],
            BinaryScoring.Rule => ["target", "metScore", "notMetScore", "tolerance", "unit"],
            RatingScaleScoring.Rule => ["scale", "interpolate", "unit"],
            TargetRangeScoring.Rule => ["low", "high", "slope", "floor", "unit"],
            DirectScoring.Rule => ["cap", "floor", "unit"],
            FormulaScoring.Rule => ["formula", "values", "range", "unit"],
            _ => ["values", "unit"],
        };
        foreach ((string name, bool present) in Present(d))
        {
            if (present && Array.IndexOf(allowed, name) < 0)
            {
                read.NotAllowed(ProblemPath.Join(path, name), $"the '{rule}' rule takes {string.Join(", ", allowed.Select(a => "'" + a + "'"))}");
            }
        }

        MeasurementUnit? unit = d.Unit is { } u ? Units.FromDocument(u, ProblemPath.Join(path, "unit"), read) : null;
        ScoringMethod? method = rule switch
        {
            LinearScoring.Rule => Build(read, path, [Need(read, d.Threshold, path, "threshold"), Need(read, d.Target, path, "target")], v => new LinearScoring(v[0], v[1], d.Stretch, d.Cap, d.Floor)),
            RatioToTargetScoring.Rule => Build(read, path, [Need(read, d.Target, path, "target"), Need(read, d.Cap, path, "cap")], v => new RatioToTargetScoring(v[0], v[1], d.Floor ?? 0m)),
            BandedScoring.Rule => Steps(d, path, read),
            BinaryScoring.Rule => Build(read, path, [Need(read, d.Target, path, "target")], v => new BinaryScoring(v[0], d.MetScore ?? 100m, d.NotMetScore ?? 0m, d.Tolerance)),
            RatingScaleScoring.Rule => Points(d, path, read),
            TargetRangeScoring.Rule => Build(read, path, [Need(read, d.Low, path, "low"), Need(read, d.High, path, "high"), Need(read, d.Slope, path, "slope")], v => new TargetRangeScoring(v[0], v[1], v[2], d.Floor ?? 0m)),
            DirectScoring.Rule => Build(read, path, [], _ => new DirectScoring(d.Cap ?? 100m, d.Floor ?? 0m)),
            FormulaScoring.Rule => Formula(d, path, read),
            _ => read.Construct(path, () => new CustomScoring(rule, d.Values)),
        };
        if (method is null || unit is null)
        {
            return method;
        }

        return read.Construct(path, () => With(method, unit));
    }

    private static ScoringMethod With(ScoringMethod method, MeasurementUnit unit) => method switch
    {
        LinearScoring m => new LinearScoring(m.Threshold, m.Target, m.Stretch, m.Cap, m.Floor) { Unit = unit },
        RatioToTargetScoring m => new RatioToTargetScoring(m.Target, m.Cap, m.Floor) { Unit = unit },
        BandedScoring m => new BandedScoring(m.Steps) { Unit = unit },
        BinaryScoring m => new BinaryScoring(m.Target, m.MetScore, m.NotMetScore, m.Tolerance) { Unit = unit },
        RatingScaleScoring m => new RatingScaleScoring(m.Scale, m.Interpolate) { Unit = unit },
        TargetRangeScoring m => new TargetRangeScoring(m.Low, m.High, m.Slope, m.Floor) { Unit = unit },
        DirectScoring m => new DirectScoring(m.Cap, m.Floor) { Unit = unit },
        FormulaScoring m => new FormulaScoring(m.Text, m.Values, m.Range) { Unit = unit },
        CustomScoring m => new CustomScoring(m.RuleName, m.Values) { Unit = unit },
        _ => method,
    };

    private static IEnumerable<(string Name, bool Present)> Present(ScoringDocument d) =>
    [
        ("threshold", d.Threshold is not null), ("target", d.Target is not null), ("stretch", d.Stretch is not null),
        ("cap", d.Cap is not null), ("floor", d.Floor is not null), ("metScore", d.MetScore is not null),
        ("notMetScore", d.NotMetScore is not null), ("tolerance", d.Tolerance is not null), ("low", d.Low is not null),
        ("high", d.High is not null), ("slope", d.Slope is not null), ("interpolate", d.Interpolate is not null),
        ("steps", d.Steps is not null), ("scale", d.Scale is not null), ("formula", d.Formula is not null),
        ("range", d.Range is not null), ("values", d.Values is not null), ("unit", d.Unit is not null),
    ];

    private static decimal? Need(DocumentFields read, decimal? value, string path, string name) => read.Value(value, ProblemPath.Join(path, name));

    private static ScoringMethod? Build(DocumentFields read, string path, decimal?[] required, Func<decimal[], ScoringMethod> create)
    {
        if (Array.Exists(required, v => v is null))
        {
            return null;
        }

        decimal[] values = [.. required.Select(v => v!.Value)];
        return read.Construct(path, () => create(values));
    }

    private static BandedScoring? Steps(ScoringDocument d, string path, DocumentFields read)
    {
        if (d.Steps is null)
        {
            read.Required(ProblemPath.Join(path, "steps"), "the steps, each with 'score' and optional 'from' and 'to'");
            return null;
        }

        var steps = new List<ScoreStep>(d.Steps.Count);
        for (int i = 0; i < d.Steps.Count; i++)
        {
            string at = ProblemPath.Index(ProblemPath.Join(path, "steps"), i);
            if (d.Steps[i] is not { } step)
            {
                read.Required(at, "a step object");
            }
            else if (read.Value(step.Score, ProblemPath.Join(at, "score")) is { } score && read.Construct(at, () => new ScoreStep(step.From, step.To, score)) is { } made)
            {
                steps.Add(made);
            }
        }

        return read.Failed ? null : read.Construct(path, () => new BandedScoring(steps));
    }

    private static RatingScaleScoring? Points(ScoringDocument d, string path, DocumentFields read)
    {
        if (d.Scale is null)
        {
            read.Required(ProblemPath.Join(path, "scale"), "the scale's points, each with 'rating' and 'score'");
            return null;
        }

        var points = new List<RatingPoint>(d.Scale.Count);
        for (int i = 0; i < d.Scale.Count; i++)
        {
            string at = ProblemPath.Index(ProblemPath.Join(path, "scale"), i);
            if (d.Scale[i] is not { } point)
            {
                read.Required(at, "a point object");
                continue;
            }

            decimal? rating = read.Value(point.Rating, ProblemPath.Join(at, "rating"));
            decimal? score = read.Value(point.Score, ProblemPath.Join(at, "score"));
            if (rating is not null && score is not null && read.Construct(at, () => new RatingPoint(rating.Value, score.Value)) is { } made)
            {
                points.Add(made);
            }
        }

        return read.Failed ? null : read.Construct(path, () => new RatingScaleScoring(points, d.Interpolate ?? true));
    }

    private static FormulaScoring? Formula(ScoringDocument d, string path, DocumentFields read)
    {
        string? text = read.Text(d.Formula, ProblemPath.Join(path, "formula"));
        ScoreRange? range = null;
        if (d.Range is { } r)
        {
            decimal? minimum = read.Value(r.Minimum, ProblemPath.Join(ProblemPath.Join(path, "range"), "minimum"));
            decimal? maximum = read.Value(r.Maximum, ProblemPath.Join(ProblemPath.Join(path, "range"), "maximum"));
            if (minimum is null || maximum is null)
            {
                return null;
            }

            try
            {
                range = new ScoreRange(minimum.Value, maximum.Value);
            }
            catch (ArgumentException ex)
            {
                read.NotAllowed(ProblemPath.Join(path, "range"), ex.Message);
                return null;
            }
        }

        return text is null ? null : read.Construct(path, () => new FormulaScoring(text, d.Values, range));
    }
}
