using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// A correction or retraction of a piece of feedback: a new record pointing at the one it amends, which stays in the
/// history unchanged.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="FeedbackJournal.CorrectAsync"/> and <see cref="FeedbackJournal.RetractAsync"/>.</remarks>
public sealed class FeedbackCorrection : AccountabilityRecord
{
    internal FeedbackCorrection(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject, RecordId amends, bool isRetraction, string? text, FeedbackVisibility? visibility, string reason)
        : base(id, recordedAt, author, subject)
    {
        Amends = amends;
        IsRetraction = isRetraction;
        Text = text;
        Visibility = visibility;
        Reason = reason;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKinds.Correction;

    /// <summary>The feedback amended.</summary>
    public RecordId Amends { get; }

    /// <summary>Tells whether this retracts the feedback: the current view hides it, the full history keeps it.</summary>
    public bool IsRetraction { get; }

    /// <summary>The corrected text; <see langword="null"/> when the text is unchanged or the feedback is retracted.</summary>
    public string? Text { get; }

    /// <summary>The corrected visibility; <see langword="null"/> when unchanged.</summary>
    public FeedbackVisibility? Visibility { get; }

    /// <summary>Why the feedback was corrected or retracted.</summary>
    public string Reason { get; }
}
