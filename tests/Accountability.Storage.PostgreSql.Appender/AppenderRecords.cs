using System.Globalization;
using Accountability.Feedback;
using NodaTime;

namespace Accountability.Storage.PostgreSql.Appender;

/// <summary>The records the appender writes, made the same way by the tests that check them afterwards.</summary>
public static class AppenderRecords
{
    private static readonly Instant Start = Instant.FromUtc(2026, 4, 1, 9, 0);

    /// <summary>The identifier of part <paramref name="part"/> of the <paramref name="n"/>-th append of <paramref name="writer"/>.</summary>
    public static string Id(string writer, int n, int part) =>
        string.Create(CultureInfo.InvariantCulture, $"{writer}-{n:D6}-{part}");

    /// <summary>How many records the <paramref name="n"/>-th append holds: every fourth is a batch of three.</summary>
    public static int BatchSize(int n) => n % 4 == 3 ? 3 : 1;

    /// <summary>
    /// The record with that identifier; every field follows from the identifier, and the instant has nanoseconds, so a
    /// record read back intact equals this one field by field.
    /// </summary>
    public static FeedbackRecord Make(string writer, int n, int part) => new(
        new RecordId(Id(writer, n, part)),
        Start + Duration.FromSeconds(n) + Duration.FromNanoseconds((n * 7919L) + part),
        new PartyId(writer),
        RecordSubject.Of(new PartyId("rep-" + (n % 7).ToString(CultureInfo.InvariantCulture))),
        FeedbackKind.Named(RecordKinds.Coaching),
        FeedbackTopic.None,
        string.Create(CultureInfo.InvariantCulture, $"Append {n} part {part} by {writer}: “keep going” ✓"),
        FeedbackVisibility.SharedWithSubject);
}
