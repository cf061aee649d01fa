using NodaTime;

namespace Accountability.Reviews;

/// <summary>A participant overdue for feedback on a date under a <see cref="FeedbackCadence"/>, and since when.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OverdueFeedback
{
    internal OverdueFeedback(PartyId subject, LocalDate? lastReceived, LocalDate dueBy, int daysOverdue)
    {
        Subject = subject;
        LastReceived = lastReceived;
        DueBy = dueBy;
        DaysOverdue = daysOverdue;
    }

    /// <summary>The participant.</summary>
    public PartyId Subject { get; }

    /// <summary>The last date they received feedback (on or before the date asked about); <see langword="null"/> when never.</summary>
    public LocalDate? LastReceived { get; }

    /// <summary>The last day feedback was due: <see cref="LastReceived"/> (or the cadence's start when never) plus the interval.</summary>
    public LocalDate DueBy { get; }

    /// <summary>The first day they were overdue: the day after <see cref="DueBy"/>.</summary>
    public LocalDate OverdueSince => DueBy.PlusDays(1);

    /// <summary>How many days past <see cref="DueBy"/> the date asked about is (at least 1).</summary>
    public int DaysOverdue { get; }

    /// <summary>Tells whether the participant never received feedback (counted from the cadence's start).</summary>
    public bool NeverReceived => LastReceived is null;

    /// <summary>Describes it, such as <c>ben overdue since 2026-03-03 (12 days; last feedback 2026-02-01)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"{Subject} overdue since {ReviewChecks.Format(OverdueSince)} ({DaysOverdue} day{(DaysOverdue == 1 ? string.Empty : "s")}; {(LastReceived is { } last ? "last feedback " + ReviewChecks.Format(last) : "never received feedback")})");
}
