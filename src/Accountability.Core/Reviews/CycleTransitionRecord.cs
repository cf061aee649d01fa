using Accountability.Feedback;

namespace Accountability.Reviews;

/// <summary>
/// One move of a review cycle kept as a record in an <see cref="IAccountabilityStore"/>: from which phase to which, by
/// whom, when, why, and whether a close overrode outstanding acknowledgments or appeals.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Written by <see cref="ReviewJournal.SaveCycleAsync"/> to the stream <c>cycle/{id}</c>, one
/// record per move in order. A cycle is not a party, so the record's <see cref="AccountabilityRecord.Subject"/> is the
/// person who moved it; read a cycle's history by its stream (<see cref="ReviewJournal.CycleHistoryAsync"/>).
/// </remarks>
public sealed class CycleTransitionRecord : AccountabilityRecord
{
    /// <summary>The record kind: <c>cycle-transition</c>.</summary>
    public const string RecordKind = RecordKinds.CycleTransition;

    internal CycleTransitionRecord(RecordId id, ReviewCycleId cycle, string cycleName, PhaseTransition transition)
        : base(id, transition.At, transition.By, RecordSubject.Of(transition.By))
    {
        Cycle = cycle;
        CycleName = cycleName;
        From = transition.From;
        To = transition.To;
        Reason = transition.Reason;
        IsOverride = transition.Readiness is { IsReady: false };
        Outstanding = transition.Readiness is { IsReady: false } readiness ? readiness.ToString() : null;
    }

    // Rebuilds a record from its stored values (documents and durable stores).
    internal CycleTransitionRecord(RecordId id, ReviewCycleId cycle, string cycleName, ReviewPhase from, ReviewPhase to, PartyId by, NodaTime.Instant at, string? reason, string? outstanding)
        : base(id, at, by, RecordSubject.Of(by))
    {
        Cycle = cycle;
        CycleName = cycleName;
        From = from;
        To = to;
        Reason = reason;
        IsOverride = outstanding is not null;
        Outstanding = outstanding;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKind;

    /// <summary>The cycle.</summary>
    public ReviewCycleId Cycle { get; }

    /// <summary>The cycle's name.</summary>
    public string CycleName { get; }

    /// <summary>The phase before the move.</summary>
    public ReviewPhase From { get; }

    /// <summary>The phase after the move.</summary>
    public ReviewPhase To { get; }

    /// <summary>Why, when a reason was given (required for a step back and for an override).</summary>
    public string? Reason { get; }

    /// <summary>Whether the move closed the cycle over outstanding acknowledgments or appeals.</summary>
    public bool IsOverride { get; }

    /// <summary>What was outstanding when an override closed the cycle; null otherwise.</summary>
    public string? Outstanding { get; }
}
