using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// One piece of evidence kept by the library: feedback, a correction, an acknowledgment, an appeal, a decision. Records
/// are never edited in place and never removed; a correction is a new record that points at the one it amends.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Only the library derives from this class: every record type is a sealed class of plain
/// values (identifiers, texts, numbers, NodaTime values), so a durable store can save and load it. A record made by
/// the library has no <see cref="Stream"/> and <see cref="Version"/> 0 until a store appends it; the store returns a
/// copy that carries both.
/// </remarks>
public abstract class AccountabilityRecord
{
    private protected AccountabilityRecord(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject)
    {
        Identifier.ThrowIfDefault(id, "The record identifier cannot be default.", nameof(id));
        Identifier.ThrowIfDefault(author, "The author cannot be default.", nameof(author));
        ArgumentNullException.ThrowIfNull(subject);
        Id = id;
        RecordedAt = recordedAt;
        Author = author;
        Subject = subject;
    }

    /// <summary>The record's identifier, unique in its store.</summary>
    public RecordId Id { get; }

    /// <summary>The stream the record was appended to; <c>default</c> until a store appends it.</summary>
    public StreamId Stream { get; private set; }

    /// <summary>The record's position in its stream, from 1; 0 until a store appends it.</summary>
    public long Version { get; private set; }

    /// <summary>When the record was made, from the injected clock.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who made the record.</summary>
    public PartyId Author { get; }

    /// <summary>Who or what the record is about: the key stores index for queries by subject.</summary>
    public RecordSubject Subject { get; }

    /// <summary>
    /// What kind of record this is, the key stores index for queries by kind: for <see cref="FeedbackRecord"/> the name of
    /// its <see cref="FeedbackKind"/>, otherwise one of the names in <see cref="RecordKinds"/>.
    /// </summary>
    public abstract string Kind { get; }

    /// <summary>Tells whether a store has appended this record.</summary>
    public bool IsStored => Version > 0;

    /// <summary>
    /// Returns a copy of this record placed in <paramref name="stream"/> at <paramref name="version"/>; this record is not
    /// changed. Stores call this when they append or load a record.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="version">The record's position in the stream, from 1.</param>
    /// <returns>The placed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public AccountabilityRecord PlacedAt(StreamId stream, long version)
    {
        Identifier.ThrowIfDefault(stream, "The stream cannot be default.", nameof(stream));
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var copy = (AccountabilityRecord)MemberwiseClone();
        copy.Stream = stream;
        copy.Version = version;
        return copy;
    }

    /// <summary>Returns <c>kind id by author about subject</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Id} by {Author} about {Subject}";
}
