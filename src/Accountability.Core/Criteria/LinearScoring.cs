using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>linear</c> rule: the floor (0) at or beyond <see cref="Threshold"/>, 100 at
/// <see cref="Target"/>, and, when a stretch is given, <see cref="Cap"/> at or beyond <see cref="Stretch"/>, straight
/// lines in between. For a lower-is-better criterion the values run the other way (threshold above target).
/// </summary>
/// <remarks>Immutable and thread-safe. The order of the values is checked against the criterion's direction when the scorecard is built.</remarks>
public sealed class LinearScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>linear</c>.</summary>
    public const string Rule = "linear";

    /// <summary>Creates the settings.</summary>
    /// <param name="threshold">The value that scores the floor.</param>
    /// <param name="target">The value that scores 100.</param>
    /// <param name="stretch">The value that scores <paramref name="cap"/>; without it the score stops at 100.</param>
    /// <param name="cap">The score at stretch, above 100; required with a stretch.</param>
    /// <param name="floor">The score at or beyond the threshold; 0 when not given.</param>
    public LinearScoring(decimal threshold, decimal target, decimal? stretch = null, decimal? cap = null, decimal? floor = null)
        : base(Rule)
    {
        Threshold = threshold;
        Target = target;
        Stretch = stretch;
        Cap = cap;
        Floor = floor;
    }

    /// <summary>The value at or beyond which the criterion scores its floor.</summary>
    public decimal Threshold { get; }

    /// <summary>The value that scores 100.</summary>
    public decimal Target { get; }

    /// <summary>The value at or beyond which the criterion scores its cap, if any.</summary>
    public decimal? Stretch { get; }

    /// <summary>The score at stretch, if a stretch is given.</summary>
    public decimal? Cap { get; }

    /// <summary>The lowest score, if not 0.</summary>
    public decimal? Floor { get; }

    private protected override void Describe(StringBuilder text)
    {
        Describe(text, "threshold", Threshold);
        Describe(text, "target", Target);
        Describe(text, "stretch", Stretch);
        Describe(text, "floor", Floor);
        Describe(text, "cap", Cap);
    }
}

/// <summary>The built-in <c>linear</c> rule; lower-is-better criteria are scored as the mirror image.</summary>
internal sealed class LinearRule : BuiltInRule<LinearScoring>
{
    public override string Name => LinearScoring.Rule;

    protected override CriterionScorer Bind(LinearScoring m, ScoringRuleBindContext context)
    {
        RequireDirection(context, "use the target-range or binary rule for closest-to-target", CriterionDirection.HigherIsBetter, CriterionDirection.LowerIsBetter);
        bool lower = context.Direction == CriterionDirection.LowerIsBetter;
        string better = lower ? "below" : "above";
        if (lower ? m.Threshold <= m.Target : m.Threshold >= m.Target)
        {
            context.Error(
                Path("threshold"),
                ScoringProblemCodes.ValuesOutOfOrder,
                $"For a {DirectionText(context.Direction)} criterion the target ({Text(m.Target)}) must be {better} the threshold ({Text(m.Threshold)}).",
                m.Threshold);
        }

        if (m.Stretch is { } stretch)
        {
            if (lower ? stretch >= m.Target : stretch <= m.Target)
            {
                context.Error(
                    Path("stretch"),
                    ScoringProblemCodes.ValuesOutOfOrder,
                    $"For a {DirectionText(context.Direction)} criterion the stretch ({Text(stretch)}) must be {better} the target ({Text(m.Target)}).",
                    stretch);
            }

            if (m.Cap is not { } cap)
            {
                context.Error(Path("cap"), ScoringProblemCodes.ValueRequired, "The 'linear' rule needs a cap (the score at stretch) when a stretch is given.");
            }
            else if (cap <= 100m)
            {
                context.Error(Path("cap"), ScoringProblemCodes.ValueOutOfRange, $"The cap (the score at stretch) must be above 100; it is {Text(cap)}.", cap);
            }
        }
        else if (m.Cap is { } cap)
        {
            context.Error(Path("cap"), ScoringProblemCodes.ValueNotUsed, $"A cap ({Text(cap)}) has no effect without a stretch; give a stretch or remove the cap.", cap);
        }

        if (m.Floor is { } floor && floor >= 100m)
        {
            context.Error(Path("floor"), ScoringProblemCodes.ValueOutOfRange, $"The floor must be below 100; it is {Text(floor)}.", floor);
        }

        decimal lowest = m.Floor ?? 0m;
        decimal highest = m.Stretch is null ? 100m : m.Cap ?? 100m;
        return new LinearScorer(
            lower,
            context.Reference("threshold", m.Threshold),
            context.Reference("target", m.Target),
            m.Stretch is { } s ? context.Reference("stretch", s) : null,
            lowest,
            highest,
            new ScoreRange(lowest, Math.Max(lowest, highest)));
    }
}

