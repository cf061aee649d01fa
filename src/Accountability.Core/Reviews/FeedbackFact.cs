using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// A fact the cadence check reads: a subject received feedback on a date. The feedback records hold these; the caller
/// passes them in (see <see cref="FeedbackCadence.Overdue"/>).
/// </summary>
/// <remarks>An immutable, thread-safe value. <c>default</c> is not a valid fact (its subject is empty) and is reported as bad input.</remarks>
public readonly struct FeedbackFact : IEquatable<FeedbackFact>
{
    /// <summary>Creates the fact.</summary>
    /// <param name="subject">Who received feedback.</param>
    /// <param name="on">The date they received it.</param>
    public FeedbackFact(PartyId subject, LocalDate on)
    {
        Subject = subject;
        On = on;
    }

    /// <summary>Who received feedback.</summary>
    public PartyId Subject { get; }

    /// <summary>The date they received it.</summary>
    public LocalDate On { get; }

    /// <summary>Creates the fact from the instant feedback was recorded, read as a date in a time zone.</summary>
    /// <param name="subject">Who received feedback.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="zone">The time zone whose calendar date counts.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static FeedbackFact At(PartyId subject, Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new FeedbackFact(subject, at.InZone(zone).Date);
    }

    /// <summary>Compares two facts.</summary>
    public static bool operator ==(FeedbackFact left, FeedbackFact right) => left.Equals(right);

    /// <summary>Compares two facts.</summary>
    public static bool operator !=(FeedbackFact left, FeedbackFact right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(FeedbackFact other) => Subject == other.Subject && On == other.On;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FeedbackFact other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Subject, On);

    /// <summary>Describes the fact, such as <c>ana received feedback on 2026-04-02</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Subject} received feedback on {ReviewChecks.Format(On)}";
}
