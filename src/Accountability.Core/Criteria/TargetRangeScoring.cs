using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>target-range</c> rule: 100 anywhere in [<see cref="Low"/>, <see cref="High"/>];
/// outside it, 100 minus <see cref="Slope"/> points per unit of distance, never below <see cref="Floor"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetRangeScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>target-range</c>.</summary>
    public const string Rule = "target-range";

    /// <summary>Creates the settings.</summary>
    /// <param name="low">The lowest value of the range, included.</param>
    /// <param name="high">The highest value of the range, included.</param>
    /// <param name="slope">Points lost per unit outside the range; positive.</param>
    /// <param name="floor">The lowest score; below 100.</param>
    public TargetRangeScoring(decimal low, decimal high, decimal slope, decimal floor = 0m)
        : base(Rule)
    {
        Low = low;
        High = high;
        Slope = slope;
        Floor = floor;
    }

    /// <summary>The lowest value of the target range, included.</summary>
    public decimal Low { get; }

    /// <summary>The highest value of the target range, included.</summary>
    public decimal High { get; }

    /// <summary>Points lost per unit of distance outside the range.</summary>
    public decimal Slope { get; }

    /// <summary>The lowest score.</summary>
    public decimal Floor { get; }

    private protected override void Describe(StringBuilder text)
    {
        Describe(text, "floor", Floor);
        Describe(text, "range from", Low);
        Describe(text, "range to", High);
        Describe(text, "slope", Slope);
    }
}

/// <summary>The built-in <c>target-range</c> rule.</summary>
internal sealed class TargetRangeRule : BuiltInRule<TargetRangeScoring>
{
    public override string Name => TargetRangeScoring.Rule;

    protected override CriterionScorer Bind(TargetRangeScoring m, ScoringRuleBindContext context)
    {
        RequireDirection(context, "use the linear or ratio-to-target rule for higher- or lower-is-better", CriterionDirection.ClosestToTargetIsBest);
        if (m.Low > m.High)
        {
            context.Error(Path("rangeLow"), ScoringProblemCodes.ValuesOutOfOrder, $"The range starts ({Text(m.Low)}) above where it ends ({Text(m.High)}).", m.Low);
        }

        if (m.Slope <= 0m)
        {
            context.Error(Path("slope"), ScoringProblemCodes.ValueOutOfRange, $"The slope (points lost per unit outside the range) must be positive; it is {Text(m.Slope)}.", m.Slope);
        }

        if (m.Floor >= 100m)
        {
            context.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor must be below 100; it is {Text(m.Floor)}.", m.Floor);
        }

        return new TargetRangeScorer(
            context.Reference("rangeLow", m.Low),
            context.Reference("rangeHigh", m.High),
            m.Slope,
            m.Floor,
            new ScoreRange(Math.Min(m.Floor, 100m), 100m));
    }
}

file sealed class TargetRangeScorer(ReferenceSlot lowSlot, ReferenceSlot highSlot, decimal slope, decimal floor, ScoreRange range) : CriterionScorer(range)
{
    public override decimal Score(in ScoringContext context)
    {
        decimal low = context.Reference(lowSlot);
        decimal high = context.Reference(highSlot);
        decimal actual = context.Actual;
        if (actual >= low && actual <= high)
        {
            return 100m;
        }

        decimal lost;
        try
        {
            lost = PointsLost(actual, low, high);
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
    private decimal PointsLost(decimal actual, decimal low, decimal high)
    {
        (decimal from, decimal to) = actual < low ? (actual, low) : (high, actual);
        return from < 0m && to > decimal.MaxValue + from
            ? slope * ((to / 2m) - (from / 2m)) * 2m
            : slope * (to - from);
    }
}
