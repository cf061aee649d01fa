namespace Accountability.Scoring;

/// <summary>Builds <see cref="Actuals"/>. Setting one criterion twice is reported at <see cref="Build"/>, never silently overwritten.</summary>
/// <remarks>Not thread-safe; use one builder per thread.</remarks>
public sealed class ActualsBuilder
{
    private readonly PartyId _subject;
    private readonly Dictionary<CriterionId, ActualValue> _entries = [];
    private readonly ProblemCollector _problems = new();
    private Dictionary<(CriterionId, string), ReferenceValue>? _references;

    internal ActualsBuilder(PartyId subject)
    {
        Identifier.ThrowIfDefault(subject, "The subject id cannot be default.", nameof(subject));

        _subject = subject;
    }

    /// <summary>Records a measured value.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="value">The actual value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default.</exception>
    public ActualsBuilder Value(CriterionId criterion, decimal value) =>
        Add(criterion, new ActualValue(ActualKind.Value, value, null, null));

    /// <summary>Marks a criterion as not applicable to this subject; it is left out and the other weights re-normalised.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="reason">Why, for the explanation (such as "No customers surveyed yet").</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default, or <paramref name="reason"/> is empty.</exception>
    public ActualsBuilder NotApplicable(CriterionId criterion, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Add(criterion, new ActualValue(ActualKind.NotApplicable, null, reason, null));
    }

    /// <summary>
    /// Uses another scorecard's result as this criterion's value (a scorecard of scorecards). Its overall
    /// score is the value, and its explanation stays attached to this criterion's result. A result that
    /// could not be rated makes the criterion not applicable.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="result">The other scorecard's result for the same subject.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default.</exception>
    public ActualsBuilder Result(CriterionId criterion, ScorecardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Subject != _subject)
        {
            _problems.Error(
                ProblemPath.Key("values", criterion.Value),
                ScoringProblemCodes.SubjectMismatch,
                $"The result of scorecard '{result.ScorecardName}' given for '{criterion}' is for '{result.Subject}', not '{_subject}'.",
                result.Subject.Value);
        }

        if (result.Depth >= ScorecardResult.MaxNestingDepth)
        {
            _problems.Error(
                ProblemPath.Key("values", criterion.Value),
                ScoringProblemCodes.NestingTooDeep,
                $"The result of scorecard '{result.ScorecardName}' given for '{criterion}' already nests {result.Depth} levels of scorecards; results can be nested at most {ScorecardResult.MaxNestingDepth} deep.",
                result.Depth);
        }

        return result.Score is { } score
            ? Add(criterion, new ActualValue(ActualKind.Result, score, null, result))
            : Add(criterion, new ActualValue(ActualKind.Result, null, $"Scorecard '{result.ScorecardName}' could not be rated.", result));
    }

    /// <summary>
    /// Gives the subject's own value of a reference value the scorecard declares per subject
    /// (see <see cref="ScorecardBuilder.PerSubject"/>), such as the subject's target.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="name">The reference value's name, such as <c>target</c>.</param>
    /// <param name="value">The subject's value.</param>
    /// <param name="source">Where it came from, for the explanation; optional.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default, or <paramref name="name"/> is empty.</exception>
    public ActualsBuilder Reference(CriterionId criterion, string name, decimal value, ReferenceSource? source = null)
    {
        Identifier.ThrowIfDefault(criterion, "The criterion id cannot be default.", nameof(criterion));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _references ??= [];
        if (!_references.TryAdd((criterion, name), new ReferenceValue(criterion, name, value, source)))
        {
            _problems.Error(
                ProblemPath.Join(ProblemPath.Key("criteria", criterion.Value), name),
                ScoringProblemCodes.DuplicateCriterion,
                $"The reference value '{name}' of '{criterion}' is given more than once for '{_subject}'; give it once.",
                value);
        }

        return this;
    }

    /// <summary>Builds the actuals.</summary>
    /// <returns>The immutable actuals.</returns>
    /// <exception cref="AccountabilityException">A criterion was set more than once, another scorecard's result is for another subject, or nesting it would go deeper than <see cref="ScorecardResult.MaxNestingDepth"/> (every problem is listed).</exception>
    public Actuals Build()
    {
        _problems.ThrowIfErrors();
        return new Actuals(_subject, new Dictionary<CriterionId, ActualValue>(_entries), _references is null ? null : new Dictionary<(CriterionId, string), ReferenceValue>(_references));
    }

    private ActualsBuilder Add(CriterionId criterion, ActualValue value)
    {
        Identifier.ThrowIfDefault(criterion, "The criterion id cannot be default.", nameof(criterion));

        if (!_entries.TryAdd(criterion, value))
        {
            _problems.Error(
                ProblemPath.Key("values", criterion.Value),
                ScoringProblemCodes.DuplicateCriterion,
                $"The criterion '{criterion}' is given more than once for '{_subject}'; give each criterion once.",
                value.Value);
        }

        return this;
    }
}
