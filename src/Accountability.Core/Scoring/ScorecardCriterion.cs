using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>A criterion as it sits in a built scorecard: with its weight, its resolved rule and the score range of the rule's scorer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorecardCriterion
{
    internal ScorecardCriterion(PerformanceCriterion criterion, decimal weight, IScoringRule rule, CriterionScorer scorer, decimal[] references, string[] referenceNames, string[] perSubject)
    {
        ReferenceNames = referenceNames;
        _perSubject = perSubject;
        Criterion = criterion;
        Weight = weight;
        Rule = rule;
        Scorer = scorer;
        Range = scorer.Range;
        References = references;
    }

    private readonly string[] _perSubject;

    /// <summary>The criterion.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The weight declared in the scorecard (a percentage, or a relative part; see <see cref="Scorecard.WeightMode"/>).</summary>
    public decimal Weight { get; }

    /// <summary>The rule that scores the criterion, resolved from the registry when the scorecard was built.</summary>
    public IScoringRule Rule { get; }

    /// <summary>The scores the rule's scorer can give this criterion.</summary>
    public ScoreRange Range { get; }

    /// <summary>The names of the reference values each subject gives for this criterion (see <see cref="ScorecardBuilder.PerSubject"/>); empty when every subject is scored against the criterion's own values.</summary>
    public IReadOnlyList<string> PerSubject => _perSubject;

    /// <summary>The names of the reference values the rule took, in slot order.</summary>
    internal string[] ReferenceNames { get; }

    /// <summary>The rule compiled for this criterion.</summary>
    internal CriterionScorer Scorer { get; }

    /// <summary>The criterion's reference values, in the order the rule took their slots.</summary>
    internal decimal[] References { get; }
}
