using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// The decision on an appeal: upheld, with the corrected value and the new scores recorded beside the old ones, or
/// rejected with a reason. The original result is never overwritten.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; plain values only, so a store can keep it (the full <c>ScorecardResult</c>s are returned
/// by <see cref="FeedbackJournal.UpholdAppealAsync"/> in an <see cref="AppealRescoring"/>). Its
/// <see cref="AccountabilityRecord.Author"/> is the person who decided.
/// </remarks>
public sealed class AppealDecision : AccountabilityRecord
{
    internal AppealDecision(
        RecordId id,
        Instant recordedAt,
        PartyId author,
        RecordSubject subject,
        RecordId appeal,
        AppealOutcome outcome,
        string reason,
        AppealCorrection? correction,
        decimal? previousScore,
        decimal? newScore,
        decimal? previousCriterionScore,
        decimal? newCriterionScore,
        string? newBand)
        : base(id, recordedAt, author, subject)
    {
        Appeal = appeal;
        Outcome = outcome;
        Reason = reason;
        Correction = correction;
        PreviousScore = previousScore;
        NewScore = newScore;
        PreviousCriterionScore = previousCriterionScore;
        NewCriterionScore = newCriterionScore;
        NewBand = newBand;
    }

    /// <inheritdoc/>
    public override string Kind => RecordKinds.AppealDecision;

    /// <summary>The appeal decided.</summary>
    public RecordId Appeal { get; }

    /// <summary>Upheld or rejected.</summary>
    public AppealOutcome Outcome { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>The value corrected, when upheld; <see langword="null"/> when rejected.</summary>
    public AppealCorrection? Correction { get; }

    /// <summary>The overall score before the correction, when upheld.</summary>
    public decimal? PreviousScore { get; }

    /// <summary>The overall score after the correction, when upheld.</summary>
    public decimal? NewScore { get; }

    /// <summary>The contested criterion's score before the correction, when upheld.</summary>
    public decimal? PreviousCriterionScore { get; }

    /// <summary>The contested criterion's score after the correction, when upheld.</summary>
    public decimal? NewCriterionScore { get; }

    /// <summary>The rating band's name after the correction, when upheld and the scorecard has bands.</summary>
    public string? NewBand { get; }
}
