namespace Accountability.Feedback;

/// <summary>Settings of a <see cref="FeedbackJournal"/>: the checks it makes and how it names new records.</summary>
/// <remarks>Immutable once made and thread-safe when its members are.</remarks>
public sealed class FeedbackJournalOptions
{
    /// <summary>The default options: no party directory, no closed periods, random record identifiers.</summary>
    public static FeedbackJournalOptions Default { get; } = new();

    /// <summary>When given, every author and every party a record is about must be in it (<c>unknown-author</c>, <c>unknown-subject</c>).</summary>
    public IPartyDirectory? Parties { get; init; }

    /// <summary>When given, no appeal is filed on a period it says is closed (<c>period-closed</c>).</summary>
    public IClosedPeriods? ClosedPeriods { get; init; }

    /// <summary>
    /// Makes the identifier of each new record; a random GUID (32 hex digits) when <see langword="null"/>. Must be
    /// thread-safe; if it throws or returns a default identifier the call fails with a <c>plugin-fault</c> and nothing is stored.
    /// </summary>
    public Func<RecordId>? NewRecordId { get; init; }
}
