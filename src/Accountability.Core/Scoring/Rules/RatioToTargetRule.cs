using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>Actual ÷ target × 100 (target ÷ actual × 100 for lower-is-better), kept within floor and cap.</summary>
internal sealed class RatioToTargetRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.RatioToTarget;

    protected override MethodValues Uses => MethodValues.Target | MethodValues.Cap | MethodValues.Floor;

    public override ScoreRange GetRange(PerformanceCriterion criterion) =>
        new(criterion.Scoring.Floor ?? 0m, criterion.Scoring.Cap.GetValueOrDefault());

    public override decimal Score(in ScoringContext context)
    {
        ScoringMethod m = context.Criterion.Scoring;
        decimal floor = m.Floor ?? 0m;
        decimal cap = m.Cap.GetValueOrDefault();
        decimal target = m.Target.GetValueOrDefault();
        decimal actual = context.Actual;
        decimal ratio;
        if (context.Criterion.Direction == CriterionDirection.LowerIsBetter)
        {
            // Compare before dividing so that a tiny actual cannot overflow the ratio.
            if (actual <= 0m || actual <= target * 100m / cap)
            {
                return cap;
            }

            ratio = target * 100m / actual;
        }
        else
        {
            // Compare before dividing so that very large actuals cannot overflow.
            if (actual >= cap * target / 100m)
            {
                return cap;
            }

            ratio = actual * 100m / target;
        }

        return ratio < floor ? floor : ratio > cap ? cap : ratio;
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        RequireDirection(problems, criterion, "use the target-range or binary rule for closest-to-target", CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter);
        ScoringMethod m = criterion.Scoring;
        if (Required(problems, m.Target, "target") && m.Target <= 0m)
        {
            problems.Error(Path("target"), ScoringProblemCodes.ValueOutOfRange, $"The 'ratio-to-target' rule needs a positive target; it is {Text(m.Target!.Value)}.", m.Target);
        }

        if (Required(problems, m.Cap, "cap") && m.Cap <= (m.Floor ?? 0m))
        {
            problems.Error(Path("cap"), ScoringProblemCodes.ValuesOutOfOrder, $"The cap ({Text(m.Cap!.Value)}) must be above the floor ({Text(m.Floor ?? 0m)}).", m.Cap);
        }

        if (m.Floor is < 0m)
        {
            problems.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor of a ratio cannot be negative; it is {Text(m.Floor.Value)}.", m.Floor);
        }
    }
}
