using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>direct</c> rule: the actual value is already a score (such as another scorecard's
/// overall score), accepted within [<see cref="Floor"/>, <see cref="Cap"/>]; values outside are rejected, never clamped.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DirectScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>direct</c>.</summary>
    public const string Rule = "direct";

    /// <summary>Creates the settings.</summary>
    /// <param name="cap">The highest score accepted.</param>
    /// <param name="floor">The lowest score accepted; below <paramref name="cap"/>.</param>
    public DirectScoring(decimal cap = 100m, decimal floor = 0m)
        : base(Rule)
    {
        Cap = cap;
        Floor = floor;
    }

    /// <summary>The highest score accepted.</summary>
    public decimal Cap { get; }

    /// <summary>The lowest score accepted.</summary>
    public decimal Floor { get; }

    private protected override void Describe(StringBuilder text)
    {
        Describe(text, "floor", Floor);
        Describe(text, "cap", Cap);
    }
}

/// <summary>The built-in <c>direct</c> rule.</summary>
internal sealed class DirectRule : BuiltInRule<DirectScoring>
{
    public override string Name => DirectScoring.Rule;

    protected override CriterionScorer Bind(DirectScoring m, ScoringRuleBindContext context)
    {
        RequireDirection(context, "a direct score is always higher-is-better", CriterionDirection.HigherIsBetter);
        if (m.Cap <= m.Floor)
        {
            context.Error(Path("cap"), ScoringProblemCodes.ValuesOutOfOrder, $"The cap ({Text(m.Cap)}) must be above the floor ({Text(m.Floor)}).", m.Cap);
        }

        return new DirectScorer(m.Floor, m.Cap, new ScoreRange(m.Floor, Math.Max(m.Floor, m.Cap)));
    }
}

file sealed class DirectScorer(decimal floor, decimal cap, ScoreRange range) : CriterionScorer(range), IGridScorer
{
    public bool HasGridForm { get; } = GridNumber.LayoutKnown && floor >= -GridNumber.MaximumScore && cap <= GridNumber.MaximumScore;

    // The actual is the score, rounded once to the grid; one outside the accepted range is left to the decimal path (which reports it).
    public object? Prepare(decimal[] references) => null;

    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        if (actual < floor || actual > cap)
        {
            units = 0;
            return false;
        }

        return GridNumber.TryRoundValue(actual, out units);
    }

    public override decimal Score(in ScoringContext context)
    {
        if (context.Actual < floor || context.Actual > cap)
        {
            throw NotScorable(context, $"The score {Line.Text(context.Actual)} is outside the accepted range {Line.Text(floor)}–{Line.Text(cap)}.");
        }

        return context.Actual;
    }
}
