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

    internal bool TryGet(CriterionId criterion, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActualValue? entry) => _entries.TryGetValue(criterion, out entry);

    /// <summary>The criteria given, without allocating.</summary>
    internal Dictionary<CriterionId, ActualValue>.KeyCollection Criteria => _entries.Keys;

    /// <summary>Starts the actuals of <paramref name="subject"/>.</summary>
    /// <param name="subject">Who or what is being scored.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default.</exception>
    public static ActualsBuilder For(PartyId subject) => new(subject);
}
