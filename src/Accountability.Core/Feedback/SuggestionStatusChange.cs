using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// A step of an upward suggestion: received (routed to the accountable of its work item), considered, adopted (with
/// what it changed) or declined (with a reason).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Kept in the suggestion's stream beside the <see cref="FeedbackRecord"/> of kind
/// <see cref="FeedbackKind.UpwardSuggestion"/>; its <see cref="AccountabilityRecord.Subject"/> is the work item.
/// </remarks>
public sealed class SuggestionStatusChange : AccountabilityRecord
{
    internal SuggestionStatusChange(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject, RecordId suggestion, SuggestionStatus status, string? note, IReadOnlyList<PartyId> routedTo)
        : base(id, recordedAt, author, subject)
    {
        Suggestion = suggestion;
        Status = status;
        Note = note;
        RoutedTo = routedTo;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKinds.SuggestionStatus;

    /// <summary>The suggestion (its <see cref="FeedbackRecord"/>).</summary>
    public RecordId Suggestion { get; }

    /// <summary>The status the suggestion moved to.</summary>
    public SuggestionStatus Status { get; }

    /// <summary>What the adoption changed, or why it was declined; <see langword="null"/> for the other steps unless a note was given.</summary>
    public string? Note { get; }

    /// <summary>Whom the suggestion was routed to (the accountable of its work item), on <see cref="SuggestionStatus.Received"/>; empty otherwise.</summary>
    public IReadOnlyList<PartyId> RoutedTo { get; }
}
