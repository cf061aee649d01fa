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

file sealed class TargetRangeScorer(ReferenceSlot lowSlot, ReferenceSlot highSlot, decimal slope, decimal floor, ScoreRange range) : CriterionScorer(range), IGridScorer
{
    // The fast path's constants: the floor in units, the room above it (100 − floor, in units), the slope's mantissa and scale.
    private readonly long _floorUnits = GridNumber.TryUnits(floor, out long f) ? f : 0;
    private readonly long _slope = GridNumber.TryRead(slope, out long m, out _) && m > 0 ? m : 0;
    private readonly int _slopeScale = GridNumber.TryRead(slope, out _, out int s) ? s : 0;
    private readonly int _low = lowSlot.Index - 1;
    private readonly int _high = highSlot.Index - 1;

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && GridNumber.TryUnits(floor, out _) && floor < 100m && GridNumber.TryRead(slope, out long sm, out _) && sm > 0;

    public object? Prepare(decimal[] references) => GridNumber.Prepare(references[_low], references[_high]);

    // The same as Score and rounding to the grid: 100 − slope × distance (exact), floored, then rounded once.
    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        units = 0;
        long a, low, high;
        int scaleOfValues;
        if (prepared is long[] shared
            ? !GridNumber.TryAlign(actual, shared, out a, out low, out high, out _, out scaleOfValues)
            : !GridNumber.TryAlign(actual, references[offset + _low], references[offset + _high], out a, out low, out high, out scaleOfValues))
        {
            return false;
        }

        if (a >= low && a <= high)
        {
            units = GridNumber.Hundred;
            return true;
        }

        // Points lost, in units: slope × distance × 10^12 ÷ 10^(slope's scale + values' scale).
        ulong distance = (ulong)(a < low ? low - a : a - high);
        UInt128 product = (UInt128)(ulong)_slope * distance;
        UInt128 room = (ulong)(GridNumber.Hundred - _floorUnits);
        int shift = _slopeScale + scaleOfValues - ScorePrecision.Decimals;
        ulong lost;
        if (shift <= 0)
        {
            if (product >= room)
            {
                units = _floorUnits;
                return true;
            }

            UInt128 scaled = product * (ulong)GridNumber.Power(-shift);
            if (scaled >= room)
            {
                units = _floorUnits;
                return true;
            }

            lost = (ulong)scaled;
        }
        else
        {
            if (shift > 18)
            {
                return false;
            }

            ulong divisor = (ulong)GridNumber.Power(shift);
            if (product >= room * divisor)
            {
                units = _floorUnits;
                return true;
            }

            if (!GridNumber.TryRound(product, divisor, out lost))
            {
                return false;
            }
        }

        units = GridNumber.Hundred - (long)lost;
        return units != 0;
    }

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
