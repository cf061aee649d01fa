using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>100 inside the target range; outside it, 100 minus the slope per unit of distance, never below the floor.</summary>
internal sealed class TargetRangeRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.TargetRange;

    protected override MethodValues Uses => MethodValues.RangeLow | MethodValues.RangeHigh | MethodValues.Slope | MethodValues.Floor;

    public override ScoreRange GetRange(PerformanceCriterion criterion) => new(criterion.Scoring.Floor ?? 0m, 100m);

    public override decimal Score(in ScoringContext context)
    {
        ScoringMethod m = context.Criterion.Scoring;
        decimal low = m.RangeLow.GetValueOrDefault();
        decimal high = m.RangeHigh.GetValueOrDefault();
        decimal floor = m.Floor ?? 0m;
        decimal actual = context.Actual;
        decimal distance = actual < low ? low - actual : actual > high ? actual - high : 0m;
        if (distance == 0m)
        {
            return 100m;
        }

        decimal slope = m.Slope.GetValueOrDefault();

        // Compare before multiplying so that a very distant actual cannot overflow.
        if (distance >= (100m - floor) / slope)
        {
            return floor;
        }

        decimal score = 100m - (slope * distance);
        return score < floor ? floor : score;
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        RequireDirection(problems, criterion, "use the linear or ratio-to-target rule for higher- or lower-is-better", CriterionDirection.ClosestToTargetIsBest);
        ScoringMethod m = criterion.Scoring;
        bool hasLow = Required(problems, m.RangeLow, "rangeLow");
        bool hasHigh = Required(problems, m.RangeHigh, "rangeHigh");
        if (hasLow && hasHigh && m.RangeLow > m.RangeHigh)
        {
            problems.Error(Path("rangeLow"), ScoringProblemCodes.ValuesOutOfOrder, $"The range starts ({Text(m.RangeLow!.Value)}) above where it ends ({Text(m.RangeHigh!.Value)}).", m.RangeLow);
        }

        if (Required(problems, m.Slope, "slope") && m.Slope <= 0m)
        {
            problems.Error(Path("slope"), ScoringProblemCodes.ValueOutOfRange, $"The slope (points lost per unit outside the range) must be positive; it is {Text(m.Slope!.Value)}.", m.Slope);
        }

        if (m.Floor is { } floor && floor >= 100m)
        {
            problems.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor must be below 100; it is {Text(floor)}.", floor);
        }
    }
}
