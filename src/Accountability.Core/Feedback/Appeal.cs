using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// A subject contests one criterion result of a scored period, with a reason. The appeal is routed to whoever is
/// accountable for that work for that subject, and must be decided by <see cref="Deadline"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made by <see cref="FeedbackJournal.FileAppealAsync"/>; the appeal's identifier is its
/// <see cref="AccountabilityRecord.Id"/>, and its decision (an <see cref="AppealDecision"/>) goes in the same stream.
/// </remarks>
public sealed class Appeal : AccountabilityRecord
{
    internal Appeal(RecordId id, Instant recordedAt, PartyId author, RecordSubject subject, ScoredResultKey result, string reason, LocalDate deadline, IReadOnlyList<PartyId> routedTo, decimal? actual, decimal? score)
        : base(id, recordedAt, author, subject)
    {
        Result = result;
        Reason = reason;
        Deadline = deadline;
        RoutedTo = routedTo;
        Actual = actual;
        Score = score;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKinds.Appeal;

    /// <summary>The criterion result contested.</summary>
    public ScoredResultKey Result { get; }

    /// <summary>Why the subject thinks the result is unfair.</summary>
    public string Reason { get; }

    /// <summary>The last day on which the appeal should be decided (inclusive).</summary>
    public LocalDate Deadline { get; }

    /// <summary>The people accountable for the work for this subject, who decide the appeal; in identifier order.</summary>
    public IReadOnlyList<PartyId> RoutedTo { get; }

    /// <summary>The actual value contested, as scored; <see langword="null"/> when it was missing.</summary>
    public decimal? Actual { get; }

    /// <summary>The criterion's score contested; <see langword="null"/> when it had none.</summary>
    public decimal? Score { get; }
}
