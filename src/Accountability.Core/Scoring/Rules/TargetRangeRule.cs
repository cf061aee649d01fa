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
        if (actual >= low && actual <= high)
        {
            return 100m;
        }

        decimal lost;
        try
        {
            lost = PointsLost(m.Slope.GetValueOrDefault(), actual, low, high);
        }
        catch (OverflowException)
        {
            // More points lost than decimal can hold is certainly more than the room above the floor.
            return floor;
        }

        decimal score = 100m - lost;
        return score < floor ? floor : score;
    }

    // slope × distance from the range. A distance beyond decimal's range is taken at half size and the
    // product doubled, so this overflows only when the points lost are themselves beyond decimal's range.
    private static decimal PointsLost(decimal slope, decimal actual, decimal low, decimal high)
    {
        (decimal from, decimal to) = actual < low ? (actual, low) : (high, actual);
        return from < 0m && to > decimal.MaxValue + from
            ? slope * ((to / 2m) - (from / 2m)) * 2m
            : slope * (to - from);
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
