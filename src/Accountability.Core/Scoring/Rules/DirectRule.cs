using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>The actual value is already a score; values outside [floor, cap] are rejected, never clamped.</summary>
internal sealed class DirectRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.Direct;

    protected override MethodValues Uses => MethodValues.Floor | MethodValues.Cap;

    public override ScoreRange GetRange(PerformanceCriterion criterion) => new(criterion.Scoring.Floor ?? 0m, criterion.Scoring.Cap ?? 100m);

    public override decimal Score(in ScoringContext context)
    {
        ScoringMethod m = context.Criterion.Scoring;
        decimal floor = m.Floor ?? 0m;
        decimal cap = m.Cap ?? 100m;
        if (context.Actual < floor || context.Actual > cap)
        {
            throw OutOfDomain(
                ScoringProblemCodes.ActualOutOfDomain,
                $"The score {Text(context.Actual)} is outside the accepted range {Text(floor)}–{Text(cap)}.",
                context.Actual);
        }

        return context.Actual;
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        RequireDirection(problems, criterion, "a direct score is always higher-is-better", CriterionDirection.HigherIsBetter);
        decimal floor = criterion.Scoring.Floor ?? 0m;
        decimal cap = criterion.Scoring.Cap ?? 100m;
        if (cap <= floor)
        {
            problems.Error(Path("cap"), ScoringProblemCodes.ValuesOutOfOrder, $"The cap ({Text(cap)}) must be above the floor ({Text(floor)}).", cap);
        }
    }
}
