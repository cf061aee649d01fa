namespace Accountability.Scoring;

/// <summary>
/// One subject's explained scorecard result: the overall score and band, and for every criterion the
/// actual value, rule, raw score, weight and contribution. Every number can be traced back to its
/// inputs: contributions add up exactly to <see cref="WeightedScore"/>, effective weights to 100, and
/// any gate that changed the outcome is listed in <see cref="Gates"/>. The result carries data; text is
/// written only when asked for (<see cref="Explain"/>, <see cref="CriterionResult.Explanation"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Values are exact and every score carries exactly <see cref="ScorePrecision.Decimals"/>
/// decimal places; use <see cref="Rounding.Format"/> to display them.
/// </remarks>
public sealed class ScorecardResult
{
    /// <summary>
    /// How deeply results may be nested (a scorecard of scorecards of …): 100 levels. A result is at depth 1 when none of
    /// its criteria is another scorecard's result, and one deeper than the deepest result it was built on. Using a result
    /// at this depth as a value is reported by <see cref="ActualsBuilder.Build"/> as <see cref="ScoringProblemCodes.NestingTooDeep"/>.
    /// </summary>
    public const int MaxNestingDepth = 100;

    private readonly Scorecard _scorecard;
    private readonly CriterionResult[] _criteria;

    internal ScorecardResult(
        Scorecard scorecard,
        PartyId subject,
        decimal? weightedScore,
        decimal? score,
        RatingBand? band,
        bool bandForced,
        CriterionResult[] criteria,
        GateOutcome[] gates)
    {
        _scorecard = scorecard;
        Subject = subject;
        WeightedScore = weightedScore;
        Score = score;
        Band = band;
        BandForcedByGate = bandForced;
        _criteria = criteria;
        Gates = gates;
        int depth = 1;
        foreach (CriterionResult criterion in criteria)
        {
            if (criterion.Source is { } source)
            {
                depth = Math.Max(depth, source.Depth + 1);
            }
        }

        Depth = depth;
    }

    /// <summary>The scorecard's id.</summary>
    public ScorecardId ScorecardId => _scorecard.Id;

    /// <summary>The scorecard's name.</summary>
    public string ScorecardName => _scorecard.Name;

    /// <summary>Who or what was scored.</summary>
    public PartyId Subject { get; }

    /// <summary>The weighted mean of the included criteria's scores (Σ weight × score ÷ Σ weight), before gates; <see langword="null"/> when no criterion could be included.</summary>
    public decimal? WeightedScore { get; }

    /// <summary>The overall score after gates; equal to <see cref="WeightedScore"/> unless a cap gate lowered it; <see langword="null"/> when not rated.</summary>
    public decimal? Score { get; }

    /// <summary>Tells whether the subject could be rated (at least one criterion was included).</summary>
    public bool IsRated => Score is not null;

    /// <summary>The rating band of <see cref="Score"/>, or the band a gate forced; <see langword="null"/> when the scorecard has no bands or the subject is not rated.</summary>
    public RatingBand? Band { get; }

    /// <summary>Tells whether a gate forced <see cref="Band"/>.</summary>
    public bool BandForcedByGate { get; }

    /// <summary>Every criterion of the scorecard, in the scorecard's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria => _criteria;

    /// <summary>Every gate of the scorecard and what it did.</summary>
    public IReadOnlyList<GateOutcome> Gates { get; }

    /// <summary>
    /// When the scorecard combines its criteria with a formula (<see cref="Scorecard.Combination"/>): the formula, its
    /// value and each criterion score it read (absent ones as <c>not applicable</c>); <see langword="null"/> for the weighted mean.
    /// </summary>
    public string? Combination => ScorecardExplainer.Combination(this);

    internal Accountability.Formulas.CompiledFormula? CompiledCombination => _scorecard.CompiledCombination;

    /// <summary>How deeply this result nests other scorecards' results: 1 when it nests none.</summary>
    public int Depth { get; }

    /// <summary>The criteria left out because they do not apply to the subject.</summary>
    public IReadOnlyList<CriterionResult> NotApplicable => [.. _criteria.Where(c => c.Status == CriterionStatus.NotApplicable)];

    /// <summary>The criteria whose values were missing, whether scored 0 or left out.</summary>
    public IReadOnlyList<CriterionResult> Missing => [.. _criteria.Where(c => c.Status is CriterionStatus.MissingScoredZero or CriterionStatus.MissingExcluded)];

    /// <summary>Looks up one criterion's result.</summary>
    /// <param name="criterion">The criterion's id.</param>
    /// <returns>The criterion's result.</returns>
    /// <exception cref="ArgumentException">The scorecard has no such criterion.</exception>
    public CriterionResult this[CriterionId criterion] =>
        _scorecard.Columns.TryGet(criterion, out int column)
            ? _criteria[column]
            : throw new ArgumentException($"Scorecard '{ScorecardName}' has no criterion '{criterion}'.", nameof(criterion));

    /// <summary>
    /// Writes the full explanation: the overall score and band, a line per criterion, what was left
    /// out and why, what the gates did, and, indented, the explanation of every scorecard this one was built on.
    /// </summary>
    /// <param name="decimals">Decimal places for display (results themselves stay exact).</param>
    /// <returns>Several lines of text.</returns>
    public string Explain(int decimals = 2) => ScorecardExplainer.Explain(this, decimals);

    /// <summary>Returns a one-line summary such as <c>rep-1: 97.35 (Meets expectations)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        Score is { } score
            ? $"{Subject}: {Rounding.Format(score)}{(Band is null ? string.Empty : $" ({Band.Name})")}"
            : $"{Subject}: not rated";
}
