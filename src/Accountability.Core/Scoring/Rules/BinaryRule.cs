using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>Met or not met against the target, by direction; closest-to-target uses a tolerance.</summary>
internal sealed class BinaryRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.Binary;

    protected override MethodValues Uses => MethodValues.Target | MethodValues.MetScore | MethodValues.NotMetScore | MethodValues.Tolerance;

    public override ScoreRange GetRange(PerformanceCriterion criterion) =>
        new(criterion.Scoring.NotMetScore ?? 0m, criterion.Scoring.MetScore ?? 100m);

    public override decimal Score(in ScoringContext context)
    {
        ScoringMethod m = context.Criterion.Scoring;
        decimal target = m.Target.GetValueOrDefault();
        bool met = context.Criterion.Direction switch
        {
            CriterionDirection.HigherIsBetter => context.Actual >= target,
            CriterionDirection.LowerIsBetter => context.Actual <= target,
            _ => IsWithin(context.Actual, target, m.Tolerance ?? 0m),
        };
        return met ? m.MetScore ?? 100m : m.NotMetScore ?? 0m;
    }

    // |actual − target| <= tolerance; a distance beyond decimal's range is beyond any tolerance.
    private static bool IsWithin(decimal actual, decimal target, decimal tolerance)
    {
        decimal low = Math.Min(actual, target);
        decimal high = Math.Max(actual, target);
        return (low >= 0m || high <= decimal.MaxValue + low) && high - low <= tolerance;
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        ScoringMethod m = criterion.Scoring;
        Required(problems, m.Target, "target");
        decimal met = m.MetScore ?? 100m;
        decimal notMet = m.NotMetScore ?? 0m;
        if (met <= notMet)
        {
            problems.Error(Path("metScore"), ScoringProblemCodes.ValuesOutOfOrder, $"The score when met ({Text(met)}) must be above the score when not met ({Text(notMet)}).", met);
        }

        if (m.Tolerance is { } tolerance)
        {
            if (criterion.Direction != CriterionDirection.ClosestToTargetIsBest)
            {
                problems.Error(Path("tolerance"), ScoringProblemCodes.ValueNotUsed, $"A tolerance only applies to closest-to-target criteria; this one is {DirectionText(criterion.Direction)}. Remove it or move the target.", tolerance);
            }
            else if (tolerance < 0m)
            {
                problems.Error(Path("tolerance"), ScoringProblemCodes.ValueOutOfRange, $"The tolerance cannot be negative; it is {Text(tolerance)}.", tolerance);
            }
        }
    }
}
