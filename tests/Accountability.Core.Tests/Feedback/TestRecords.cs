using Accountability.Feedback;
using NodaTime;

namespace Accountability.Tests.Feedback;

/// <summary>Makes unstored records for store tests, with chosen identifiers, authors, subjects, kinds and times.</summary>
public static class TestRecords
{
    public static readonly Instant Start = Instant.FromUtc(2026, 4, 1, 9, 0);

    public static FeedbackRecord Feedback(string id, string author = "wu", string subject = "ana", string kind = RecordKinds.Recognition, Instant? at = null, string text = "Great quarter.") =>
        new(new RecordId(id), at ?? Start, new PartyId(author), RecordSubject.Of(new PartyId(subject)), FeedbackKind.Named(kind), FeedbackTopic.None, text, FeedbackVisibility.SharedWithSubject);

    public static Acknowledgment Acknowledgment(string id, string feedback, string subject = "ana", Instant? at = null) =>
        new(new RecordId(id), at ?? Start, new PartyId(subject), RecordSubject.Of(new PartyId(subject)), new RecordId(feedback), null, "Thanks.");

    /// <summary>The i-th of a large, varied set: subjects cycle through 7, authors through 3, kinds through 3; one minute apart.</summary>
    public static FeedbackRecord Numbered(int i) => Feedback(
        "r" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        author: "author-" + (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        subject: "rep-" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        kind: (i % 3) switch { 0 => RecordKinds.Recognition, 1 => RecordKinds.Coaching, _ => RecordKinds.Improvement },
        at: Start + Duration.FromMinutes(i));
}