file sealed class LinearScorer(bool mirror, ReferenceSlot threshold, ReferenceSlot target, ReferenceSlot? stretch, decimal floor, decimal cap, ScoreRange range)
    : CriterionScorer(range), IGridScorer
{
    // The fast path's constants in units of 10^-12 (see GridNumber); HasGridForm is false when floor or cap is off the grid.
    private readonly long _floorUnits = GridNumber.TryUnits(floor, out long f) ? f : 0;
    private readonly long _capUnits = GridNumber.TryUnits(cap, out long c) ? c : 0;
    private readonly int _threshold = threshold.Index - 1;
    private readonly int _target = target.Index - 1;
    private readonly int _stretch = stretch is { } s ? s.Index - 1 : -1;

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && GridNumber.TryUnits(floor, out _) && GridNumber.TryUnits(cap, out _);

    public override decimal Score(in ScoringContext context)
    {
        // Lower-is-better is the mirror image: negate every value and score as higher-is-better.
        decimal actual = context.Actual;
        decimal t = context.Reference(threshold);
        decimal g = context.Reference(target);
        if (mirror)
        {
            actual = -actual;
            t = -t;
            g = -g;
        }

        if (actual <= t)
        {
            return floor;
        }

        if (actual < g)
        {
            return Line.AtExactOrSafely(actual, t, g, floor, 100m);
        }

        if (stretch is not { } slot)
        {
            return 100m;
        }

        decimal s = mirror ? -context.Reference(slot) : context.Reference(slot);
        return actual >= s ? cap : Line.AtExactOrSafely(actual, g, s, 100m, cap);
    }

    // The same as Score and rounding to the grid, on integers: every value read at one common scale.
    public object? Prepare(decimal[] references) =>
        _stretch < 0 ? GridNumber.Prepare(references[_threshold], references[_target]) : GridNumber.Prepare(references[_threshold], references[_target], references[_stretch]);

    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        long a, t, g, s = 0;
        if (prepared is long[] shared
            ? !GridNumber.TryAlign(actual, shared, out a, out t, out g, out s)
            : _stretch < 0
            ? !GridNumber.TryAlign(actual, references[offset + _threshold], references[offset + _target], out a, out t, out g)
            : !GridNumber.TryAlign(actual, references[offset + _threshold], references[offset + _target], references[offset + _stretch], out a, out t, out g, out s))
        {
            units = 0;
            return false;
        }

        if (mirror)
        {
            a = -a;
            t = -t;
            g = -g;
            s = -s;
        }

        if (a <= t)
        {
            units = _floorUnits;
            return true;
        }

        if (a < g)
        {
            return GridNumber.TryLine(a - t, g - t, _floorUnits, GridNumber.Hundred - _floorUnits, out units);
        }

        if (_stretch < 0)
        {
            units = GridNumber.Hundred;
            return true;
        }

        if (a >= s)
        {
            units = _capUnits;
            return true;
        }

        return GridNumber.TryLine(a - g, s - g, GridNumber.Hundred, _capUnits - GridNumber.Hundred, out units);
    }
}
