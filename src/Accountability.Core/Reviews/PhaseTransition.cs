using NodaTime;

namespace Accountability.Reviews;

/// <summary>
/// One recorded move of a <see cref="ReviewCycle"/> from a phase to another: who, when, why, and — when it closed the
/// cycle — what was still outstanding and whether the guard was overridden.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PhaseTransition
{
    internal PhaseTransition(ReviewPhase from, ReviewPhase to, PartyId by, Instant at, string? reason, CycleReadiness? readiness)
    {
        From = from;
        To = to;
        By = by;
        At = at;
        Reason = reason;
        Readiness = readiness;
    }

    /// <summary>The phase before.</summary>
    public ReviewPhase From { get; }

    /// <summary>The phase after.</summary>
    public ReviewPhase To { get; }

    /// <summary>Who moved the cycle.</summary>
    public PartyId By { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>Why, when said (always said when going back or overriding the close guard).</summary>
    public string? Reason { get; }

    /// <summary>Tells whether the cycle went back to an earlier phase.</summary>
    public bool IsBack => To < From;

    /// <summary>For the closing: the readiness facts it was closed with; <see langword="null"/> for other moves.</summary>
    public CycleReadiness? Readiness { get; }

    /// <summary>Tells whether the cycle was closed with results unacknowledged or appeals open, on the strength of <see cref="Reason"/>.</summary>
    public bool IsOverride => Readiness is { IsReady: false };

    /// <summary>Describes the move, such as <c>calibration → manager assessment by lee at 2026-04-03T10:00:00Z: scores re-opened</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{ReviewCycle.Describe(From)} → {ReviewCycle.Describe(To)} by {By} at {ReviewChecks.Format(At)}{(IsOverride ? " (override; " + Readiness + ")" : string.Empty)}{(Reason is null ? string.Empty : ": " + Reason)}";
}
