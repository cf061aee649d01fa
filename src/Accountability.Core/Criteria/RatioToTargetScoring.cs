using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>ratio-to-target</c> rule: actual ÷ target × 100 (target ÷ actual × 100 for
/// lower-is-better), kept within <see cref="Floor"/> and <see cref="Cap"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RatioToTargetScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>ratio-to-target</c>.</summary>
    public const string Rule = "ratio-to-target";

    /// <summary>Creates the settings.</summary>
    /// <param name="target">The value that scores 100; positive.</param>
    /// <param name="cap">The highest score.</param>
    /// <param name="floor">The lowest score; not negative.</param>
    public RatioToTargetScoring(decimal target, decimal cap, decimal floor = 0m)
        : base(Rule)
    {
        Target = target;
        Cap = cap;
        Floor = floor;
    }

    /// <summary>The value that scores 100.</summary>
    public decimal Target { get; }

    /// <summary>The highest score.</summary>
    public decimal Cap { get; }

    /// <summary>The lowest score.</summary>
    public decimal Floor { get; }

    private protected override void Describe(StringBuilder text)
    {
        Describe(text, "target", Target);
        Describe(text, "floor", Floor);
        Describe(text, "cap", Cap);
    }
}

/// <summary>The built-in <c>ratio-to-target</c> rule.</summary>
internal sealed class RatioToTargetRule : BuiltInRule<RatioToTargetScoring>
{
    public override string Name => RatioToTargetScoring.Rule;

    protected override CriterionScorer Bind(RatioToTargetScoring m, ScoringRuleBindContext context)
    {
        RequireDirection(context, "use the target-range or binary rule for closest-to-target", CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter);
        if (m.Target <= 0m)
        {
            context.Error(Path("target"), ScoringProblemCodes.ValueOutOfRange, $"The 'ratio-to-target' rule needs a positive target; it is {Text(m.Target)}.", m.Target);
        }

        if (m.Cap <= m.Floor)
        {
            context.Error(Path("cap"), ScoringProblemCodes.ValuesOutOfOrder, $"The cap ({Text(m.Cap)}) must be above the floor ({Text(m.Floor)}).", m.Cap);
        }

        if (m.Floor < 0m)
        {
            context.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor of a ratio cannot be negative; it is {Text(m.Floor)}.", m.Floor);
        }

        return new RatioScorer(
            context.Direction == CriterionDirection.LowerIsBetter,
            context.Reference("target", m.Target),
            m.Floor,
            m.Cap,
            new ScoreRange(m.Floor, Math.Max(m.Floor, m.Cap)));
    }
}

file sealed class RatioScorer(bool lower, ReferenceSlot targetSlot, decimal floor, decimal cap, ScoreRange range) : CriterionScorer(range), IGridScorer
{
    // The fast path's constants in units of 10^-12 (see GridNumber); HasGridForm is false when floor or cap is off the grid.
    private readonly long _floorUnits = GridNumber.TryUnits(floor, out long f) ? f : 0;
    private readonly long _capUnits = GridNumber.TryUnits(cap, out long c) ? c : 0;
    private readonly int _target = targetSlot.Index - 1;

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && GridNumber.TryUnits(floor, out _) && GridNumber.TryUnits(cap, out _);

    // The same as Score and rounding to the grid, on integers: the exact ratio clamped to [floor, cap], then rounded.
    public object? Prepare(decimal[] references) => GridNumber.Prepare(references[_target]);

    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        units = 0;
        long a, t;
        if ((prepared is long[] shared ? !GridNumber.TryAlign(actual, shared, out a, out t) : !GridNumber.TryAlign(actual, references[offset + _target], out a, out t)) || t <= 0)
        {
            // A target at or below zero (a subject's own) is left to the decimal path.
            return false;
        }

        if (a <= 0)
        {
            units = lower ? _capUnits : _floorUnits;
            return true;
        }

        // The ratio in units: 100 × 10^12 × a ÷ t (t ÷ a for lower-is-better).
        (ulong over, ulong under) = lower ? ((ulong)t, (ulong)a) : ((ulong)a, (ulong)t);
        UInt128 numerator = unchecked((UInt128)over * (ulong)GridNumber.Hundred);
        UInt128 whole = numerator / under;
        if (whole >= (ulong)_capUnits)
        {
            units = _capUnits;
            return true;
        }

        if (whole < (ulong)_floorUnits || (whole == (ulong)_floorUnits && numerator % under == 0))
        {
            units = _floorUnits;
            return true;
        }

        if (!GridNumber.TryRound(numerator, under, out ulong q))
        {
            return false;
        }

        units = (long)q;
        return true;
    }

    public override decimal Score(in ScoringContext context)
    {
        decimal target = context.Reference(targetSlot);
        decimal actual = context.Actual;
        decimal ratio;
        if (lower)
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
}
