namespace Accountability.Reviews;

/// <summary>
/// The stable codes of the problems the reviews stage reports (see <see cref="Problem.Code"/>): improvement plans,
/// review cycles, feedback cadence and cycle-over-cycle comparison.
/// </summary>
/// <remarks>Lower-case kebab-case, like every stage's codes. Codes are part of the public contract.</remarks>
public static class ReviewProblemCodes
{
    /// <summary>An action's title is empty or only white space.</summary>
    public const string ActionTitleEmpty = "action-title-empty";

    /// <summary>An action's title is longer than <see cref="PlannedAction.MaxTitleLength"/>.</summary>
    public const string ActionTitleTooLong = "action-title-too-long";

    /// <summary>A reason (for dropping an action, moving a cycle back, overriding a guard) is longer than <see cref="ReviewCycle.MaxReasonLength"/>.</summary>
    public const string ReasonTooLong = "reason-too-long";

    /// <summary>A review cycle's name is empty or only white space.</summary>
    public const string CycleNameEmpty = "cycle-name-empty";

    /// <summary>A review cycle's name is longer than <see cref="ReviewCycle.MaxNameLength"/>.</summary>
    public const string CycleNameTooLong = "cycle-name-too-long";

    /// <summary>A party identifier is <c>default</c> (empty).</summary>
    public const string PartyMissing = "party-missing";

    /// <summary>An action is due before the plan it belongs to was made.</summary>
    public const string ActionDueBeforePlan = "action-due-before-plan";

    /// <summary>A plan has no action with the given number.</summary>
    public const string ActionUnknown = "action-unknown";

    /// <summary>An action's status change is not one the action's state machine allows (see <see cref="PlannedAction.IsAllowed"/>).</summary>
    public const string ActionTransitionForbidden = "action-transition-forbidden";

    /// <summary>An action is dropped without a reason.</summary>
    public const string ActionDropWithoutReason = "action-drop-without-reason";

    /// <summary>A change is recorded at an instant earlier than the last change already recorded.</summary>
    public const string ChangeBeforePrevious = "change-before-previous";

    /// <summary>A review cycle has no participants.</summary>
    public const string CycleNoParticipants = "cycle-no-participants";

    /// <summary>A participant is named twice.</summary>
    public const string ParticipantDuplicate = "participant-duplicate";

    /// <summary>A phase's deadline is earlier than the deadline of a phase before it.</summary>
    public const string DeadlineOutOfOrder = "deadline-out-of-order";

    /// <summary>A deadline is set for the closed phase, which has none (set it on the acknowledgment phase).</summary>
    public const string DeadlineOnClosed = "deadline-on-closed";

    /// <summary>A phase change is not one the review cycle's state machine allows (see <see cref="ReviewCycle.IsAllowed"/>).</summary>
    public const string CycleTransitionForbidden = "cycle-transition-forbidden";

    /// <summary>A review cycle is moved back to an earlier phase without a reason.</summary>
    public const string CycleBackWithoutReason = "cycle-back-without-reason";

    /// <summary>A review cycle is closed while results are unacknowledged or appeals are open, without an override reason.</summary>
    public const string CycleNotReady = "cycle-not-ready";

    /// <summary>A cycle's readiness names a party that is not a participant of the cycle.</summary>
    public const string ReadinessUnknownParticipant = "readiness-unknown-participant";

    /// <summary>Two scorecard results (or a result and a plan) compared cycle over cycle are about different subjects.</summary>
    public const string SubjectMismatch = "subject-mismatch";
}
