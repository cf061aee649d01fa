namespace Accountability.Feedback;

/// <summary>
/// Who or what a record is about: a party (a person, or for upward feedback a team or role) or a work item.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; compared by value. <see cref="Key"/> is the text stores index it by: <c>party:ana</c> or
/// <c>work-item:call-plan</c>.
/// </remarks>
public sealed class RecordSubject : IEquatable<RecordSubject>
{
    private const string PartyPrefix = "party:";
    private const string WorkItemPrefix = "work-item:";

    private RecordSubject(PartyId? party, WorkItemId? workItem)
    {
        Party = party;
        WorkItem = workItem;
        Key = party is PartyId p ? PartyPrefix + p.Value : WorkItemPrefix + workItem!.Value.Value;
    }

    /// <summary>The party the record is about; <see langword="null"/> when it is about a work item.</summary>
    public PartyId? Party { get; }

    /// <summary>The work item the record is about; <see langword="null"/> when it is about a party.</summary>
    public WorkItemId? WorkItem { get; }

    /// <summary>The text stores index the subject by: <c>party:</c> or <c>work-item:</c> followed by the identifier.</summary>
    public string Key { get; }

    /// <summary>A record about a party: a person, a team or a role.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is default.</exception>
    public static RecordSubject Of(PartyId party)
    {
        Identifier.ThrowIfDefault(party, "The party cannot be default.", nameof(party));
        return new RecordSubject(party, null);
    }

    /// <summary>A record about a work item.</summary>
    /// <param name="workItem">The work item.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="workItem"/> is default.</exception>
    public static RecordSubject Of(WorkItemId workItem)
    {
        Identifier.ThrowIfDefault(workItem, "The work item cannot be default.", nameof(workItem));
        return new RecordSubject(null, workItem);
    }

    /// <summary>Reads a subject back from its <see cref="Key"/>.</summary>
    /// <param name="key">A key made by <see cref="Key"/>.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a subject key.</exception>
    public static RecordSubject FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith(PartyPrefix, StringComparison.Ordinal))
        {
            return Of(new PartyId(key[PartyPrefix.Length..]));
        }

        if (key.StartsWith(WorkItemPrefix, StringComparison.Ordinal))
        {
            return Of(new WorkItemId(key[WorkItemPrefix.Length..]));
        }

        throw new ArgumentException($"'{key}' is not a subject key: it must start with '{PartyPrefix}' or '{WorkItemPrefix}'.", nameof(key));
    }

    /// <summary>Converts a party to the subject of records about it.</summary>
    /// <param name="party">The party.</param>
    public static implicit operator RecordSubject(PartyId party) => Of(party);

    /// <summary>Converts a work item to the subject of records about it.</summary>
    /// <param name="workItem">The work item.</param>
    public static implicit operator RecordSubject(WorkItemId workItem) => Of(workItem);

    /// <summary>Compares two subjects by value.</summary>
    public static bool operator ==(RecordSubject? left, RecordSubject? right) => Equals(left, right);

    /// <summary>Compares two subjects by value.</summary>
    public static bool operator !=(RecordSubject? left, RecordSubject? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(RecordSubject? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecordSubject);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Returns the identifier of the party or work item.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Party is PartyId p ? p.Value : WorkItem!.Value.Value;
}
