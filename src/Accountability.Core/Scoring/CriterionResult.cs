using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>What happened to one criterion in a scorecard result.</summary>
public enum CriterionStatus
{
    /// <summary>The actual value was scored by the criterion's rule.</summary>
    Scored = 0,

    /// <summary>The criterion does not apply to the subject; it was left out and the other weights re-normalised.</summary>
    NotApplicable = 1,

    /// <summary>The value was missing and the policy scored it 0 with its full weight.</summary>
    MissingScoredZero = 2,

    /// <summary>The value was missing and the policy left it out, re-normalising the other weights.</summary>
    MissingExcluded = 3,
}

/// <summary>
/// The explanation of one criterion in a <see cref="ScorecardResult"/>: the actual value, the rule,
/// the raw score, the weight and the weighted contribution.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CriterionResult
{
    internal CriterionResult(
        PerformanceCriterion criterion,
        CriterionStatus status,
        decimal? actual,
        decimal? score,
        decimal weight,
        decimal effectiveWeight,
        decimal contribution,
        string explanation,
        ScorecardResult? source)
    {
        Criterion = criterion;
        Status = status;
        Actual = actual;
        Score = score;
        Weight = weight;
        EffectiveWeight = effectiveWeight;
        Contribution = contribution;
        Explanation = explanation;
        Source = source;
    }

    /// <summary>The criterion, with its rule and reference values.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The criterion's id.</summary>
    public CriterionId CriterionId => Criterion.Id;

    /// <summary>The name of the rule that scored it.</summary>
    public string RuleName => Criterion.Scoring.RuleName;

    /// <summary>What happened to the criterion.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The actual value, when there was one.</summary>
    public decimal? Actual { get; }

    /// <summary>The rule's score (0 for <see cref="CriterionStatus.MissingScoredZero"/>); <see langword="null"/> when the criterion was left out.</summary>
    public decimal? Score { get; }

    /// <summary>The weight declared in the scorecard.</summary>
    public decimal Weight { get; }

    /// <summary>
    /// The share of the overall score this criterion carried, in percent of the criteria that were
    /// included (re-normalised when some were left out); 0 when left out. Over a result they add up to exactly 100.
    /// </summary>
    public decimal EffectiveWeight { get; }

    /// <summary>Score × effective weight ÷ 100: the points this criterion added to the weighted score. Over a result they add up exactly to <see cref="ScorecardResult.WeightedScore"/>.</summary>
    public decimal Contribution { get; }

    /// <summary>A sentence tracing the score back to the actual value, the rule and its reference values.</summary>
    public string Explanation { get; }

    /// <summary>The other scorecard whose overall score was this criterion's value, if any (a scorecard of scorecards).</summary>
    public ScorecardResult? Source { get; }

    /// <summary>Tells whether the criterion counted in the overall score.</summary>
    public bool IsIncluded => Status is CriterionStatus.Scored or CriterionStatus.MissingScoredZero;

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
