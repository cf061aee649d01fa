using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>binary</c> rule: met when the actual reaches the target (higher-is-better), does not
/// exceed it (lower-is-better), or lies within <see cref="Tolerance"/> of it (closest-to-target).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BinaryScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>binary</c>.</summary>
    public const string Rule = "binary";

    /// <summary>Creates the settings.</summary>
    /// <param name="target">The value to meet.</param>
    /// <param name="metScore">The score when met; above <paramref name="notMetScore"/>.</param>
    /// <param name="notMetScore">The score when not met.</param>
    /// <param name="tolerance">For closest-to-target only: the largest distance that still counts as met.</param>
    public BinaryScoring(decimal target, decimal metScore = 100m, decimal notMetScore = 0m, decimal? tolerance = null)
        : base(Rule)
    {
        Target = target;
        MetScore = metScore;
        NotMetScore = notMetScore;
        Tolerance = tolerance;
    }

    /// <summary>The value to meet.</summary>
    public decimal Target { get; }

    /// <summary>The score when met.</summary>
    public decimal MetScore { get; }

    /// <summary>The score when not met.</summary>
    public decimal NotMetScore { get; }

    /// <summary>How far from the target still counts as met, for a closest-to-target criterion; 0 when not given.</summary>
    public decimal? Tolerance { get; }

    private protected override void Describe(StringBuilder text)
    {
        Describe(text, "target", Target);
        Describe(text, "met", MetScore);
        Describe(text, "not met", NotMetScore);
        Describe(text, "tolerance", Tolerance);
    }
}

/// <summary>The built-in <c>binary</c> rule.</summary>
internal sealed class BinaryRule : BuiltInRule<BinaryScoring>
{
    public override string Name => BinaryScoring.Rule;

    protected override CriterionScorer Bind(BinaryScoring m, ScoringRuleBindContext context)
    {
        if (m.MetScore <= m.NotMetScore)
        {
            context.Error(Path("metScore"), ScoringProblemCodes.ValuesOutOfOrder, $"The score when met ({Text(m.MetScore)}) must be above the score when not met ({Text(m.NotMetScore)}).", m.MetScore);
        }

        if (m.Tolerance is { } tolerance)
        {
            if (context.Direction != CriterionDirection.ClosestToTargetIsBest)
            {
                context.Error(Path("tolerance"), ScoringProblemCodes.ValueNotUsed, $"A tolerance only applies to closest-to-target criteria; this one is {DirectionText(context.Direction)}. Remove it or move the target.", tolerance);
            }
            else if (tolerance < 0m)
            {
                context.Error(Path("tolerance"), ScoringProblemCodes.ValueOutOfRange, $"The tolerance cannot be negative; it is {Text(tolerance)}.", tolerance);
            }
        }

        return new BinaryScorer(
            context.Direction,
            context.Reference("target", m.Target),
            m.Tolerance ?? 0m,
            m.MetScore,
            m.NotMetScore,
            new ScoreRange(m.NotMetScore, Math.Max(m.NotMetScore, m.MetScore)));
    }
}

file sealed class BinaryScorer(CriterionDirection direction, ReferenceSlot targetSlot, decimal tolerance, decimal met, decimal notMet, ScoreRange range)
    : CriterionScorer(range), IGridScorer
{
    private readonly long _metUnits = GridNumber.TryUnits(met, out long m) ? m : 0;
    private readonly long _notMetUnits = GridNumber.TryUnits(notMet, out long n) ? n : 0;

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && GridNumber.TryUnits(met, out _) && GridNumber.TryUnits(notMet, out _);

    // The same decision as Score; the scores are settings on the grid.
    public object? Prepare(decimal[] references) => null;

    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        units = IsMet(actual, references[offset + targetSlot.Index - 1]) ? _metUnits : _notMetUnits;
        return true;
    }

    public override decimal Score(in ScoringContext context) => IsMet(context.Actual, context.Reference(targetSlot)) ? met : notMet;

    private bool IsMet(decimal actual, decimal target) => direction switch
    {
        CriterionDirection.HigherIsBetter => actual >= target,
        CriterionDirection.LowerIsBetter => actual <= target,
        _ => IsWithin(actual, target, tolerance),
    };

    // |actual − target| <= tolerance; a distance beyond decimal's range is beyond any tolerance.
    private static bool IsWithin(decimal actual, decimal target, decimal tolerance)
    {
        decimal low = Math.Min(actual, target);
        decimal high = Math.Max(actual, target);
        return (low >= 0m || high <= decimal.MaxValue + low) && high - low <= tolerance;
    }
}
