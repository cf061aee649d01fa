namespace Accountability.Reviews;

/// <summary>
/// What a review cycle needs to know before it may close, supplied by the caller from the feedback records: which
/// participants have not acknowledged their result, and which have an appeal still open. A cycle closes only when both
/// are empty, unless the closing records an override with a reason (<see cref="ReviewCycle.Close"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. Each list holds each party once, in ordinal order.</remarks>
public sealed class CycleReadiness
{
    private readonly PartyId[] _unacknowledged;
    private readonly PartyId[] _openAppeals;

    /// <summary>Creates the readiness facts.</summary>
    /// <param name="unacknowledged">The participants who have not acknowledged their result (repeats are ignored).</param>
    /// <param name="withOpenAppeals">The participants with at least one appeal still open (repeats are ignored).</param>
    /// <exception cref="ArgumentNullException">Either argument is null.</exception>
    /// <exception cref="ArgumentException">Either argument holds a <c>default</c> party identifier.</exception>
    public CycleReadiness(IEnumerable<PartyId> unacknowledged, IEnumerable<PartyId> withOpenAppeals)
    {
        _unacknowledged = Distinct(unacknowledged, nameof(unacknowledged));
        _openAppeals = Distinct(withOpenAppeals, nameof(withOpenAppeals));
    }

    /// <summary>Readiness with nothing outstanding: every result acknowledged, no appeal open.</summary>
    public static CycleReadiness Ready { get; } = new([], []);

    /// <summary>The participants who have not acknowledged their result.</summary>
    public IReadOnlyList<PartyId> Unacknowledged => _unacknowledged;

    /// <summary>The participants with an appeal still open.</summary>
    public IReadOnlyList<PartyId> WithOpenAppeals => _openAppeals;

    /// <summary>Tells whether nothing is outstanding.</summary>
    public bool IsReady => _unacknowledged.Length == 0 && _openAppeals.Length == 0;

    /// <summary>Describes what is outstanding, such as <c>2 unacknowledged (ana, ben), 1 with open appeals (ben)</c>.</summary>
    /// <returns>The description, leaving out what is not outstanding; <c>ready</c> when nothing is.</returns>
    public override string ToString()
    {
        var parts = new List<string>(2);
        if (_unacknowledged.Length > 0)
        {
            parts.Add(ReviewChecks.Invariant($"{_unacknowledged.Length} unacknowledged ({string.Join(", ", _unacknowledged)})"));
        }

        if (_openAppeals.Length > 0)
        {
            parts.Add(ReviewChecks.Invariant($"{_openAppeals.Length} with open appeals ({string.Join(", ", _openAppeals)})"));
        }

        return parts.Count == 0 ? "ready" : string.Join(", ", parts);
    }

    private static PartyId[] Distinct(IEnumerable<PartyId> parties, string name)
    {
        ArgumentNullException.ThrowIfNull(parties, name);
        var set = new SortedSet<PartyId>();
        foreach (PartyId party in parties)
        {
            if (party.IsDefault)
            {
                throw new ArgumentException("A party identifier is empty (default).", name);
            }

            set.Add(party);
        }

        return [.. set];
    }
}
