using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>
/// The explanation of one criterion in a <see cref="ScorecardResult"/>: the actual value, the rule,
/// the raw score, the weight and the weighted contribution. The sentence tracing it
/// (<see cref="Explanation"/>) is written only when asked for.
/// </summary>
/// <remarks>Immutable and thread-safe. Scores carry exactly <see cref="ScorePrecision.Decimals"/> decimal places.</remarks>
public sealed class CriterionResult
{
    internal CriterionResult(
        ScorecardCriterion entry,
        WeightMode weightMode,
        CriterionStatus status,
        decimal? actual,
        decimal? score,
        decimal effectiveWeight,
        decimal contribution,
        string? reason,
        ScorecardResult? source,
        ReferenceValue[]? references = null,
        string[]? missingReferences = null)
    {
        _references = references ?? [];
        _missingReferences = missingReferences ?? [];
        Entry = entry;
        WeightMode = weightMode;
        Status = status;
        Actual = actual;
        Score = score;
        EffectiveWeight = effectiveWeight;
        Contribution = contribution;
        Reason = reason;
        Source = source;
    }

    private readonly ReferenceValue[] _references;
    private readonly string[] _missingReferences;

    /// <summary>The criterion, with its rule and settings.</summary>
    public PerformanceCriterion Criterion => Entry.Criterion;

    /// <summary>The criterion's id.</summary>
    public CriterionId CriterionId => Entry.Criterion.Id;

    /// <summary>The name of the rule that scored it.</summary>
    public string RuleName => Entry.Criterion.Scoring.RuleName;

    /// <summary>What happened to the criterion.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The actual value, when there was one.</summary>
    public decimal? Actual { get; }

    /// <summary>The rule's score (0 for <see cref="CriterionStatus.MissingScoredZero"/>); <see langword="null"/> when the criterion was left out.</summary>
    public decimal? Score { get; }

    /// <summary>The weight declared in the scorecard.</summary>
    public decimal Weight => Entry.Weight;

    /// <summary>
    /// The share of the overall score this criterion carried, in percent of the criteria that were
    /// included (re-normalised when some were left out); 0 when left out. Over a result they add up to exactly 100.
    /// </summary>
    public decimal EffectiveWeight { get; }

    /// <summary>Score × effective weight ÷ 100: the points this criterion added to the weighted score. Over a result they add up exactly to <see cref="ScorecardResult.WeightedScore"/>.</summary>
    public decimal Contribution { get; }

    /// <summary>Why the criterion was not applicable, when that was said.</summary>
    public string? Reason { get; }

    /// <summary>A sentence tracing the score back to the actual value, the rule and its settings; written when read.</summary>
    public string Explanation => ScorecardExplainer.Describe(this);

    /// <summary>The other scorecard whose overall score was this criterion's value, if any (a scorecard of scorecards).</summary>
    public ScorecardResult? Source { get; }

    /// <summary>The subject's own reference values the criterion was scored against, with where each came from; empty when the scorecard declares none for it.</summary>
    public IReadOnlyList<ReferenceValue> References => _references;

    /// <summary>The names of the subject's own reference values that were missing (which made the criterion missing); empty otherwise.</summary>
    public IReadOnlyList<string> MissingReferences => _missingReferences;

    /// <summary>Tells whether the criterion counted in the overall score.</summary>
    public bool IsIncluded => Status is CriterionStatus.Scored or CriterionStatus.MissingScoredZero;

    internal ScorecardCriterion Entry { get; }

    internal WeightMode WeightMode { get; }

    /// <summary>For a formula rule: the scores of the criteria its formula reads, in its order (empty when it reads none).</summary>
    internal decimal?[]? FormulaReads { get; init; }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;

    /// <summary>The criterion's outcome in a few words ("scored 82.50", "missing (left out)"), shared by the accountability texts.</summary>
    internal string OutcomeText() => Status switch
    {
        CriterionStatus.Scored => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"scored {Rounding.Format(Score!.Value)}"),
        CriterionStatus.MissingScoredZero => "missing (scored 0)",
        CriterionStatus.MissingExcluded => "missing (left out)",
        _ => "not applicable",
    };
}
