using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>
/// Floor at or beyond the threshold, 100 at the target, the cap at or beyond the stretch, straight
/// lines in between; lower-is-better criteria are scored as the mirror image.
/// </summary>
internal sealed class LinearRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.Linear;

    protected override MethodValues Uses =>
        MethodValues.Threshold | MethodValues.Target | MethodValues.Stretch | MethodValues.Cap | MethodValues.Floor;

    public override ScoreRange GetRange(PerformanceCriterion criterion)
    {
        ScoringMethod m = criterion.Scoring;
        return new ScoreRange(m.Floor ?? 0m, m.Stretch is null ? 100m : m.Cap ?? 100m);
    }

    public override decimal Score(in ScoringContext context)
    {
        // The exact, multiply-first line almost always fits; only extreme reference values overflow it.
        try
        {
            return Score(context, safely: false);
        }
        catch (OverflowException)
        {
            return Score(context, safely: true);
        }
    }

    private static decimal Score(in ScoringContext context, bool safely)
    {
        ScoringMethod m = context.Criterion.Scoring;
        decimal floor = m.Floor ?? 0m;

        // Lower-is-better is the mirror image: negate every value and score as higher-is-better.
        bool mirror = context.Criterion.Direction == CriterionDirection.LowerIsBetter;
        decimal actual = mirror ? -context.Actual : context.Actual;
        decimal threshold = mirror ? -m.Threshold.GetValueOrDefault() : m.Threshold.GetValueOrDefault();
        decimal target = mirror ? -m.Target.GetValueOrDefault() : m.Target.GetValueOrDefault();

        if (actual <= threshold)
        {
            return floor;
        }

        if (actual < target)
        {
            return OnLine(actual, threshold, target, floor, 100m, safely);
        }

        if (m.Stretch is not { } rawStretch)
        {
            return 100m;
        }

        decimal stretch = mirror ? -rawStretch : rawStretch;
        decimal cap = m.Cap.GetValueOrDefault();
        if (actual >= stretch)
        {
            return cap;
        }

        return OnLine(actual, target, stretch, 100m, cap, safely);
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        RequireDirection(problems, criterion, "use the target-range or binary rule for closest-to-target", CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter);
        ScoringMethod m = criterion.Scoring;
        bool hasThreshold = Required(problems, m.Threshold, "threshold");
        bool hasTarget = Required(problems, m.Target, "target");
        bool lower = criterion.Direction == CriterionDirection.LowerIsBetter;
        string better = lower ? "below" : "above";

        if (hasThreshold && hasTarget && (lower ? m.Threshold <= m.Target : m.Threshold >= m.Target))
        {
            problems.Error(
                Path("threshold"),
                ScoringProblemCodes.ValuesOutOfOrder,
                $"For a {DirectionText(criterion.Direction)} criterion the target ({Text(m.Target!.Value)}) must be {better} the threshold ({Text(m.Threshold!.Value)}).",
                m.Threshold);
        }

        if (m.Stretch is { } stretch)
        {
            if (hasTarget && (lower ? stretch >= m.Target : stretch <= m.Target))
            {
                problems.Error(
                    Path("stretch"),
                    ScoringProblemCodes.ValuesOutOfOrder,
                    $"For a {DirectionText(criterion.Direction)} criterion the stretch ({Text(stretch)}) must be {better} the target ({Text(m.Target!.Value)}).",
                    stretch);
            }

            if (m.Cap is not { } cap)
            {
                problems.Error(Path("cap"), ScoringProblemCodes.ValueRequired, "The 'linear' rule needs a cap (the score at stretch) when a stretch is given.");
            }
            else if (cap <= 100m)
            {
                problems.Error(Path("cap"), ScoringProblemCodes.ValueOutOfRange, $"The cap (the score at stretch) must be above 100; it is {Text(cap)}.", cap);
            }
        }
        else if (m.Cap is { } cap)
        {
            problems.Error(Path("cap"), ScoringProblemCodes.ValueNotUsed, $"A cap ({Text(cap)}) has no effect without a stretch; give a stretch or remove the cap.", cap);
        }

        if (m.Floor is { } floor && floor >= 100m)
        {
            problems.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor must be below 100; it is {Text(floor)}.", floor);
        }
    }
}
