using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// The subject's acknowledgment of a piece of feedback or of a scored result: when, and an optional response.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made by <see cref="FeedbackJournal.AcknowledgeAsync"/> and
/// <see cref="FeedbackJournal.AcknowledgeResultAsync"/>; its <see cref="AccountabilityRecord.Author"/> is always the
/// subject, and <see cref="AccountabilityRecord.RecordedAt"/> is when they acknowledged.
/// </remarks>
public sealed class Acknowledgment : AccountabilityRecord
{
    internal Acknowledgment(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject, RecordId? feedback, ScoredResultKey? result, string? response)
        : base(id, recordedAt, author, subject)
    {
        Feedback = feedback;
        Result = result;
        Response = response;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKinds.Acknowledgment;

    /// <summary>The feedback acknowledged; <see langword="null"/> when a scored result is acknowledged.</summary>
    public RecordId? Feedback { get; }

    /// <summary>The scored result acknowledged; <see langword="null"/> when feedback is acknowledged.</summary>
    public ScoredResultKey? Result { get; }

    /// <summary>The subject's response, if they gave one.</summary>
    public string? Response { get; }
}
