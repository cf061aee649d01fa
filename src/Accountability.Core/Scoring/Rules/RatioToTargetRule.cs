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
            // Compare before dividing so that a tiny actual cannot overflow the ratio; when target × 100 ÷ cap
            // is itself beyond decimal's range, every actual is at or below it.
            if (actual <= 0m || !TryMulDiv(target, 100m, cap, out decimal capAt) || actual <= capAt)
            {
                return cap;
            }

            ratio = MulDiv(target, 100m, actual);
        }
        else
        {
            // The floor is never negative, so nothing at or below zero scores above it.
            if (actual <= 0m)
            {
                return floor;
            }

            // Compare before dividing so that very large actuals cannot overflow; when cap × target ÷ 100
            // is beyond decimal's range, no actual reaches it.
            if (TryMulDiv(cap, target, 100m, out decimal capAt) && actual >= capAt)
            {
                return cap;
            }

            ratio = MulDiv(actual, 100m, target);
        }

        return ratio < floor ? floor : ratio > cap ? cap : ratio;
    }

    // a × b ÷ c, multiplying first so that exact answers stay exact, dividing first when the product would overflow.
    private static decimal MulDiv(decimal a, decimal b, decimal c)
    {
        try
        {
            return a * b / c;
        }
        catch (OverflowException)
        {
            return a / c * b;
        }
    }

    // As MulDiv, but false when the result itself is beyond decimal's range.
    private static bool TryMulDiv(decimal a, decimal b, decimal c, out decimal result)
    {
        try
        {
            result = MulDiv(a, b, c);
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
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
