namespace Accountability.Scoring;

/// <summary>What kind of entry an <see cref="ActualValue"/> is.</summary>
public enum ActualKind
{
    /// <summary>A measured value.</summary>
    Value = 0,

    /// <summary>The criterion does not apply to the subject (too new to rate, no customers surveyed yet).</summary>
    NotApplicable = 1,

    /// <summary>The value is another scorecard's overall score, with its full explanation.</summary>
    Result = 2,
}

/// <summary>One subject's entry for one criterion: a value, "not applicable" with a reason, or another scorecard's result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActualValue
{
    internal ActualValue(ActualKind kind, decimal? value, string? reason, ScorecardResult? result)
    {
        Kind = kind;
        Value = value;
        Reason = reason;
        Result = result;
    }

    /// <summary>What kind of entry this is.</summary>
    public ActualKind Kind { get; }

    /// <summary>The value to score: the measured value, or the other scorecard's overall score; <see langword="null"/> when not applicable or when the other scorecard could not be rated.</summary>
    public decimal? Value { get; }

    /// <summary>Why the criterion is not applicable, if given.</summary>
    public string? Reason { get; }

    /// <summary>The other scorecard's result, for <see cref="ActualKind.Result"/>.</summary>
    public ScorecardResult? Result { get; }
}

/// <summary>
/// One subject's actual values for a scorecard. A criterion the scorecard has but these actuals do not
/// mention is <i>missing</i>, and the scorecard's <see cref="MissingValuePolicy"/> decides what happens;
/// one marked <see cref="ActualKind.NotApplicable"/> is left out and the other weights re-normalised.
/// </summary>
/// <example>
/// <code>
/// Actuals actuals = Actuals.For("rep-1")
///     .Value("sales", 104_000m)
///     .NotApplicable("csat", "No customers surveyed yet")
///     .Build();
/// </code>
/// </example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Actuals
{
    private readonly Dictionary<CriterionId, ActualValue> _entries;

    internal Actuals(PartyId subject, Dictionary<CriterionId, ActualValue> entries)
    {
        Subject = subject;
        _entries = entries;
    }

    /// <summary>Who or what the values belong to.</summary>
    public PartyId Subject { get; }

    /// <summary>The entries, by criterion.</summary>
    public IReadOnlyDictionary<CriterionId, ActualValue> Entries => _entries;

    /// <summary>Starts the actuals of <paramref name="subject"/>.</summary>
    /// <param name="subject">Who or what is being scored.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default.</exception>
    public static ActualsBuilder For(PartyId subject) => new(subject);
}

/// <summary>Builds <see cref="Actuals"/>. Setting one criterion twice is reported at <see cref="Build"/>, never silently overwritten.</summary>
/// <remarks>Not thread-safe; use one builder per thread.</remarks>
public sealed class ActualsBuilder
{
    private readonly PartyId _subject;
    private readonly Dictionary<CriterionId, ActualValue> _entries = [];
    private readonly ProblemCollector _problems = new();

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

        return result.Score is { } score
            ? Add(criterion, new ActualValue(ActualKind.Result, score, null, result))
            : Add(criterion, new ActualValue(ActualKind.Result, null, $"Scorecard '{result.ScorecardName}' could not be rated.", result));
    }

    /// <summary>Builds the actuals.</summary>
    /// <returns>The immutable actuals.</returns>
    /// <exception cref="AccountabilityException">A criterion was set more than once, or another scorecard's result is for another subject (every problem is listed).</exception>
    public Actuals Build()
    {
        _problems.ThrowIfErrors();
        return new Actuals(_subject, new Dictionary<CriterionId, ActualValue>(_entries));
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
