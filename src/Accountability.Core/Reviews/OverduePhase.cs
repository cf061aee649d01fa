using NodaTime;

namespace Accountability.Reviews;

/// <summary>A phase of a review cycle that is past its deadline on a date and not yet finished (see <see cref="ReviewCycle.Overdue"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OverduePhase
{
    private readonly PartyId[] _waitingFor;

    internal OverduePhase(ReviewPhase phase, LocalDate deadline, int daysOverdue, PartyId[] waitingFor)
    {
        Phase = phase;
        Deadline = deadline;
        DaysOverdue = daysOverdue;
        _waitingFor = waitingFor;
    }

    /// <summary>The phase.</summary>
    public ReviewPhase Phase { get; }

    /// <summary>The date by which it should have been finished.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The day it became overdue: the day after <see cref="Deadline"/>.</summary>
    public LocalDate OverdueSince => Deadline.PlusDays(1);

    /// <summary>How many days past the deadline the date asked about is (at least 1).</summary>
    public int DaysOverdue { get; }

    /// <summary>
    /// For the acknowledgment phase, when readiness facts were supplied: the participants who have not acknowledged or have an
    /// appeal open; empty otherwise.
    /// </summary>
    public IReadOnlyList<PartyId> WaitingFor => _waitingFor;

    /// <summary>Describes it, such as <c>calibration overdue since 2026-04-11 (3 days)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        ReviewChecks.Invariant($"{ReviewCycle.Describe(Phase)} overdue since {ReviewChecks.Format(OverdueSince)} ({DaysOverdue} day{(DaysOverdue == 1 ? string.Empty : "s")}){(_waitingFor.Length == 0 ? string.Empty : ", waiting for " + string.Join(", ", _waitingFor))}");
}
