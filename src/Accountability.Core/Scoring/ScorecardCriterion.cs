using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>A criterion as it sits in a built scorecard: with its weight, its resolved rule and that rule's score range.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorecardCriterion
{
    internal ScorecardCriterion(PerformanceCriterion criterion, decimal weight, IScoringRule rule, ScoreRange range)
    {
        Criterion = criterion;
        Weight = weight;
        Rule = rule;
        Range = range;
    }

    /// <summary>The criterion.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The weight declared in the scorecard (a percentage, or a relative part; see <see cref="Scorecard.WeightMode"/>).</summary>
    public decimal Weight { get; }

    /// <summary>The rule that scores the criterion, resolved from the registry when the scorecard was built.</summary>
    public IScoringRule Rule { get; }

    /// <summary>The scores the rule can give this criterion.</summary>
    public ScoreRange Range { get; }
}
