namespace Accountability.Scoring;

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
    private static readonly Dictionary<(CriterionId, string), ReferenceValue> NoReferences = [];

    private readonly Dictionary<CriterionId, ActualValue> _entries;
    private readonly Dictionary<(CriterionId Criterion, string Name), ReferenceValue> _references;

    internal Actuals(PartyId subject, Dictionary<CriterionId, ActualValue> entries, Dictionary<(CriterionId, string), ReferenceValue>? references = null)
    {
        Subject = subject;
        _entries = entries;
        _references = references is null || references.Count == 0 ? NoReferences : references;
    }

    /// <summary>The subject's own reference values (see <see cref="ActualsBuilder.Reference"/>), in no particular order.</summary>
    public IReadOnlyCollection<ReferenceValue> References => _references.Values;

    internal Dictionary<(CriterionId Criterion, string Name), ReferenceValue>.ValueCollection ReferenceValues => _references.Values;

    internal bool HasReferences => _references.Count > 0;

    internal bool TryGetReference(CriterionId criterion, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReferenceValue? value) =>
        _references.TryGetValue((criterion, name), out value);

    /// <summary>Who or what the values belong to.</summary>
    public PartyId Subject { get; }

    /// <summary>The entries, by criterion.</summary>
    public IReadOnlyDictionary<CriterionId, ActualValue> Entries => _entries;

    internal bool TryGet(CriterionId criterion, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActualValue? entry) => _entries.TryGetValue(criterion, out entry);

    /// <summary>The criteria given, without allocating.</summary>
    internal Dictionary<CriterionId, ActualValue>.KeyCollection Criteria => _entries.Keys;

    /// <summary>Starts the actuals of <paramref name="subject"/>.</summary>
    /// <param name="subject">Who or what is being scored.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default.</exception>
    public static ActualsBuilder For(PartyId subject) => new(subject);
}
