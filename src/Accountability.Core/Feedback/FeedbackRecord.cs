using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// A piece of feedback: who gave it, to whom (a person, or for upward feedback a team, role or work item), of what kind,
/// about what, its text and who may see it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made by <see cref="FeedbackJournal.GiveAsync"/> and
/// <see cref="FeedbackJournal.SuggestAsync"/>. A correction or retraction is a <see cref="FeedbackCorrection"/> that
/// points at this record; this record never changes.
/// </remarks>
public sealed class FeedbackRecord : AccountabilityRecord
{
    internal FeedbackRecord(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject, FeedbackKind feedbackKind, FeedbackTopic about, string text, FeedbackVisibility visibility)
        : base(id, recordedAt, author, subject)
    {
        FeedbackKind = feedbackKind;
        About = about;
        Text = text;
        Visibility = visibility;
    }

    /// <summary>The name of <see cref="FeedbackKind"/>.</summary>
    public override string Kind => FeedbackKind.Name;

    /// <summary>What kind of feedback this is.</summary>
    public FeedbackKind FeedbackKind { get; }

    /// <summary>What the feedback is about.</summary>
    public FeedbackTopic About { get; }

    /// <summary>The text as first given (see <see cref="FeedbackEntry.Text"/> for the text after corrections).</summary>
    public string Text { get; }

    /// <summary>Who may see the feedback, as first given.</summary>
    public FeedbackVisibility Visibility { get; }
}
